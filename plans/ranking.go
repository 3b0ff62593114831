package plans

import (
	"strconv"
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// RankingTable writes the cross-vendor ranking as a Markdown section in
// lang: rank, vendor and tier, whether it fits and why not, cost now and at
// the horizon in its own currency (and compared), unknowns, confidence and
// the catalog's date.
func RankingTable(r *rules.Ranking, horizon int, lang i18n.Lang) string {
	w := &writer{lang: lang}
	w.heading(2, w.t("h.ranking"))
	w.line(esc(r.Note))
	w.blank()
	header := []string{"#", w.t("col.vendor"), w.t("col.tier"), w.t("col.fit"), w.t("col.cost0"), w.t("col.costH", w.num(int64(horizon)))}
	if r.Currency != "" {
		header = append(header, w.t("col.compared", r.Currency))
	}
	header = append(header, w.t("col.unknowns"), w.t("col.conf"))
	var rows [][]string
	for _, e := range r.Entries {
		fit := w.t("class." + e.Class)
		if len(e.WhyNot) > 0 {
			fit += ": " + esc(strings.Join(e.WhyNot, w.sep()))
		}
		row := []string{strconv.Itoa(e.Rank), esc(e.CatalogName), esc(e.TierName), fit,
			money(w, e.MonthlyCost.Now, e.MonthlyCost.Currency), money(w, e.MonthlyCost.Horizon, e.MonthlyCost.Currency)}
		if r.Currency != "" {
			row = append(row, money(w, e.Compared, r.Currency))
		}
		row = append(row, w.num(int64(e.Unknowns)), w.confidence(e.Confidence)+", "+e.AsOf)
		rows = append(rows, row)
	}
	w.table(header, rows)
	return strings.TrimLeft(w.b.String(), "\n")
}

func money(w *writer, v *float64, currency string) string {
	if v == nil {
		return rules.UnknownValue(w.lang)
	}
	return i18n.Money(w.lang, *v, currency)
}
