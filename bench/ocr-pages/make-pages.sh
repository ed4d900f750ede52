#!/usr/bin/env bash
# Makes real OCR test material: typesets a text as book pages (BookPages.java, exact truth per line), degrades the
# images as scans look (ImageMagick, seeded), and OCRs them with Tesseract to plain text, hOCR and ALTO.
#
#   bench/ocr-pages/make-pages.sh TEXT OUT [--seed N] [--severity F] [--lang tha+eng] [--no-ocr] [BookPages options...]
#
# --severity scales blur and noise (1: a fair scan; 2: a poor one, also at half resolution).
#
# TEXT: paragraphs separated by blank lines; "# Title" starts a chapter; [^N] marks a footnote whose text is a
# paragraph "[^N] text" (see BookPages.java). OUT gets, per page NNN:
#   clean/pNNN.png          the typeset page          truth: pNNN.truth.txt, truth.json (lines, kinds, boxes)
#   scan/pNNN.png           the degraded "scan"       ocr/pNNN.txt, ocr/pNNN.hocr, ocr/pNNN.xml (ALTO)
#   book-ff.txt             all pages' OCR text, pages separated by form feeds (as tesseract writes a book)
#   book-blank.txt          the same with pages separated by a blank line (as many OCR exports are)
# Example, the edited text of our sample as a 40-page book:
#   ./siglum witness samples/chapter-3.xml --wit ED | sed '1s/^/# /' > /tmp/ch3.txt
#   bench/ocr-pages/make-pages.sh /tmp/ch3.txt /tmp/book --book-title "ประวัติศาสตร์" --first-page 45 --thai-digits
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 2 ] || { sed -n "2,17p" "$0"; exit 2; }
text="$1"; out="$2"; shift 2
seed=1; lang="tha+eng"; ocr=1; severity=1; pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --lang) lang="$2"; shift 2 ;;
    --severity) severity="$2"; shift 2 ;;
    --no-ocr) ocr=0; shift ;;
    *) pass+=("$1"); shift ;;
  esac
done
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for tool in convert tesseract; do
  command -v "$tool" >/dev/null || { echo "make-pages: $tool is missing (scripts/environment.sh installs it)" >&2; exit 2; }
done
mkdir -p "$out/clean" "$out/scan" "$out/ocr"
"$java_bin" "$here/BookPages.java" --text "$text" --out "$out/clean" "${pass[@]}"
mv "$out/clean/truth.json" "$out/clean/truth.txt" "$out/"

# a deterministic pseudo-random number in [lo, hi) from the seed and the page
rnd() { awk -v s="$1" -v lo="$2" -v hi="$3" 'BEGIN { srand(s); printf "%.3f", lo + rand() * (hi - lo) }'; }

: > "$out/book-ff.txt"; : > "$out/book-blank.txt"
first=1
for png in "$out"/clean/p*.png; do
  name=$(basename "$png" .png)
  n=$((10#${name#p}))
  s=$((seed * 1000 + n))
  angle=$(rnd "$s" -0.6 0.6)
  blur=$(rnd "$((s + 1))" 0.3 0.9 | awk -v f="$severity" '{ printf "%.3f", $1 * f }')
  noise=$(rnd "$((s + 2))" 0.2 0.6 | awk -v f="$severity" '{ printf "%.3f", $1 * f }')
  # heavier scans also lose resolution (a cheap scanner, a photocopy of a copy)
  shrink=$(awk -v f="$severity" 'BEGIN { p = 100 / f; if (p > 100) p = 100; printf "%d", p }')
  gamma=$(rnd "$((s + 3))" 0.8 1.2)
  # a scan: slightly rotated, blurred, uneven ink (gamma), paper noise, a few specks
  # specks where dust was: a few dots at places that depend on the page
  sx1=$((n * 37 % 900 + 40)); sy1=$((n * 53 % 1200 + 40)); sx2=$((n * 71 % 900 + 60)); sy2=$((n * 29 % 1200 + 80))
  convert "$png" -fill black -draw "circle $sx1,$sy1 $((sx1 + 3)),$sy1" -draw "circle $sx2,$sy2 $((sx2 + 2)),$sy2" \
      -background white -rotate "$angle" -blur "0x$blur" -gamma "$gamma" \
      -resize "$shrink%" -resize "$(awk -v p="$shrink" 'BEGIN { printf "%.3f", 10000 / p }')%" \
      -seed "$s" -attenuate "$noise" +noise Gaussian -colorspace Gray -depth 8 "$out/scan/$name.png"
  if [ "$ocr" = 1 ]; then
    OMP_THREAD_LIMIT=1 tesseract "$out/scan/$name.png" "$out/ocr/$name" -l "$lang" --dpi 200 txt hocr alto \
        >/dev/null 2>&1
    [ -f "$out/ocr/$name.xml" ] || { echo "make-pages: tesseract wrote no ALTO for $name" >&2; exit 1; }
    page=$(sed -e 's/\f$//' "$out/ocr/$name.txt")
    printf '%s\f' "$page" >> "$out/book-ff.txt"
    if [ $first = 1 ]; then first=0; else printf '\n\n' >> "$out/book-blank.txt"; fi
    printf '%s' "$page" >> "$out/book-blank.txt"
  fi
done
printf '\n' >> "$out/book-blank.txt"
echo "make-pages: $(ls "$out"/clean/p*.png | wc -l) pages in $out" >&2
