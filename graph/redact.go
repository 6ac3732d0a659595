package graph

import (
	"fmt"
	"log"
	"regexp"

	"github.com/cayleygraph/cayley/clog"
)

var (
	// urlPassword matches the password of a URL's userinfo
	// (postgres://user:secret@host/db).
	urlPassword = regexp.MustCompile(`(://[^:/@\s]*):[^@\s/]*@`)
	// passwordParam matches a password in a key=value connection string
	// ("host=db password=secret") or a URL query ("?password=secret").
	passwordParam = regexp.MustCompile(`(?i)(\bpassword=)('[^']*'|[^\s&]*)`)
)

// Redact returns text (a store address, or a message quoting one) fit for
// logs and error messages: passwords of connection strings
// (postgres://user:secret@host/db, "password=secret") become "xxxxx".
func Redact(text string) string {
	text = urlPassword.ReplaceAllString(text, "${1}:xxxxx@")
	return passwordParam.ReplaceAllString(text, "${1}xxxxx")
}

// Cayley's backends log the address they fail to open, password included
// ("Couldn't open database at postgres://u:secret@..."): route Cayley's
// log through Redact.
func init() { clog.SetLogger(&redactingLog{}) }

// redactingLog is Cayley's default logger (clog's stdlog: the standard
// log package) with Redact applied.
type redactingLog struct{ verbosity int }

func (l *redactingLog) printf(level, format string, args ...interface{}) {
	log.Print(level + Redact(fmt.Sprintf(format, args...)))
}

func (l *redactingLog) Infof(format string, args ...interface{}) {
	l.printf("", format, args...)
}
func (l *redactingLog) Warningf(format string, args ...interface{}) {
	l.printf("WARN: ", format, args...)
}
func (l *redactingLog) Errorf(format string, args ...interface{}) {
	l.printf("ERROR: ", format, args...)
}
func (l *redactingLog) Fatalf(format string, args ...interface{}) {
	log.Fatal("FATAL: " + Redact(fmt.Sprintf(format, args...)))
}
func (l *redactingLog) V(level int) bool { return l.verbosity >= level }
func (l *redactingLog) SetV(level int)   { l.verbosity = level }
