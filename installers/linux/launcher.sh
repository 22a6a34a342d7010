#!/bin/sh
# The Linux launcher: bin/NAME starts the image's runtime with lib/app/NAME.cfg, the file jpackage's
# launcher reads. jpackage's own launcher asks rpm and dpkg which package owns it before every start
# (LinuxPackage.c), which costs 0.1-0.5 s of each window and each CLI command; this one asks nobody.
# It reads what jpackage writes: app.mainmodule, or app.mainclass with app.classpath, java-options with
# $APPDIR, $BINDIR and $ROOTDIR, and arguments=, used when the command line has none.
# The runtime's java is named reading-list there, so the process is reading-list in ps and top.
# installers/linux/own-launcher.sh puts it in the image.
self=$(readlink -f "$0") || exit 1
BINDIR=${self%/*}
ROOTDIR=${BINDIR%/*}
APPDIR=$ROOTDIR/lib/app
cfg=$APPDIR/${self##*/}.cfg
if [ ! -r "$cfg" ]; then
    echo "${self##*/}: cannot read $cfg; reinstall Reading List" >&2
    exit 1
fi

# shellcheck disable=SC2016 # the names are matched, not expanded
expand() {
    rest=$1 out=
    while :; do
        case $rest in
            *'$APPDIR'* | *'$BINDIR'* | *'$ROOTDIR'*) ;;
            *) break ;;
        esac
        before=${rest%%\$*}
        rest=${rest#"$before"}
        case $rest in
            '$APPDIR'*) out=$out$before$APPDIR rest=${rest#\$APPDIR} ;;
            '$BINDIR'*) out=$out$before$BINDIR rest=${rest#\$BINDIR} ;;
            '$ROOTDIR'*) out=$out$before$ROOTDIR rest=${rest#\$ROOTDIR} ;;
            *) out=$out$before\$ rest=${rest#\$} ;;
        esac
    done
    expanded=$out$rest
}

# POSIX sh has one array, "$@": the options go after the user's arguments, which then move to the end.
given=$#
main='' classpath=''
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.mainmodule=*) expand "${line#*=}"; main="-m $expanded" ;;
        app.mainclass=*) expand "${line#*=}"; main=$expanded ;;
        app.classpath=*) expand "${line#*=}"; classpath=${classpath:+$classpath:}$expanded ;;
        java-options=*) expand "${line#*=}"; set -- "$@" "$expanded" ;;
    esac
done < "$cfg"
set -- "$@" "-Djpackage.app-path=$self"
[ -n "$classpath" ] && set -- "$@" -cp "$classpath"
# shellcheck disable=SC2086 # "-m module/class" is two words; a class name has no spaces
set -- "$@" $main
if [ "$given" -eq 0 ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            arguments=*) expand "${line#*=}"; set -- "$@" "$expanded" ;;
        esac
    done < "$cfg"
fi
while [ "$given" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    given=$((given - 1))
done
exec "$ROOTDIR/lib/runtime/bin/reading-list" "$@"
