// Command barepage is the floor that make bench measures tierfit against: a
// go-app page with one component and nothing else, built with the same
// toolchain and flags as tierfit and served the same way.
//
// Built with GOOS=js GOARCH=wasm it is the page. Built natively it writes the
// static site: barepage -out DIR -wasm FILE -icon FILE -svg FILE.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// readyID is the element only the running WASM renders, after mounting.
const readyID = "bare-ready"

type page struct {
	app.Compo
	mounted bool
}

func (p *page) OnMount(ctx app.Context) { p.mounted = true }

func (p *page) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("bare go-app page"),
		app.If(p.mounted, app.Span().ID(readyID).Hidden(true)),
	)
}

func main() {
	app.Route("/", &page{})
	app.RunWhenOnBrowser()
	if err := generate(); err != nil {
		fmt.Fprintln(os.Stderr, "barepage:", err)
		os.Exit(1)
	}
}

// generate writes the site. The icon is local, as in tierfit: go-app's
// default icon is a remote address, which would break the offline reload.
func generate() error {
	out := flag.String("out", "build/bench/bare", "output directory")
	wasm := flag.String("wasm", "build/bench/bare.wasm", "the page built with GOOS=js GOARCH=wasm")
	icon := flag.String("icon", "web/icon-192.png", "a PNG icon")
	svg := flag.String("svg", "web/icon.svg", "an SVG icon (go-app's default is remote)")
	flag.Parse()
	if err := os.MkdirAll(filepath.Join(*out, "web"), 0o755); err != nil {
		return err
	}
	for src, dst := range map[string]string{*wasm: "app.wasm", *icon: "icon.png", *svg: "icon.svg"} {
		if err := copyFile(src, filepath.Join(*out, "web", dst)); err != nil {
			return err
		}
	}
	return app.GenerateStaticWebsite(*out, &app.Handler{
		Name:  "bare",
		Title: "bare go-app page",
		Icon:  app.Icon{Default: "/web/icon.png", SVG: "/web/icon.svg"},
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
