#!/usr/bin/env bash
# Retakes docs/screenshots/ from the built app under Xvfb, on a fresh store of the sample reports.
# Needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/shoot.sh" <<INNER
#!/usr/bin/env bash
export HOME="$work/home"
"$PWD/build/bin/unionboard" --db "$work/store.sqlite" &
pid=\$!
sleep 6
xdotool mousemove 300 155 click 1
sleep 1
import -window root -crop 1280x800+0+0 "$PWD/docs/screenshots/main-window.png"
kill \$pid
INNER
chmod +x "$work/shoot.sh"
mkdir -p docs/screenshots
xvfb-run -a -s "-screen 0 1400x900x24" "$work/shoot.sh"
echo "docs/screenshots/main-window.png"
