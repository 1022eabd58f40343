#!/bin/sh
# Runs a program under valgrind's memcheck for `make valgrind`: any memory
# error or definite leak makes it exit 99 (and say why on stderr), which
# every test notices.  Usage: tests/valgrind.sh PROGRAM [ARGS...]
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
	--errors-for-leak-kinds=definite --track-origins=no "$@"
