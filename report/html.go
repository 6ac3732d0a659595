package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Slug is the last part of an entity IRI: the name of its page.
func Slug(id string) string { return strings.TrimPrefix(id, graph.EntityBase) }

// PageFile is the file name of an entity's page in a report directory.
func PageFile(id string) string { return "entity-" + safeFile(Slug(id)) + ".html" }

func safeFile(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// renderer holds what templates look up: entity names, page links and the
// articles that citations point to.
type renderer struct {
	r        *Report
	names    map[string]string
	arts     map[string]*Article
	pageHref func(id string) string // "" when the entity has no page
	index    string                 // link back to the overview, "" for none
}

func (rd *renderer) funcs() template.FuncMap {
	return template.FuncMap{
		"name": func(id string) string {
			if n := rd.names[id]; n != "" {
				return n
			}
			return Slug(id)
		},
		"href":  func(id string) string { return rd.pageHref(id) },
		"art":   func(id string) *Article { return rd.arts[id] },
		"color": TypeColor,
		"str":   str,
		"strs":  strs,
		"join":  strings.Join,
		"f1":    func(f float64) string { return fmt.Sprintf("%.1f", f) },
		"cite":  rd.cite,
		"cites": func(ids []string) template.HTML {
			var parts []string
			for i, id := range ids {
				if i == 12 {
					parts = append(parts, fmt.Sprintf("and %d more", len(ids)-i))
					break
				}
				parts = append(parts, string(rd.cite(id)))
			}
			return template.HTML(strings.Join(parts, " "))
		},
		"limit": func(n int, xs any) any { return limitSlice(n, xs) },
		"more": func(n, total int) int {
			if total > n {
				return total - n
			}
			return 0
		},
		"home": func() string { return rd.index },
		"max":  func() int { return MaxListed },
	}
}

// cite is a link to the article in the page's article list, its title,
// source and date in the tooltip.
func (rd *renderer) cite(id string) template.HTML {
	a := rd.arts[id]
	tip := id
	if a != nil {
		var parts []string
		for _, s := range []string{a.Title, a.Source, a.Published} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) > 0 {
			tip = strings.Join(parts, " — ")
		}
	}
	return template.HTML(fmt.Sprintf(`<a class="cite" href="#art-%s" title="%s">[%s]</a>`,
		template.HTMLEscapeString(id), template.HTMLEscapeString(tip), template.HTMLEscapeString(id)))
}

func limitSlice(n int, xs any) any {
	switch v := xs.(type) {
	case []TimelineItem:
		if len(v) > n {
			return v[:n]
		}
	case []map[string]any:
		if len(v) > n {
			return v[:n]
		}
	case []RelGroup:
		if len(v) > n {
			return v[:n]
		}
	}
	return xs
}

func (r *Report) staticRenderer() *renderer {
	rd := &renderer{r: r, names: map[string]string{}, arts: r.articles, index: "index.html"}
	for id, e := range r.entities {
		rd.names[id] = e.Name
	}
	rd.pageHref = func(id string) string {
		if r.pages[id] != nil {
			return PageFile(id)
		}
		return ""
	}
	return rd
}

// WriteIndexHTML writes the overview page (index.html).
func (r *Report) WriteIndexHTML(w io.Writer) error {
	rd := r.staticRenderer()
	t, err := template.New("index").Funcs(rd.funcs()).Parse(baseCSS + indexTmpl + svgTmpl)
	if err != nil {
		return fmt.Errorf("report: index template: %w", err)
	}
	data := struct {
		*Report
		RelGroups []RelGroup
	}{r, r.RelationGroups()}
	if err := t.Execute(w, data); err != nil {
		return fmt.Errorf("report: write index.html: %w", err)
	}
	return nil
}

// WriteEntityHTML writes p's page; links to other entities go to their
// pages in the report directory.
func (r *Report) WriteEntityHTML(w io.Writer, p *EntityPage) error {
	rd := r.staticRenderer()
	return writeEntityHTML(w, p, rd)
}

