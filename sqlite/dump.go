package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"
)

// dumpOrder lists the tables Dump writes and the columns it leaves out:
// wall-clock times, which differ between two runs over the same input.
var dumpOrder = []struct {
	table, order string
	skip         []string
}{
	{"documents", "id", []string{"added"}},
	{"doc_annotations", "doc_id", nil},
	{"actors", "id", nil},
	{"events", "id", nil},
	{"clusters", "id", []string{"added"}},
	{"cluster_outlets", "cluster_id, outlet", nil},
	{"quotes", "id", nil},
	{"totals", "name", nil},
	{"day_totals", "day, modality", nil},
	{"dyad_totals", "src_code, tgt_code, src_country, tgt_country, quad", nil},
	{"dyad_days", "src_code, tgt_code, day", nil},
}

// Dump writes every row of the data tables to w, one line per row, tables
// and rows in a fixed order, without the columns that hold wall-clock
// times. Two databases that went through the same documents dump the same,
// however the runs were batched or interrupted.
func (db *DB) Dump(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, t := range dumpOrder {
		if err := db.dumpTable(ctx, bw, t.table, t.order, t.skip); err != nil {
			return fmt.Errorf("dump %s: %w", t.table, err)
		}
	}
	return bw.Flush()
}

func (db *DB) dumpTable(ctx context.Context, w *bufio.Writer, table, order string, skip []string) error {
	rows, err := db.read.QueryContext(ctx, "SELECT * FROM "+table+" ORDER BY "+order)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]sql.RawBytes, len(cols))
	dest := make([]any, len(cols))
	for i := range vals {
		dest[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		w.WriteString(table)
		for i, v := range vals {
			if slices.Contains(skip, cols[i]) {
				continue
			}
			w.WriteString("\t" + cols[i] + "=")
			if v == nil {
				w.WriteString("NULL")
			} else {
				w.WriteString(strings.ReplaceAll(string(v), "\n", `\n`))
			}
		}
		w.WriteByte('\n')
	}
	return rows.Err()
}
