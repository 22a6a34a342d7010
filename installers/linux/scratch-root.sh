#!/usr/bin/env bash
# Sourced by check-rpm.sh and check-upgrade.sh: a scratch root folder that rpm --root and dpkg --root
# install into, with just enough inside for a package's scripts to run there as on a real machine:
# a shell and the usual tools (a static busybox, and an install like coreutils'), /dev/null, and an
# xdg-desktop-menu that does what the real one does with a menu entry and logs each call to
# /var/log/xdg-desktop-menu.log. The package manager itself (rpm -q, dpkg -S) is not inside.
# Needs root (the scripts run chrooted) and busybox-static; dpkg and rpm for the packages themselves.

# make_root DIR [with-xdg|without-xdg]
make_root() {
  local root=$1 xdg=${2:-with-xdg}
  mkdir -p "$root"/{bin,sbin,dev,usr/bin,usr/sbin,usr/share/applications,tmp,var/tmp,var/log,etc}
  mkdir -p "$root"/var/lib/dpkg/{info,updates}
  touch "$root/var/lib/dpkg/status"
  mknod -m 666 "$root/dev/null" c 1 3
  cp "$(command -v busybox)" "$root/bin/busybox"
  local tool
  for tool in sh awk basename cat chmod cp diff dirname echo grep ln ls mkdir mktemp mv rm sed sort \
      test tr wc find env true false; do
    ln -sf busybox "$root/bin/$tool"
  done
  # dpkg looks for these two in the root before it runs anything there.
  ln -sf ../bin/busybox "$root/sbin/start-stop-daemon"
  printf '#!/bin/sh\nexit 0\n' > "$root/sbin/ldconfig"
  # coreutils' install, as far as the packages' scripts use it (install -D -m MODE FROM TO).
  cat > "$root/usr/bin/install" <<'EOF'
#!/bin/sh
mode=755
while [ $# -gt 2 ]; do
  case "$1" in
    -D) shift ;;
    -m) mode=$2; shift 2 ;;
    *) break ;;
  esac
done
mkdir -p "$(dirname "$2")" && cp "$1" "$2" && chmod "$mode" "$2"
EOF
  chmod 755 "$root/sbin/ldconfig" "$root/usr/bin/install"
  if [ "$xdg" = with-xdg ]; then
    cat > "$root/usr/bin/xdg-desktop-menu" <<'EOF'
#!/bin/sh
echo "$*" >> /var/log/xdg-desktop-menu.log
action=$1
shift
for arg; do
  case "$arg" in
    --*) ;;
    *) case "$action" in
         install) cp "$arg" /usr/share/applications/ ;;
         uninstall) rm -f "/usr/share/applications/$(basename "$arg")" ;;
       esac ;;
  esac
done
EOF
    chmod 755 "$root/usr/bin/xdg-desktop-menu"
  fi
}
