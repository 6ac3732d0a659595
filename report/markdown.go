package report

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the report as one Markdown document: the overview
// sections of index.html, then every entity page.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	cites := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = "[" + id + "](#art-" + id + ")"
		}
		if len(out) > 12 {
			out = append(out[:12], fmt.Sprintf("and %d more", len(ids)-12))
		}
		return strings.Join(out, " ")
	}
	ent := func(id string) string {
		n := r.name(id)
		if n == "" {
			n = Slug(id)
		}
		if r.pages[id] != nil {
			return "[" + md(n) + "](#" + anchor(id) + ")"
		}
		return md(n)
	}
	p("# newsgraph report\n\nGenerated %s. Article ids in brackets refer to the article list at the end.\n\n", r.Generated)
	if r.Empty {
		p("**The graph is empty: it holds no articles, so there is nothing to report.**\n\n")
	}
	if len(r.Missing) > 0 {
		p("**Not found in the graph: %s.** No page was made for them.\n\n", md(strings.Join(r.Missing, ", ")))
	}
	if !r.Empty {
		p("## Overview\n\n%d articles from %d sources", len(r.Articles), len(r.Sources))
		if r.DateFrom != "" {
			p(", published %s to %s", r.DateFrom, r.DateTo)
		}
		p("; %d entities, %d stated relations, %d statements.\n\n| Source | Articles |\n|---|---:|\n", len(r.Entities), len(r.Relations), len(r.Statements))
		for _, s := range r.Sources {
			p("| %s | %d |\n", md(s.Name), s.Count)
		}
		p("\n### Most mentioned entities by type\n\n| Type | Entities (mentions, articles) |\n|---|---|\n")
		for _, g := range r.TopTypes {
			var parts []string
			for _, e := range g.Entities {
				parts = append(parts, fmt.Sprintf("%s (%s, %s)", ent(str(e["entity"])), str(e["mentions"]), str(e["articles"])))
			}
			p("| %s | %s |\n", g.Type, strings.Join(parts, ", "))
		}
		p("\n## Network\n\nThe %d most mentioned entities and their %d strongest ties (see index.html for the picture):\n\n| Entity | Entity | Stated relations | Shared articles | Articles |\n|---|---|---|---:|---|\n",
			len(r.Network.Nodes), len(r.Network.Edges))
		for _, e := range r.Network.Edges {
			rel := "-"
			if e.Relations > 0 {
				rel = fmt.Sprintf("%s (%d)", strings.Join(e.Predicates, ", "), e.Relations)
			}
			p("| %s | %s | %s | %d | %s |\n", ent(e.Source.ID), ent(e.Target.ID), rel, e.CoArticles, cites(e.Articles))
		}
		groups := r.RelationGroups()
		p("\n## Stated relations\n\n| Subject | Relation | Object | Times | Evidence (one) | Articles |\n|---|---|---|---:|---|---|\n")
		for i, g := range groups {
			if i == MaxListed {
				p("\n%d more in relations.csv.\n", len(groups)-i)
				break
			}
			p("| %s | %s | %s | %d | %s | %s |\n", ent(g.SourceID), g.Predicate, ent(g.TargetID), g.Count, md(g.Evidence), cites(g.Articles))
		}
		p("\n## Timeline of dated statements and events\n\n")
		if len(r.Timeline) == 0 {
			p("No statement or event with a date of its own.\n")
		} else {
			p("| Date | What | Who | Text | Article |\n|---|---|---|---|---|\n")
			for i, t := range r.Timeline {
				if i == MaxListed {
					p("\n%d more in statements.csv and relations.csv.\n", len(r.Timeline)-i)
					break
				}
				who := md(t.Who)
				if t.WhoID != "" {
					who = ent(t.WhoID)
				}
				for _, e := range t.Entities {
					who += " → " + ent(e)
				}
				p("| %s | %s | %s | %s | %s |\n", t.Date, t.Kind, who, md(t.Text), cites([]string{t.Article}))
			}
		}
		p("\n## Who is quoted, by source\n\n")
		for _, s := range r.Quoted {
			p("### %s\n\n| Speaker | Statements | Mentioning | Articles |\n|---|---:|---|---|\n", md(s.Source))
			for _, sp := range s.Speakers {
				who := md(sp.Speaker)
				if sp.SpeakerID != "" {
					who = ent(sp.SpeakerID)
				}
				var about []string
				for _, a := range sp.About {
					about = append(about, fmt.Sprintf("%s (%d)", ent(a.ID), a.Count))
				}
				p("| %s | %d | %s | %s |\n", who, sp.Statements, strings.Join(about, ", "), cites(sp.Articles))
			}
			p("\n")
		}
		p("## Numeric claims across sources\n\n")
		if len(r.Claims) == 0 {
			p("No measure is given a number by more than one article.\n\n")
		}
		for _, g := range r.Claims {
			verdict := "sources agree"
			if g.Differ {
				verdict = "**sources differ**"
			}
			p("### %s: %s\n\n| Quantity | As written | Claimed by | Evidence | Article |\n|---:|---|---|---|---|\n", md(g.Measure), verdict)
			for _, c := range g.Claims {
				by := str(c["claimant_name"])
				if by == "" {
					by = "the article"
				}
				p("| %s | %s | %s | %s | %s |\n", str(c["quantity"]), md(str(c["text"])), md(by), md(str(c["evidence"])), cites([]string{str(c["article_id"])}))
			}
			p("\n")
		}
	}
	for _, pg := range r.Pages {
		r.markdownPage(&b, pg, ent, cites)
	}
	p("## Articles\n\n")
	if len(r.Articles) == 0 {
		p("None.\n")
	}
	for _, a := range r.Articles {
		title := md(a.Title)
		if a.URL != "" {
			if title == "" {
				title = a.URL
			}
			title = "[" + title + "](" + a.URL + ")"
		}
		p("- <a id=\"art-%s\"></a>**%s** %s. %s, %s.\n", a.ID, a.ID, title, md(a.Source), a.Published)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) markdownPage(b *strings.Builder, pg *EntityPage, ent func(string) string, cites func([]string) string) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	e := pg.Entity
	p("## <a id=\"%s\"></a>%s (%s)\n\n%s mentions in %s articles", anchor(e.ID), md(e.Name), e.Type, str(pg.Profile["mentions"]), str(pg.Profile["articles"]))
	if s := str(pg.Profile["first_seen"]); s != "" {
		p(", first seen %s, last seen %s", s, str(pg.Profile["last_seen"]))
	}
	p(".")
	if a := strs(pg.Profile["aliases"]); len(a) > 0 {
		p(" Also written: %s.", md(strings.Join(a, "; ")))
	}
	if t := strs(pg.Profile["titles"]); len(t) > 0 {
		p(" Titles: %s.", md(strings.Join(t, "; ")))
	}
	p("\n\n")
	cite := func(row map[string]any) string { return cites([]string{str(row["article_id"])}) }
	if len(pg.Roles) > 0 {
		p("### Roles\n\n| Kind | Role | Of | Articles | Evidence |\n|---|---|---|---:|---|\n")
		for _, x := range pg.Roles {
			of := ""
			if o := str(x["organization"]); o != "" {
				of = ent(o)
			}
			p("| %s | %s | %s | %s | %s |\n", str(x["kind"]), md(str(x["role"])), of, str(x["articles"]), md(str(x["evidence"])))
		}
		p("\n")
	}
	table := func(title string, rows []map[string]any, head string, line func(map[string]any) string) {
		if len(rows) == 0 {
			return
		}
		p("### %s\n\n%s", title, head)
		for i, x := range rows {
			if i == MaxListed {
				p("\n%d more.\n", len(rows)-i)
				break
			}
			p("%s\n", line(x))
		}
		p("\n")
	}
	table("Statements by "+md(e.Name), pg.StatementsBy, "| Date | Statement | Cue | Article |\n|---|---|---|---|\n", func(x map[string]any) string {
		return fmt.Sprintf("| %s | %s | %s | %s |", str(x["date"]), md(str(x["text"])), str(x["cue"]), cite(x))
	})
	table("Statements mentioning "+md(e.Name), pg.StatementsAbout, "| Date | Speaker | Statement | Article |\n|---|---|---|---|\n", func(x map[string]any) string {
		sp := md(str(x["speaker"]))
		if id := str(x["speaker_id"]); id != "" {
			sp = ent(id)
		}
		return fmt.Sprintf("| %s | %s | %s | %s |", str(x["date"]), sp, md(str(x["text"])), cite(x))
	})
	table("Mentioned in the same articles", pg.CoMentions, "| Entity | Type | Shared articles |\n|---|---|---:|\n", func(x map[string]any) string {
		return fmt.Sprintf("| %s | %s | %s |", ent(str(x["entity"])), str(x["type"]), str(x["articles"]))
	})
	table("Timeline", pg.Timeline, "| Date | What | Text | Article |\n|---|---|---|---|\n", func(x map[string]any) string {
		what := str(x["kind"])
		if s := str(x["subject_name"]); s != "" {
			what += ": " + md(s)
		}
		if o := str(x["object_name"]); o != "" {
			what += " → " + md(o)
		}
		return fmt.Sprintf("| %s | %s | %s | %s |", str(x["date"]), what, md(str(x["text"])), cite(x))
	})
	var ids []string
	for _, a := range pg.Articles {
		ids = append(ids, fmt.Sprintf("%s (%s)", cites([]string{str(a["article_id"])}), str(a["mentions"])))
	}
	p("### Articles (mentions)\n\n%s\n\n", strings.Join(ids, ", "))
}

func anchor(id string) string { return "entity-" + safeFile(Slug(id)) }

// md escapes text for a Markdown table cell.
func md(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\n", " ")
	return s
}
