package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// maxURLList bounds a file of URLs: about 100,000 URLs.
const maxURLList = 16 << 20

// sniffURLList bounds a .txt or extension-less file looked into to see
// whether it is a list of URLs.
const sniffURLList = 1 << 20

// IsURL reports whether s is an absolute http or https URL with a host
// and no spaces: an input to fetch rather than a path to read.
func IsURL(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// SplitInputs sorts the inputs a user named into paths for Read and URLs
// to fetch, in the order given, each URL once. An http or https URL is
// fetched. A file of URLs gives its URLs: a file named *.urls always, and
// a .txt, .list or extension-less file of up to 1 MiB when its first line
// is a URL and at least half its lines are (blank lines and lines starting
// with # do not count). Each other line of a file of URLs is a problem
// named "FILE:LINE"; the file's good lines are fetched all the same.
func SplitInputs(args []string) (paths, urls []string, problems []error) {
	seen := map[string]bool{}
	add := func(us ...string) {
		for _, u := range us {
			if !seen[u] {
				seen[u] = true
				urls = append(urls, u)
			}
		}
	}
	for _, a := range args {
		switch {
		case IsURL(a):
			add(a)
		case isURLListName(a, true):
			us, errs := ReadURLList(a)
			add(us...)
			problems = append(problems, errs...)
		case isURLListName(a, false):
			if us, errs, ok := sniffURLListFile(a); ok {
				add(us...)
				problems = append(problems, errs...)
				continue
			}
			paths = append(paths, a)
		default:
			paths = append(paths, a)
		}
	}
	return paths, urls, problems
}

// isURLListName reports a name that is a list of URLs by its extension
// (sure) or may be one (not sure: .txt, .list, none).
func isURLListName(path string, sure bool) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if sure {
		return ext == ".urls"
	}
	return (ext == ".txt" || ext == ".list" || ext == "") && path != "-"
}

// ReadURLList reads a file of URLs, one a line; blank lines and lines
// starting with # are skipped. Every other line that is not an http or
// https URL is a problem named "PATH:LINE". A file with no URL at all is
// a problem too.
func ReadURLList(path string) ([]string, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{&InputError{path, cleanPathErr(err)}}
	}
	defer f.Close()
	body, err := readLimited(f, maxURLList)
	if err != nil {
		return nil, []error{&InputError{path, err}}
	}
	return ParseURLList(path, body)
}

// ParseURLList reads body as ReadURLList reads a file named name.
func ParseURLList(name string, body []byte) ([]string, []error) {
	var urls []string
	var problems []error
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case IsURL(line):
			urls = append(urls, line)
		default:
			problems = append(problems, &InputError{fmt.Sprintf("%s:%d", name, n), fmt.Errorf("not an http or https URL: %q", clip(line, 80))})
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, &InputError{name, err})
	}
	if len(urls) == 0 && len(problems) == 0 {
		problems = append(problems, &InputError{name, errors.New("no URLs in the list")})
	}
	return urls, problems
}

// sniffURLListFile reads path as a list of URLs when it looks like one.
func sniffURLListFile(path string) ([]string, []error, bool) {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > sniffURLList {
		return nil, nil, false
	}
	body, err := os.ReadFile(path)
	if err != nil || !looksLikeURLList(body) {
		return nil, nil, false
	}
	urls, problems := ParseURLList(path, body)
	return urls, problems, true
}

// looksLikeURLList: the first line is a URL and at least half the lines
// are, blank and # lines aside. An article's text is never that.
func looksLikeURLList(body []byte) bool {
	lines, hits := 0, 0
	for _, l := range strings.Split(string(body), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		lines++
		if IsURL(l) {
			hits++
		} else if lines == 1 {
			return false
		}
	}
	return hits > 0 && hits*2 >= lines
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
