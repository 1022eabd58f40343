# Helpers for the command-line tests (sourced, not a test).
#
# nurse_db FILE NAME PASSWORD: a new database FILE whose first account is
# the beheerder 'beheer' (password beheer-wachtwoord), with NAME as a
# jeugdverpleegkundige who has set PASSWORD herself, the way a team starts:
# `init` makes the beheerder, who adds the nurse with a temporary password
# that she changes at once.  Importing and exporting need a care role.
nurse_db() {
  GROEIPAD_PASSWORD=beheer-wachtwoord "$GP" init --db "$1" --user beheer --name "Bea Heer" \
    </dev/null >/dev/null || return 1
  GROEIPAD_PASSWORD=beheer-wachtwoord GROEIPAD_NEW_PASSWORD=tijdelijk-wachtwoord \
    "$GP" user add "$2" --role jeugdverpleegkundige --name "Demo Verpleegkundige" \
    --db "$1" --user beheer </dev/null >/dev/null || return 1
  GROEIPAD_PASSWORD=tijdelijk-wachtwoord GROEIPAD_NEW_PASSWORD="$3" \
    "$GP" user passwd "$2" --db "$1" --user "$2" </dev/null >/dev/null
}
