package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"tierfit/internal/i18n"
)

// planWords are what the plan command says itself, in English and
// Chinese (-lang zh): flag help and command-line mistakes. Sentences about
// scenarios and tiers come from rules/ and plans/.
var planWords = i18n.NewTable(map[string][2]string{
	"flag.scenario": {"scenario JSON `file`, or - for standard input", "场景 JSON `文件`，或 - 表示标准输入"},
	"flag.catalog":  {"a built-in catalog `id` or a catalog JSON file; alone it replaces the scenario's catalog, with -compare it joins the comparison (repeatable)", "内置目录 `标识` 或目录 JSON 文件；单独使用时替换场景的目录，与 -compare 一起使用时加入比较（可重复）"},
	"flag.compare":  {"rank the tiers of `all` catalogs, or of ID,ID,… (the scenario's own catalog is always in)", "比较 `all`（全部目录）或 ID,ID,… 的套餐（始终包含场景自己的目录）"},
	"flag.format":   {"output `format`: json, or md for the migration checklist", "输出`格式`：json，或 md 输出迁移清单"},
	"flag.no-gantt": {"leave the Mermaid timeline out of the md checklist", "md 清单中不包含 Mermaid 时间线"},
	"flag.lang":     {"`language` of sentences: en or zh (overrides the scenario's)", "语句`语言`：en 或 zh（覆盖场景中的设置）"},
	"flag.today":    {"the date (`YYYY-MM-DD`) vendor data ages are counted to; default the local date", "计算厂商数据时效所依据的日期（`YYYY-MM-DD`）；默认为本地日期"},
	"default":       {"default %[1]s", "默认 %[1]s"},
	"usage":         {"Usage of tierfit plan:", "tierfit plan 用法："},

	"need.scenario":  {"-scenario is required (a file, or - for standard input)", "必须提供 -scenario（文件，或 - 表示标准输入）"},
	"bad.format":     {"-format %[1]q: use json or md", "-format %[1]q：请使用 json 或 md"},
	"bad.lang":       {"-lang %[1]q: use en or zh", "-lang %[1]q：请使用 en 或 zh"},
	"bad.today":      {"-today %[1]q: use a date YYYY-MM-DD", "-today %[1]q：请使用 YYYY-MM-DD 格式的日期"},
	"one.catalog":    {"give one -catalog, or use -compare to rank several", "请只给一个 -catalog，或使用 -compare 比较多个"},
	"bad.catalog":    {"-catalog %[1]q is neither a built-in catalog (%[2]s) nor a readable file", "-catalog %[1]q 既不是内置目录（%[2]s），也不是可读取的文件"},
	"bad.compare":    {"-compare: unknown catalog %[1]q", "-compare：未知目录 %[1]q"},
	"flag.unknown":   {"there is no flag %[1]s", "没有 %[1]s 这个选项"},
	"flag.needs":     {"flag %[1]s needs a value", "选项 %[1]s 需要一个值"},
	"flag.bad":       {"flag %[1]s: the value cannot be read", "选项 %[1]s：无法读取该值"},
	"flag.other":     {"the command line cannot be read; see tierfit plan -h", "无法读取命令行；请查看 tierfit plan -h"},
	"arg.extra":      {"unexpected argument %[1]q", "多余的参数 %[1]q"},
	"file.missing":   {"%[1]s: no such file", "%[1]s：文件不存在"},
	"file.denied":    {"%[1]s: no permission to read it", "%[1]s：没有读取权限"},
	"file.directory": {"%[1]s is a folder, not a file", "%[1]s 是文件夹，不是文件"},
	"file.unread":    {"%[1]s cannot be read", "无法读取 %[1]s"},
})

// say is a sentence of the plan command in lang.
func say(lang i18n.Lang, key string, args ...string) string {
	return planWords.Text(lang, key, args...)
}

// langOf finds -lang in args before they are parsed, so that even a
// mistake on the command line is reported in the language asked for.
func langOf(args []string) i18n.Lang {
	for i, a := range args {
		a = strings.TrimPrefix(a, "-")
		switch {
		case a == "-lang" || a == "lang":
			if i+1 < len(args) {
				return i18n.Of(args[i+1])
			}
		case strings.HasPrefix(a, "lang="), strings.HasPrefix(a, "-lang="):
			return i18n.Of(a[strings.Index(a, "=")+1:])
		}
	}
	return i18n.EN
}

// flagMessage says what is wrong with a flag in lang, from the flag
// package's error (never its own text).
func flagMessage(err error, lang i18n.Lang) string {
	text := err.Error()
	name := func(after string) string { return strings.Fields(strings.TrimPrefix(text, after) + " ?")[0] }
	switch {
	case strings.HasPrefix(text, "flag provided but not defined: "):
		return say(lang, "flag.unknown", name("flag provided but not defined: "))
	case strings.HasPrefix(text, "flag needs an argument: "):
		return say(lang, "flag.needs", name("flag needs an argument: "))
	case strings.HasPrefix(text, "invalid value "), strings.HasPrefix(text, "invalid boolean value "):
		// invalid value "x" for flag -f: …; invalid boolean value "x" for -f: …
		rest := strings.TrimPrefix(text[strings.LastIndex(text, `" for `)+len(`" for `):], "flag ")
		return say(lang, "flag.bad", strings.TrimSuffix(strings.Fields(rest + " ?")[0], ":"))
	}
	return say(lang, "flag.other")
}

// printUsage lists the flags of fs with their help in lang.
func printUsage(w io.Writer, fs *flag.FlagSet, lang i18n.Lang) {
	fmt.Fprintln(w, say(lang, "usage"))
	fs.VisitAll(func(f *flag.Flag) {
		name, help := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s %s\n    \t%s", f.Name, name, help)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprint(w, lang.Space()+lang.Paren(say(lang, "default", f.DefValue)))
		}
		fmt.Fprintln(w)
	})
}

// readMessage says why a file could not be read, in lang.
func readMessage(path string, err error, lang i18n.Lang) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return say(lang, "file.missing", path)
	case errors.Is(err, fs.ErrPermission):
		return say(lang, "file.denied", path)
	case strings.Contains(err.Error(), "is a directory"):
		return say(lang, "file.directory", path)
	}
	return say(lang, "file.unread", path)
}
