package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/writer"
	bbolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// DefaultBackend is the backend Open uses when given "".
const DefaultBackend = "bolt"

// BoltLockTimeout is how long Open waits for a bolt file another handle
// holds before it gives up (bolt allows one handle per file).
var BoltLockTimeout = 2 * time.Second

// Store is an open Cayley store. Its Handle is shared by the writer, the
// query layer and the HTTP server; the Store's own writes are serialised.
type Store struct {
	h        *cgraph.Handle
	backend  string
	address  string
	mu       sync.Mutex      // one article write (read old quads, apply diff) at a time
	mirrors  []*Store        // in-memory copies kept in step with writes (see Mirror)
	source   *Store          // for a mirror, the store it copies
	aggMin   int             // for a mirror, MirrorOptions.AggregateMinArticles (0: no aggregates)
	headRows int             // for a mirror, MirrorOptions.HeadRows
	stale    map[string]bool // for a mirror, entities whose lists writes dropped (guarded by source.mu)
	repaired []string        // articles Open removed as half-written (see Repaired)
	version  atomic.Uint64   // writes applied through this Store (see Version)
}

// Version counts the writes applied through the Store (WriteArticle(s),
// DeleteArticle, Import): it grows after each one is applied to the store
// and to its mirrors, so an answer computed while it read v is stale once
// it reads more. A mirror reports its source's version. Writes made
// around the Store (Cayley's write API on the handle, another process on
// a shared database) do not count.
func (s *Store) Version() uint64 {
	if s.source != nil {
		return s.source.Version()
	}
	return s.version.Load()
}

// Backends lists the backend names Open accepts, the ones Cayley 0.7.7
// registers under Go >= 1.21 without cgo (bolt, bbolt, btree, leveldb,
// memstore, postgres, cockroach, mysql; sqlite needs cgo and is left out).
func Backends() []string { return cgraph.QuadStores() }

// Open opens the store of the given backend at address, initialising it
// when new.
//
// bolt and bbolt: address is the database file; its parent directories are
// created. When address is an existing directory, the file is
// address/indexes.bolt (the layout of `cayley --db bolt --dbpath DIR`).
// A file another handle holds fails after BoltLockTimeout instead of
// blocking. leveldb: a directory. memstore and btree: address must be "".
// postgres, cockroach, mysql: a connection string.
func Open(backend, address string) (*Store, error) {
	if backend == "" {
		backend = DefaultBackend
	}
	if !cgraph.IsRegistered(backend) {
		return nil, fmt.Errorf("open %s store %q: unknown backend (known: %v)", backend, Redact(address), Backends())
	}
	var (
		qs  cgraph.QuadStore
		err error
	)
	switch {
	case backend == hbolt.Name || backend == hbbolt.Name:
		qs, err = openBolt(backend, address)
	case persistentKV(backend) != nil:
		qs, err = openKV(persistentKV(backend), address)
	default:
		qs, err = openRegistered(backend, address)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(address), err)
	}
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open %s store %q: writer: %w", backend, Redact(address), err)
	}
	st := &Store{h: &cgraph.Handle{QuadStore: qs, QuadWriter: w}, backend: backend, address: address}
	// Remove articles an interrupted write left half-done (see pending.go).
	if st.repaired, err = st.RepairPendingWrites(context.Background()); err != nil {
		st.Close()
		return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(address), err)
	}
	return st, nil
}

// Repaired lists the articles Open removed because a write had left them
// half-done (a crash mid-replace); they must be ingested again.
func (s *Store) Repaired() []string { return s.repaired }

// persistentKV is hidalgo's registration of an on-disk key-value backend
// other than bolt (leveldb), or nil.
func persistentKV(backend string) *hkv.Registration {
	for _, name := range []string{backend, "flat." + backend} {
		if r := hkv.ByName(name); r != nil && !r.Volatile && r.OpenPath != nil {
			return r
		}
	}
	return nil
}