// WriteEntityPageHTML writes p as a page of its own (as the server serves
// it): entity links go to hrefPrefix + slug, articles to the page's list.
func WriteEntityPageHTML(w io.Writer, p *EntityPage, hrefPrefix string) error {
	rd := &renderer{names: map[string]string{p.Entity.ID: p.Entity.Name}, arts: pageArticles(p)}
	for _, c := range p.CoMentions {
		rd.names[str(c["entity"])] = str(c["name"])
	}
	rd.pageHref = func(id string) string {
		if strings.HasPrefix(id, graph.EntityBase) {
			return hrefPrefix + Slug(id)
		}
		return ""
	}
	return writeEntityHTML(w, p, rd)
}

func pageArticles(p *EntityPage) map[string]*Article {
	m := map[string]*Article{}
	for _, a := range p.Articles {
		id := str(a["article_id"])
		m[id] = &Article{ID: id, Title: str(a["title"]), Source: str(a["publisher"]), URL: str(a["url"]), Published: str(a["published"])}
	}
	return m
}

func writeEntityHTML(w io.Writer, p *EntityPage, rd *renderer) error {
	if rd.arts == nil || rd.r != nil {
		// Static pages list the page's articles from the report.
		m := pageArticles(p)
		for id, a := range rd.arts {
			if _, ok := m[id]; ok {
				m[id] = a
			}
		}
		rd.arts = m
	}
	t, err := template.New("entity").Funcs(rd.funcs()).Parse(baseCSS + entityTmpl)
	if err != nil {
		return fmt.Errorf("report: entity template: %w", err)
	}
	if err := t.Execute(w, p); err != nil {
		return fmt.Errorf("report: write page of %s: %w", p.Entity.ID, err)
	}
	return nil
}

// RelGroup is the relations with the same subject, predicate and object.
type RelGroup struct {
	SourceID, Predicate, TargetID string
	Count                         int
	Articles                      []string
	Evidence                      string
}

// RelationGroups groups Relations by (subject, predicate, object), most
// stated first.
func (r *Report) RelationGroups() []RelGroup {
	idx := map[[3]string]int{}
	var out []RelGroup
	for _, rel := range r.Relations {
		k := [3]string{rel.SourceID, rel.Predicate, rel.TargetID}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, RelGroup{SourceID: rel.SourceID, Predicate: rel.Predicate, TargetID: rel.TargetID, Evidence: rel.Evidence})
		}
		out[i].Count++
		if !contains(out[i].Articles, rel.Article) {
			out[i].Articles = append(out[i].Articles, rel.Article)
		}
	}
	sortStable(out, func(a, b RelGroup) bool { return a.Count > b.Count })
	return out
}

const baseCSS = `{{define "css"}}<style>
body{font:14px/1.45 "DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:0 16px 40px;color:#222}
h1{margin:.6em 0 .2em}h2{border-bottom:1px solid #ccc;padding-bottom:2px;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right}.muted{color:#666}.notice{background:#fff4d6;border:1px solid #e0c060;padding:8px 12px}
.cite{font-size:11px;color:#36c;text-decoration:none;white-space:nowrap}.badge{font-size:11px;padding:1px 5px;border-radius:3px;color:#fff}
.differ{background:#c0392b}.agree{background:#27ae60}.swatch{display:inline-block;width:10px;height:10px;border-radius:5px;margin:0 4px 0 10px}
svg#network{border:1px solid #ddd;background:#fcfcfc;max-width:100%;height:auto}
svg .label{font:12px "DejaVu Sans",Arial,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;fill:#111}
svg .edge.rel{stroke:#444}svg .edge.co{stroke:#bbb;stroke-dasharray:4 3}
blockquote{margin:0;font-style:italic}
</style>{{end}}`

