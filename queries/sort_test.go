package queries

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// sortRows sorts by one text key per row when it can (sortByText) and
// with a comparator otherwise; both must give the order the comparator
// defines (ascending or descending, missing values last, JavaScript's
// string order: by code point in goja), on rows with prefixes, non-ASCII and astral text,
// the separator and sentinel characters sortByText must not take, numbers,
// ties and missing values.
const sortCheck = `// description: Checks sortRows against a reference comparator.
var seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; }
var BASE = ["", "a", "ab", "a b", "b", "B", "\u00e9", "\uff21", "\ud83d\ude00", "2024-01-02", "2024-01-10", "2024-1"];
// Each kind of character sortByText must not key is tried on its own: one
// row holding U+0000 anywhere would send every trial to the comparator.
var SPECIAL = [[], ["a\u0001", "\u0001"], ["a\u0000b"], ["\udbff\udfff", "a\udbff\udfffb"]], WORDS = BASE;
function val(kind) {
  if (rnd(6) === 0) { return rnd(2) ? "" : undefined; }
  return kind === "n" ? rnd(20) : WORDS[rnd(WORDS.length)];
}
function ref(rows, keys) {
  return rows.slice().sort(function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], dir = 1;
      if (k.charAt(0) === "-") { dir = -1; k = k.slice(1); }
      var x = a[k], y = b[k];
      var xm = (x === undefined || x === null || x === ""), ym = (y === undefined || y === null || y === "");
      if (xm && ym) { continue; }
      if (xm) { return 1; }
      if (ym) { return -1; }
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
    }
    return a.id - b.id;
  });
}
var SETS = [["s1", "s2"], ["-n1", "s1"], ["n1", "-n2", "s1"], ["-s1", "s2"], ["s1", "-s2", "n1"], ["n1"], ["-n1"]];
var bad = 0, tried = 0;
for (var t = 0; t < 200; t++) {
  WORDS = BASE.concat(SPECIAL[Math.floor(t / SETS.length) % SPECIAL.length]);
  var rows = [];
  for (var r = 0; r < 30; r++) { rows.push({ id: r, s1: val("s"), s2: val("s"), n1: val("n"), n2: val("n") }); }
  var keys = SETS[t % SETS.length].concat(["id"]);
  var want = ref(rows, keys), got = sortRows(rows.slice(), keys);
  for (var i = 0; i < want.length; i++) { if (want[i].id !== got[i].id) { bad++; break; } }
  tried++;
}
g.Emit({ bad: bad, tried: tried });
`

func TestSortRowsMatchesComparator(t *testing.T) {
	lib, err := loadFS(fstest.MapFS{
		preludeFile:     {Data: files0(t, preludeFile)},
		"sort-check.js": {Data: []byte(sortCheck)},
	})
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, lib, "sort-check", nil)
	if fmt.Sprint(res.Rows[0]["bad"]) != "0" || fmt.Sprint(res.Rows[0]["tried"]) != "200" {
		t.Fatalf("sortRows differs from the comparator: %v", res.Rows[0])
	}
}
