# Sourced by ./siglum and ./run-tests: selects a JDK (17 or newer) and Maven, and installs with apt-get what a
# fresh Debian 12 machine lacks. Nothing here is needed twice: each step checks first.

siglum_log() { printf 'siglum: %s\n' "$*" >&2; }

# apt packages, by purpose
SIGLUM_APT_BUILD="openjdk-17-jdk-headless maven"
# the workbench window: GTK for SWT, Thai fonts, an X server for headless runs and tests
SIGLUM_APT_UI="libgtk-3-0 adwaita-icon-theme xvfb xauth fonts-thai-tlwg"
# the web preview: SWT's Browser on GTK is WebKitGTK (SWT 3.132 loads the 4.1 API)
SIGLUM_APT_UI="$SIGLUM_APT_UI libwebkit2gtk-4.1-0"
# OCR readings keep the foreign scripts OCR made of Thai letters (Bengali in the sample): a font to show them
SIGLUM_APT_UI="$SIGLUM_APT_UI fonts-lohit-beng-bengali"
# the print edition: a font for every script of real editions (Arabic, Hebrew, Syriac, Devanagari, Bengali, Greek...),
# and DejaVu Serif, which the print edition requires beside Norasi (decision 0040)
# Korean (Hangul): Nanum Myeongjo, a serif; Chinese and Japanese: Droid Sans Fallback; both TrueType files (Noto CJK
# comes only as font collections, which the print edition's font chain does not read)
SIGLUM_APT_UI="$SIGLUM_APT_UI fonts-noto-core fonts-dejavu-core fonts-nanum fonts-droid-fallback"
# the suspects' Thai lexicon (hunspell-th's word list)
SIGLUM_APT_UI="$SIGLUM_APT_UI hunspell-th"
# tests that look at what users see: PDF text and pages, screenshots
SIGLUM_APT_TEST="fonts-thai-tlwg fonts-dejavu-core poppler-utils imagemagick x11-apps chromium chromium-driver"
# the LaTeX export is compiled in its test: XeLaTeX, reledmac (texlive-humanities), Thai (texlive-lang-other)
SIGLUM_APT_TEST="$SIGLUM_APT_TEST texlive-xetex texlive-humanities texlive-lang-other"
# every script of real editions in the LaTeX export: bidi for Arabic, Hebrew, Syriac (texlive-lang-arabic); Noto for
# Arabic, Hebrew, Syriac, Devanagari, Bengali, Greek; CJK; Junicode for the MUFI private-use letters
SIGLUM_APT_TEST="$SIGLUM_APT_TEST texlive-lang-arabic fonts-noto-core fonts-wqy-microhei fonts-junicode"
# OCR test material made in bench/ocr-pages: Tesseract with Thai
SIGLUM_APT_TEST="$SIGLUM_APT_TEST tesseract-ocr tesseract-ocr-tha"

siglum_missing_packages() {
  local missing=""
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  printf '%s' "$missing"
}

siglum_apt_install() {
  local missing
  missing=$(siglum_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    siglum_log "please install:$missing (no apt-get here)"
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      siglum_log "please install as root: apt-get install$missing"; return 1
    fi
  fi
  siglum_log "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null 2>&1 || $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

siglum_java_version() {
  "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9.]*\).*/\1/p' | sed 's/^1\.\([0-9]*\).*/1/; s/^\([0-9]*\).*/\1/'
}

# Picks JAVA_HOME: the user's if it is a JDK 17+, else Debian's 17, else any JDK 17+ under /usr/lib/jvm.
siglum_select_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v; v=$(siglum_java_version "$JAVA_HOME/bin/java")
    if [ "${v:-0}" -ge 17 ] 2>/dev/null; then export JAVA_HOME; return 0; fi
  fi
  for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ]; then
      local v; v=$(siglum_java_version "$candidate/bin/java")
      if [ "${v:-0}" -ge 17 ] 2>/dev/null; then export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
    fi
  done
  siglum_apt_install openjdk-17-jdk-headless || return 1
  siglum_select_java_after_install
}

siglum_select_java_after_install() {
  for candidate in /usr/lib/jvm/java-17-openjdk-*; do
    if [ -x "$candidate/bin/javac" ]; then export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
  done
  siglum_log "no JDK 17 or newer found; set JAVA_HOME"
  return 1
}

siglum_select_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    siglum_apt_install maven || return 1
  fi
}

siglum_prepare_build() {
  siglum_select_java && siglum_select_maven
}