const svgTmpl = `{{define "svg"}}{{with .Network}}<svg id="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{f1 .Width}} {{f1 .Height}}" width="{{f1 .Width}}" height="{{f1 .Height}}" role="img" aria-label="Network of the most mentioned entities">
<g class="edges">{{range .Edges}}<line class="edge {{if .Relations}}rel{{else}}co{{end}}" x1="{{f1 .Source.X}}" y1="{{f1 .Source.Y}}" x2="{{f1 .Target.X}}" y2="{{f1 .Target.Y}}" stroke-width="{{if .Relations}}2{{else}}1{{end}}"><title>{{.Source.Name}} — {{.Target.Name}}{{if .Relations}}: {{join .Predicates ", "}} ({{.Relations}} stated){{end}}; mentioned together in {{.CoArticles}} article(s): {{join .Articles ", "}}</title></line>
{{end}}</g>
<g class="nodes">{{range .Nodes}}<circle class="node" data-id="{{.ID}}" cx="{{f1 .X}}" cy="{{f1 .Y}}" r="{{f1 .R}}" fill="{{color .Type}}" stroke="#fff" stroke-width="1.5"><title>{{.Name}} ({{.Type}}), {{.Mentions}} mentions</title></circle>
{{end}}</g>
<g class="labels">{{range .Nodes}}{{if href .ID}}<a href="{{href .ID}}"><text class="label" x="{{f1 .LX}}" y="{{f1 .LY}}">{{.Name}}</text></a>{{else}}<text class="label" x="{{f1 .LX}}" y="{{f1 .LY}}">{{.Name}}</text>{{end}}
{{end}}</g>
</svg>{{end}}{{end}}`

const indexTmpl = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>newsgraph report</title>{{template "css"}}</head>
<body>
<h1>newsgraph report</h1>
<p class="muted">Generated {{.Generated}}. Every figure cites the articles it comes from: [article id] links to the article list at the end.</p>
{{if .Empty}}<p class="notice" id="empty">The graph is empty: it holds no articles, so there is nothing to report.</p>{{end}}
{{if .Missing}}<p class="notice" id="missing">Not found in the graph: {{join .Missing ", "}}. No page was made for {{if eq (len .Missing) 1}}it{{else}}them{{end}}.</p>{{end}}
{{if not .Empty}}
<h2 id="overview">Overview</h2>
<p>{{len .Articles}} articles from {{len .Sources}} sources{{if .DateFrom}}, published {{.DateFrom}} to {{.DateTo}}{{end}}; {{len .Entities}} entities, {{len .Relations}} stated relations, {{len .Statements}} statements.</p>
<table><tr><th>Source</th><th class="num">Articles</th></tr>{{range .Sources}}<tr><td>{{.Name}}</td><td class="num">{{.Count}}</td></tr>{{end}}</table>
<h3>Most mentioned entities by type</h3>
<table><tr><th>Type</th><th>Entities (mentions, articles)</th></tr>
{{range .TopTypes}}<tr><td><span class="swatch" style="background:{{color .Type}}"></span>{{.Type}}</td><td>{{range $i, $e := .Entities}}{{if $i}}, {{end}}{{$id := str (index $e "entity")}}{{if href $id}}<a href="{{href $id}}">{{index $e "name"}}</a>{{else}}{{index $e "name"}}{{end}} ({{str (index $e "mentions")}}, {{str (index $e "articles")}}){{end}}</td></tr>
{{end}}</table>
{{if .Pages}}<h3>Entity pages</h3><p>{{range $i, $p := .Pages}}{{if $i}} · {{end}}<a href="{{href $p.Entity.ID}}">{{$p.Entity.Name}}</a>{{end}}</p>{{end}}

<h2 id="network-section">Network</h2>
<p class="muted">The {{len .Network.Nodes}} most mentioned entities joined by their {{len .Network.Edges}} strongest ties: dark lines are relations stated in articles, dashed grey lines entities mentioned in the same articles. Node size is mentions, colour is type:{{range .TopTypes}}<span class="swatch" style="background:{{color .Type}}"></span>{{.Type}}{{end}}. Hover a line for the articles behind it.</p>
{{template "svg" .}}

<h2 id="relations">Stated relations</h2>
<table><tr><th>Subject</th><th>Relation</th><th>Object</th><th class="num">Times</th><th>Evidence (one)</th><th>Articles</th></tr>
{{range limit max .RelGroups}}<tr><td>{{template "ent" .SourceID}}</td><td>{{.Predicate}}</td><td>{{template "ent" .TargetID}}</td><td class="num">{{.Count}}</td><td>{{.Evidence}}</td><td>{{cites .Articles}}</td></tr>
{{end}}</table>{{with more max (len .RelGroups)}}<p class="muted">{{.}} more in relations.csv.</p>{{end}}

