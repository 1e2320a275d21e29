#!/usr/bin/env bash
# Retakes docs/screenshots/ from the built app under Xvfb, on a fresh store of the sample reports.
# Needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick).
# Usage: scripts/screenshots.sh [SHOT...]   (year city compare figures export reports viewer; all by default)
# UB_BUILD_DIR names the build tree (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${UB_BUILD_DIR:-build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
export USER=王芳 # the importer the Reports panel names
"$build/bin/unionboard-cli" import --db "$work/store.sqlite" data/reports > /dev/null

# The other kinds of report staff have, made from the sample reports' own text: a Word file, a
# saved GBK web page with a site's menus and footer, and a scan (an image-only PDF, recognised).
make_other_reports() {
  python3 - "$work" <<'PY'
import html, sys, zipfile
work = sys.argv[1]
lines = [l for l in open("data/reports/001_fc7e5e8cc932391c.txt", encoding="utf-8").read().split("\n") if l.strip()]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
body = "".join(f"<w:p><w:r><w:t>{html.escape(l)}</w:t></w:r></w:p>" for l in lines[:40])
with zipfile.ZipFile(f"{work}/省总工会2021年第一季度工作例会发言摘编.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
news = [l for l in open("data/reports/003_14b49cb9101b73d6.txt", encoding="utf-8").read().split("\n") if l.strip()][:80]
page = ('<html><head><meta charset="gbk"><title>西安市总工会开展职工技能大赛 - 陕西工人报</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> 访问量：1234567</div>'
        '<div class="article"><h1>西安市总工会开展职工技能大赛</h1><div class="info">2021-05-12 09:30 来源：陕西工人报</div>'
        + "".join(f"<p>{html.escape(l)}</p>" for l in news) +
        '</div><div class="footer">陕ICP备05012345号 电话：029-87341234 2012-2024</div></body></html>')
open(f"{work}/西安职工技能大赛.html", "wb").write(page.encode("gbk", "replace"))
# A printed page: body text at 12 pt, 40 characters a line, as much as fits on A4.
wrapped = [paragraph[i:i + 40] for paragraph in lines[40:] for i in range(0, len(paragraph), 40)]
open(f"{work}/scan.txt", "w", encoding="utf-8").write("\n".join(wrapped[:44]))
PY
  # The scan: the text drawn at 300 dpi, as JPEG in a one-page PDF (ImageMagick may not write PDF).
  convert -size 2480x3508 xc:white -font Noto-Sans-CJK-SC -density 300 -pointsize 12 -fill black \
    -annotate +180+260 "$(cat "$work/scan.txt")" -colorspace Gray -quality 85 "$work/scan.jpg"
  python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
jpeg = open(f"{work}/scan.jpg", "rb").read()
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
           b"<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(jpeg) + jpeg + b"\nendstream",
           b"<< /Length 35 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream"]
out, offsets = bytearray(b"%PDF-1.4\n"), []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(f"{work}/工作例会发言摘编（续，扫描件）.pdf", "wb").write(bytes(out))
PY
  "$build/bin/unionboard-cli" import --db "$work/store.sqlite" "$work"/*.docx "$work"/*.pdf > /dev/null
  "$build/bin/unionboard-cli" import --db "$work/store.sqlite" --year 2021 --region 西安 "$work"/*.html > /dev/null
}

# shoot NAME [unionboard options…]: one screenshot of the window as it opens (on shot_db).
shot_db=$work/store.sqlite
shoot() {
  local name=$1
  shift
  cat > "$work/shoot.sh" <<INNER
#!/usr/bin/env bash
export HOME="$work/home"
"$build/bin/unionboard" --db "$shot_db" $* &
pid=\$!
sleep 5
$([[ $name == figures ]] && echo 'xdotool mousemove 400 200 click 1; sleep 1')
$([[ $name == reports || $name == viewer ]] && echo 'xdotool mousemove 300 118 click 1; sleep 1')
$([[ $name == viewer ]] && echo 'xdotool mousemove 130 740 sleep 0.3 mousemove 140 746; sleep 2')
$([[ $name == export ]] && echo 'xdotool mousemove 700 300 click 1; sleep 0.5; xdotool key ctrl+e; sleep 4')
import -window root -crop 1280x800+0+0 "$PWD/docs/screenshots/$name.png"
kill \$pid
INNER
  chmod +x "$work/shoot.sh"
  xvfb-run -a -s "-screen 0 1400x900x24" "$work/shoot.sh" 2> /dev/null
  echo "docs/screenshots/$name.png"
}

# wanted NAME: true when NAME is to be taken (every shot when none was named).
wanted() {
  [[ ${#shots[@]} -eq 0 || " ${shots[*]} " == *" $1 "* ]]
}
shots=("$@")

wanted year && shoot year --panel year
wanted city && shoot city --panel city --city 延安市
wanted compare && shoot compare --panel compare
wanted figures && shoot figures --panel figures
wanted export && shoot export --panel compare
# A viewer's window on a shared server (#18): a throwaway PostgreSQL server holding the sample
# reports, imported by the editor 李娜, where the login 王芳 has the viewer role; the Reports
# panel with a report selected,
# what a viewer may not do greyed (a tool tip naming the role it needs), the role in the status bar.
if wanted viewer; then
  source scripts/postgres.sh
  start_test_postgres > /dev/null
  trap 'stop_test_postgres; rm -rf "$work"' EXIT
  server="127.0.0.1:$UB_PG_PORT"
  psql -q -h 127.0.0.1 -p "$UB_PG_PORT" -U postgres -d postgres \
    -c 'CREATE DATABASE unionboard' -c 'CREATE ROLE "王芳" LOGIN' -c 'CREATE ROLE "李娜" LOGIN'
  owner="postgresql://postgres@$server/unionboard"
  "$build/bin/unionboard-cli" grant --db "$owner" --user 李娜 --role editor > /dev/null # migrates the new store
  "$build/bin/unionboard-cli" grant --db "$owner" --user 王芳 --role viewer > /dev/null
  "$build/bin/unionboard-cli" import --db "postgresql://%E6%9D%8E%E5%A8%9C@$server/unionboard" data/reports > /dev/null
  shot_db="postgresql://%E7%8E%8B%E8%8A%B3@$server/unionboard"
  shoot viewer --panel reports
  shot_db=$work/store.sqlite
fi
# Last: the other kinds of report would change the other shots' numbers.
if wanted reports; then
  make_other_reports
  shoot reports --panel reports
fi
