package org.piu.targeting.sample.people;

/** How a language forms a woman's surname from the man's: Ivanov → Ivanova, Kovalskyi → Kovalska. */
enum SurnameGender {
    /** Surnames do not change. */
    INVARIANT {
        @Override
        NameForm feminine(NameForm m) {
            return m;
        }
    },
    /** Russian, Kazakh: -ov, -ev, -in take -a (Иванов → Иванова). */
    SLAVIC {
        @Override
        NameForm feminine(NameForm m) {
            String u = m.mrz();
            if (u.endsWith("OV") || u.endsWith("EV") || u.endsWith("IN")) {
                return new NameForm(u + "A", m.nativeForm() + "а");
            }
            return m;
        }
    },
    /** Ukrainian: -skyi becomes -ska (Савицький → Савицька), -ov takes -a, -enko and -uk do not change. */
    UKRAINIAN {
        @Override
        NameForm feminine(NameForm m) {
            String u = m.mrz();
            if (u.endsWith("SKYI") && m.nativeForm().endsWith("ький")) {
                String n = m.nativeForm();
                return new NameForm(u.substring(0, u.length() - 2) + "A", n.substring(0, n.length() - 2) + "ка");
            }
            if (u.endsWith("OV")) {
                return new NameForm(u + "A", m.nativeForm() + "а");
            }
            return m;
        }
    },
    /** Azerbaijani (and Uzbek) patronymic surnames: -ov/-yev take -a in Latin script (Məmmədov → Məmmədova). */
    TURKIC_LATIN {
        @Override
        NameForm feminine(NameForm m) {
            String u = m.mrz();
            if (u.endsWith("OV") || u.endsWith("EV")) {
                return new NameForm(u + "A", m.nativeForm() + "a");
            }
            return m;
        }
    };

    abstract NameForm feminine(NameForm masculine);
}