// openKV opens an on-disk key-value store and initialises it when new,
// closing it on failure (Cayley's registration leaves a failed store open,
// and with it the directory lock).
func openKV(r *hkv.Registration, address string) (cgraph.QuadStore, error) {
	if address == "" {
		return nil, fmt.Errorf("no directory given")
	}
	if err := os.MkdirAll(filepath.Dir(address), 0o755); err != nil {
		return nil, fmt.Errorf("create parent directory: %w", err)
	}
	db, err := r.OpenPath(address)
	if err != nil {
		return nil, err
	}
	return initKV(db, address)
}

// initKV initialises a Cayley KV quad store in db when new and opens it.
func initKV(db hkv.KV, name string) (cgraph.QuadStore, error) {
	if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("initialise %s: %w", name, err)
	}
	qs, err := kv.New(db, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return qs, nil
}

// openRegistered opens the other backends (memstore, btree, SQL) through
// Cayley's registry.
func openRegistered(backend, address string) (cgraph.QuadStore, error) {
	// Open first and initialise only when the store proves empty: Cayley
	// logs an error when asked to initialise an existing database. The SQL
	// backends open an uninitialised database without complaint, so a
	// first query (Stats) tells.
	if qs, err := cgraph.NewQuadStore(backend, address, nil); err == nil {
		if _, err := qs.Stats(context.Background(), false); err == nil {
			return qs, nil
		}
		qs.Close()
	} else if errors.Is(err, cgraph.ErrQuadStoreNotPersistent) {
		return nil, fmt.Errorf("%s keeps its data in memory: give no address", backend)
	}
	if err := cgraph.InitQuadStore(backend, address, nil); err != nil &&
		!errors.Is(err, cgraph.ErrDatabaseExists) && !errors.Is(err, cgraph.ErrOperationNotSupported) {
		return nil, fmt.Errorf("initialise: %w", err)
	}
	qs, err := cgraph.NewQuadStore(backend, address, nil)
	if err != nil {
		return nil, err
	}
	return qs, nil
}

// openBolt opens a bolt or bbolt file with a lock timeout (Cayley's own
// bolt registration waits forever for a locked file).
func openBolt(backend, address string) (cgraph.QuadStore, error) {
	if address == "" {
		return nil, fmt.Errorf("no file given")
	}
	file := address
	if fi, err := os.Stat(address); err == nil && fi.IsDir() {
		file = filepath.Join(address, "indexes.bolt")
	} else if err := os.MkdirAll(filepath.Dir(address), 0o755); err != nil {
		return nil, fmt.Errorf("create parent directory: %w", err)
	}
	var (
		db  hkv.KV
		err error
	)
	if backend == hbolt.Name {
		db, err = hbolt.Open(file, &bolt.Options{Timeout: BoltLockTimeout})
		if errors.Is(err, bolt.ErrTimeout) {
			err = fmt.Errorf("%s is locked by another handle (another newsgraph or cayley process, or a second Open in this one)", file)
		}
	} else {
		db, err = hbbolt.Open(file, &bbolt.Options{Timeout: BoltLockTimeout})
		if errors.Is(err, bbolt.ErrTimeout) {
			err = fmt.Errorf("%s is locked by another handle (another newsgraph or cayley process, or a second Open in this one)", file)
		}
	}
	if err != nil {
		return nil, err
	}
	return initKV(db, file)
}

// Backend is the store's backend name.
func (s *Store) Backend() string { return s.backend }

// Address is the address the store was opened at.
func (s *Store) Address() string { return s.address }

// Handle is the store's Cayley handle (quad store and writer), to share
// with the query layer and the HTTP server.
func (s *Store) Handle() *cgraph.Handle { return s.h }

// QuadStore is the store's Cayley quad store.
func (s *Store) QuadStore() cgraph.QuadStore { return s.h.QuadStore }

// Close closes the store; bolt files are released for the next Open.
func (s *Store) Close() error {
	if s.source != nil {
		s.source.detach(s)
	}
	if err := s.h.Close(); err != nil {
		return fmt.Errorf("close %s store %q: %w", s.backend, Redact(s.address), err)
	}
	return nil
}
