package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"tierfit/internal/site"
)

func runStatic(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("static", stderr)
	o := site.Options{}
	fs.StringVar(&o.Out, "out", "dist", "output `directory`")
	fs.StringVar(&o.Base, "base", "/", "URL `path` the site is hosted under, e.g. /tierfit/")
	fs.StringVar(&o.WASM, "wasm", "build/app.wasm", "the app.wasm built with GOOS=js GOARCH=wasm")
	fs.StringVar(&o.Web, "web", "web", "static assets `directory`")
	fs.StringVar(&o.ECharts, "echarts", "build/echarts.min.js", "the ECharts `file` bundled from web/src/charts-entry.js")
	fs.StringVar(&o.Cache, "cache", "", "`directory` that keeps compressed files between builds (empty: none)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	base, err := site.CleanBase(o.Base)
	if err != nil {
		return usageError{err.Error()}
	}
	o.Base = base
	version, err := site.Build(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tierfit: site in %s (base %s, version %s)\n", o.Out, o.Base, version)
	return nil
}

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	dir := fs.String("dir", "dist", "the generated site `directory`")
	addr := fs.String("addr", "127.0.0.1:8000", "`host:port` to listen on")
	base := fs.String("base", "/", "URL `path` the site was generated for (static -base)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	prefix, err := site.CleanBase(*base)
	if err != nil {
		return usageError{err.Error()}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return site.Serve(ctx, *dir, *addr, prefix, stdout)
}

func runCompress(args []string, stderr io.Writer) error {
	fs := newFlags("compress", stderr)
	dir := fs.String("dir", "", "the site `directory`")
	cache := fs.String("cache", "", "`directory` that keeps compressed files between builds (empty: none)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usageError{"-dir is required"}
	}
	if _, err := os.Stat(*dir); err != nil {
		return usageError{fmt.Sprintf("-dir %s: %v", *dir, err)}
	}
	return site.Precompress(*dir, *cache)
}
