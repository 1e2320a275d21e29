#!/usr/bin/env bash
# Retakes docs/screenshots/ from the built app under Xvfb, on a fresh store of the sample reports.
# Needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick).
# Usage: scripts/screenshots.sh [SHOT...]   (year city compare figures export reports; all by default)
# UB_BUILD_DIR names the build tree (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${UB_BUILD_DIR:-build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
"$build/bin/unionboard-cli" import --db "$work/store.sqlite" data/reports > /dev/null

# shoot NAME [unionboard options…]: one screenshot of the window as it opens.
shoot() {
  local name=$1
  shift
  cat > "$work/shoot.sh" <<INNER
#!/usr/bin/env bash
export HOME="$work/home"
"$build/bin/unionboard" --db "$work/store.sqlite" $* &
pid=\$!
sleep 5
$([[ $name == figures ]] && echo 'xdotool mousemove 400 200 click 1; sleep 1')
$([[ $name == reports ]] && echo 'xdotool mousemove 300 118 click 1; sleep 1')
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
wanted reports && shoot reports --panel reports