<h2 id="timeline">Timeline of dated statements and events</h2>
{{if .Timeline}}<table><tr><th>Date</th><th>What</th><th>Who</th><th>Text</th><th>Article</th></tr>
{{range limit max .Timeline}}<tr><td>{{.Date}}</td><td>{{.Kind}}</td><td>{{if .WhoID}}{{template "ent" .WhoID}}{{else}}{{.Who}}{{end}}{{range .Entities}} → {{template "ent" .}}{{end}}</td><td>{{.Text}}</td><td>{{cite .Article}}</td></tr>
{{end}}</table>{{with more max (len .Timeline)}}<p class="muted">{{.}} more in statements.csv and relations.csv.</p>{{end}}{{else}}<p>No statement or event with a date of its own.</p>{{end}}

<h2 id="quoted">Who is quoted, by source</h2>
{{range .Quoted}}<h3>{{.Source}}</h3>
<table><tr><th>Speaker</th><th class="num">Statements</th><th>Mentioning</th><th>Articles</th></tr>
{{range .Speakers}}<tr><td>{{if .SpeakerID}}{{template "ent" .SpeakerID}}{{else}}{{.Speaker}}{{end}}</td><td class="num">{{.Statements}}</td><td>{{range $i, $a := .About}}{{if $i}}, {{end}}{{template "ent" $a.ID}} ({{$a.Count}}){{end}}</td><td>{{cites .Articles}}</td></tr>
{{end}}</table>
{{else}}<p>No statements.</p>{{end}}

<h2 id="claims">Numeric claims across sources</h2>
{{if .Claims}}<p class="muted">Measures that more than one article gives a number for; those where the numbers differ come first.</p>
{{range .Claims}}<h3>{{.Measure}} {{if .Differ}}<span class="badge differ">sources differ</span>{{else}}<span class="badge agree">sources agree</span>{{end}}</h3>
<table><tr><th class="num">Quantity</th><th>As written</th><th>Claimed by</th><th>Evidence</th><th>Article</th></tr>
{{range .Claims}}<tr><td class="num">{{str (index . "quantity")}}</td><td>{{index . "text"}}</td><td>{{with str (index . "claimant_name")}}{{.}}{{else}}<span class="muted">the article</span>{{end}}</td><td>{{index . "evidence"}}</td><td>{{cite (str (index . "article_id"))}}</td></tr>
{{end}}</table>{{end}}{{else}}<p>No measure is given a number by more than one article.</p>{{end}}
{{end}}
<h2 id="articles">Articles</h2>
{{if .Articles}}<table><tr><th>Id</th><th>Title</th><th>Source</th><th>Published</th></tr>
{{range .Articles}}<tr id="art-{{.ID}}"><td>{{.ID}}</td><td>{{if .URL}}<a href="{{.URL}}">{{or .Title .URL}}</a>{{else}}{{.Title}}{{end}}</td><td>{{.Source}}</td><td>{{.Published}}</td></tr>
{{end}}</table>{{else}}<p>None.</p>{{end}}
<h2 id="files">Files</h2>
<p><a href="report.md">report.md</a> · <a href="entities.csv">entities.csv</a> · <a href="relations.csv">relations.csv</a> · <a href="statements.csv">statements.csv</a> · <a href="co-mentions.csv">co-mentions.csv</a> · <a href="articles.csv">articles.csv</a> · <a href="graph.graphml">graph.graphml</a> · <a href="graph.nq">graph.nq</a></p>
</body></html>
{{define "ent"}}{{if href .}}<a href="{{href .}}">{{name .}}</a>{{else}}{{name .}}{{end}}{{end}}`

const entityTmpl = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>{{.Entity.Name}} — newsgraph report</title>{{template "css"}}</head>
<body>
{{with home}}<p><a href="{{.}}">← report overview</a></p>{{end}}
<h1><span class="swatch" style="background:{{color .Entity.Type}}"></span>{{.Entity.Name}}</h1>
<p>{{.Entity.Type}} · {{str (index .Profile "mentions")}} mentions in {{str (index .Profile "articles")}} articles{{with str (index .Profile "first_seen")}}, first seen {{.}}{{end}}{{with str (index .Profile "last_seen")}}, last seen {{.}}{{end}}.
{{with strs (index .Profile "aliases")}}<br/>Also written: {{join . "; "}}.{{end}}
{{with strs (index .Profile "titles")}}<br/>Titles: {{join . "; "}}.{{end}}</p>

<h2 id="roles">Roles</h2>
{{if .Roles}}<table><tr><th>Kind</th><th>Role</th><th>Of</th><th class="num">Articles</th><th>Seen</th><th>Evidence</th></tr>
{{range .Roles}}<tr><td>{{index . "kind"}}</td><td>{{index . "role"}}</td><td>{{with str (index . "organization")}}{{template "ent" .}}{{end}}</td><td class="num">{{str (index . "articles")}}</td><td>{{index . "first_seen"}}{{if ne (str (index . "first_seen")) (str (index . "last_seen"))}} to {{index . "last_seen"}}{{end}}</td><td>{{index . "evidence"}}</td></tr>
{{end}}</table>{{else}}<p>No role stated.</p>{{end}}

<h2 id="statements-by">Statements by {{.Entity.Name}}</h2>
{{if .StatementsBy}}<table><tr><th>Date</th><th>Statement</th><th>Cue</th><th>Article</th></tr>
{{range limit max .StatementsBy}}<tr><td>{{index . "date"}}</td><td><blockquote>{{index . "text"}}</blockquote></td><td>{{index . "cue"}} ({{index . "kind"}})</td><td>{{cite (str (index . "article_id"))}}</td></tr>
{{end}}</table>{{else}}<p>None.</p>{{end}}

<h2 id="statements-about">Statements mentioning {{.Entity.Name}}</h2>
{{if .StatementsAbout}}<table><tr><th>Date</th><th>Speaker</th><th>Statement</th><th>Article</th></tr>
{{range limit max .StatementsAbout}}<tr><td>{{index . "date"}}</td><td>{{with str (index . "speaker_id")}}{{template "ent" .}}{{else}}{{index . "speaker"}}{{end}}</td><td><blockquote>{{index . "text"}}</blockquote></td><td>{{cite (str (index . "article_id"))}}</td></tr>
{{end}}</table>{{else}}<p>None.</p>{{end}}

<h2 id="co-mentions">Mentioned in the same articles</h2>
{{if .CoMentions}}<table><tr><th>Entity</th><th>Type</th><th class="num">Shared articles</th></tr>
{{range limit max .CoMentions}}<tr><td>{{template "ent" (str (index . "entity"))}}</td><td>{{index . "type"}}</td><td class="num">{{str (index . "articles")}}</td></tr>
{{end}}</table>{{else}}<p>None.</p>{{end}}

<h2 id="timeline">Timeline</h2>
{{if .Timeline}}<table><tr><th>Date</th><th>What</th><th>Text</th><th>Article</th></tr>
{{range limit max .Timeline}}<tr><td>{{index . "date"}}{{if index . "date_is_default"}} <span class="muted">(published)</span>{{end}}</td><td>{{index . "kind"}}{{with str (index . "subject_name")}}: {{.}}{{end}}{{with str (index . "object_name")}} → {{.}}{{end}}</td><td>{{index . "text"}}</td><td>{{cite (str (index . "article_id"))}}</td></tr>
{{end}}</table>{{else}}<p>Nothing dated.</p>{{end}}

<h2 id="articles">Articles mentioning {{.Entity.Name}}</h2>
<table><tr><th>Id</th><th>Title</th><th>Source</th><th>Published</th><th class="num">Mentions</th></tr>
{{range .Articles}}{{$id := str (index . "article_id")}}{{$a := art $id}}<tr id="art-{{$id}}"><td>{{$id}}</td><td>{{if $a}}{{if $a.URL}}<a href="{{$a.URL}}">{{or $a.Title $a.URL}}</a>{{else}}{{$a.Title}}{{end}}{{end}}</td><td>{{if $a}}{{$a.Source}}{{end}}</td><td>{{if $a}}{{$a.Published}}{{end}}</td><td class="num">{{str (index . "mentions")}}</td></tr>
{{end}}</table>
</body></html>
{{define "ent"}}{{if href .}}<a href="{{href .}}">{{name .}}</a>{{else}}{{name .}}{{end}}{{end}}`
