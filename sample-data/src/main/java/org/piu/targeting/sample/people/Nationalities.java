package org.piu.targeting.sample.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The nationalities of the sample population, with common names in passport romanization and in their own
 * spelling: Cyrillic for Russian, Ukrainian and Kazakh names, Azerbaijani and Turkish Latin with their letters,
 * Romanian with ș ț ă â î, Arabic script for Arab names, German umlauts. The MRZ forms follow ICAO 9303 as the
 * issuing states apply it (Сергей → SERGEI, Олександр → OLEKSANDR, Məmmədov → MAMMADOV, Müller → MUELLER).
 */
public final class Nationalities {

    private static final Nationalities STANDARD = build();

    private final Map<String, Nationality> byCode = new LinkedHashMap<>();

    private Nationalities() {}

    public static Nationalities standard() {
        return STANDARD;
    }

    public Nationality get(String code) {
        Nationality n = byCode.get(code);
        if (n == null) {
            throw new IllegalArgumentException(
                    "no sample names for nationality " + code + "; known: " + byCode.keySet());
        }
        return n;
    }

    public boolean has(String code) {
        return byCode.containsKey(code);
    }

    public List<Nationality> all() {
        return List.copyOf(byCode.values());
    }

    private static Nationalities build() {
        Nationalities n = new Nationalities();
        n.add(new Nationality(
                "MDA",
                forms("CIOBANU,ROTARU,RUSU,MUNTEANU,CEBAN,LUPU,SARBU=Sârbu,TURCAN=Țurcan,COZMA,BALAN=Bălan,"
                        + "BOTNARU,GUTU=Guțu,CATANA=Cătană,TABACARU,URSU,SPATARU=Spătaru,CAZACU,MELNIC,"
                        + "POSTOLACHI,CRETU=Crețu,BURLACU,CIORNEI,GRECU,PLESCA=Pleșca,TIMOFTI"),
                forms("ION,VASILE,ANDREI,MIHAI,NICOLAE,ALEXANDRU,STEFAN=Ștefan,DUMITRU,GHEORGHE,VICTOR,SERGIU,"
                        + "IURIE,CONSTANTIN,RADU,VIOREL,TUDOR"),
                forms("MARIA,ELENA,ANA,IOANA,NATALIA,TATIANA,CRISTINA,DOINA,MIHAELA,ANDREEA,LILIANA,OLGA,"
                        + "VIORICA,AURELIA,DANIELA"),
                SurnameGender.INVARIANT,
                "LLDDDDDDD",
                7,
                List.of("+37360", "+37367", "+37368", "+37369", "+37378", "+37379"),
                6,
                List.of("GMAIL.COM", "MAIL.RU", "YAHOO.COM", "MAIL.MD"),
                "MDL"));
        n.add(new Nationality(
                "ROU",
                forms("POPESCU,IONESCU,POPA,STANCIU,DUMITRESCU,GHEORGHIU,MOLDOVAN,CONSTANTINESCU,STAN,"
                        + "DINU,NEAGU,TANASE=Tănase,MUNTEANU,OPREA,VOICU,SERBAN=Șerban,BARBU,MATEI,NITU=Nițu,"
                        + "RADULESCU=Rădulescu"),
                forms("ANDREI,ALEXANDRU,MIHAI,STEFAN=Ștefan,IONUT=Ionuț,GHEORGHE,CONSTANTIN,COSMIN,RAZVAN=Răzvan,"
                        + "BOGDAN,CATALIN=Cătălin,FLORIN"),
                forms("IOANA,ANDREEA,ELENA,MARIA,ALEXANDRA,GABRIELA,ROXANA,DENISA,BIANCA,LACRAMIOARA=Lăcrămioara,"
                        + "STEFANIA=Ștefania,TEODORA"),
                SurnameGender.INVARIANT,
                "0DDDDDDDD",
                10,
                List.of("+4072", "+4073", "+4074", "+4075", "+4076"),
                7,
                List.of("YAHOO.COM", "GMAIL.COM", "YAHOO.RO"),
                "EUR"));
        n.add(new Nationality(
                "UKR",
                forms("SHEVCHENKO=Шевченко,KOVALENKO=Коваленко,BONDARENKO=Бондаренко,TKACHENKO=Ткаченко,"
                        + "KRAVCHENKO=Кравченко,OLIINYK=Олійник,SHEVCHUK=Шевчук,POLISHCHUK=Поліщук,"
                        + "KOVALCHUK=Ковальчук,BOIKO=Бойко,MELNYK=Мельник,LYSENKO=Лисенко,MARCHENKO=Марченко,"
                        + "RUDENKO=Руденко,SAVCHENKO=Савченко,PETRENKO=Петренко,KOVAL=Коваль,"
                        + "SYDORENKO=Сидоренко,TKACHUK=Ткачук,ZAKHARCHENKO=Захарченко,SAVYTSKYI=Савицький,"
                        + "HRYTSENKO=Гриценко"),
                forms("OLEKSANDR=Олександр,MYKOLA=Микола,SERHII=Сергій,ANDRII=Андрій,VOLODYMYR=Володимир,"
                        + "DMYTRO=Дмитро,YURII=Юрій,OLEH=Олег,TARAS=Тарас,VASYL=Василь,IHOR=Ігор,"
                        + "MYKHAILO=Михайло,BOHDAN=Богдан"),
                forms("OLENA=Олена,NATALIIA=Наталія,IRYNA=Ірина,OKSANA=Оксана,YULIIA=Юлія,TETIANA=Тетяна,"
                        + "KATERYNA=Катерина,SVITLANA=Світлана,HALYNA=Галина,ANASTASIIA=Анастасія,LIUDMYLA=Людмила"),
                SurnameGender.UKRAINIAN,
                "LLDDDDDD",
                10,
                List.of("+38050", "+38063", "+38067", "+38068", "+38093", "+38097"),
                7,
                List.of("UKR.NET", "GMAIL.COM", "I.UA"),
                "EUR"));
        n.add(new Nationality(
                "RUS",
                forms("IVANOV=Иванов,SMIRNOV=Смирнов,KUZNETSOV=Кузнецов,POPOV=Попов,VASILEV=Васильев,"
                        + "PETROV=Петров,SOKOLOV=Соколов,MIKHAILOV=Михайлов,NOVIKOV=Новиков,FEDOROV=Фёдоров,"
                        + "MOROZOV=Морозов,VOLKOV=Волков,ALEKSEEV=Алексеев,LEBEDEV=Лебедев,SEMENOV=Семёнов,"
                        + "EGOROV=Егоров,PAVLOV=Павлов,KOZLOV=Козлов,STEPANOV=Степанов,NIKOLAEV=Николаев,"
                        + "ORLOV=Орлов,ZAITSEV=Зайцев,BELOV=Белов,ILIN=Ильин"),
                forms("ALEKSANDR=Александр,SERGEI=Сергей,DMITRII=Дмитрий,ANDREI=Андрей,ALEKSEI=Алексей,"
                        + "MAKSIM=Максим,EVGENII=Евгений,IVAN=Иван,MIKHAIL=Михаил,NIKOLAI=Николай,"
                        + "VLADIMIR=Владимир,IGOR=Игорь,ARTEM=Артём,PAVEL=Павел,YURII=Юрий"),
                forms("ELENA=Елена,OLGA=Ольга,NATALIA=Наталья,TATIANA=Татьяна,IRINA=Ирина,SVETLANA=Светлана,"
                        + "ANNA=Анна,MARIIA=Мария,IULIIA=Юлия,EKATERINA=Екатерина,ANASTASIIA=Анастасия,DARIA=Дарья"),
                SurnameGender.SLAVIC,
                "7DDDDDDDD",
                10,
                List.of("+7903", "+7916", "+7926", "+7985", "+7999", "+7910"),
                7,
                List.of("MAIL.RU", "YANDEX.RU", "GMAIL.COM", "BK.RU"),
                "EUR"));
        n.add(new Nationality(
                "AZE",
                forms("MAMMADOV=Məmmədov,ALIYEV=Əliyev,HASANOV=Həsənov,HUSEYNOV=Hüseynov,GULIYEV=Quliyev,"
                        + "ISMAYILOV=İsmayılov,ABDULLAYEV=Abdullayev,BABAYEV=Babayev,JAFAROV=Cəfərov,RZAYEV=Rzayev,"
                        + "MUSAYEV=Musayev,SULEYMANOV=Süleymanov,ORUJOV=Orucov,NAGIYEV=Nağıyev,QASIMOV=Qasımov,"
                        + "AGHAYEV=Ağayev,VALIYEV=Vəliyev,KARIMOV=Kərimov,SADIGOV=Sadıqov,HAJIYEV=Hacıyev,"
                        + "NABIYEV=Nəbiyev,SHIRINOV=Şirinov"),
                forms("ELNUR,RASHAD=Rəşad,ORKHAN=Orxan,TURAL,ELCHIN=Elçin,FARID=Fərid,VUGAR=Vüqar,KAMRAN,RAMIL,"
                        + "ANAR,SAMIR,EMIN,ILHAM=İlham,MURAD,NIJAT=Nicat,TOGRUL=Toğrul"),
                forms("AYNUR,GUNEL=Günel,LEYLA,NARGIZ=Nərgiz,SEVINJ=Sevinc,KONUL=Könül,AYGUN=Aygün,NIGAR,"
                        + "ULVIYYA=Ülviyyə,SHAHLA=Şəhla,FIDAN,AYSEL,GULNAR=Gülnar"),
                SurnameGender.TURKIC_LATIN,
                "C0DDDDDDD",
                10,
                List.of("+99450", "+99451", "+99455", "+99470", "+99477", "+99499"),
                7,
                List.of("GMAIL.COM", "MAIL.RU", "BOX.AZ", "YAHOO.COM"),
                "AZN"));
        n.add(new Nationality(
                "TUR",
                forms("YILMAZ,KAYA,DEMIR,SAHIN=Şahin,CELIK=Çelik,YILDIZ=Yıldız,YILDIRIM=Yıldırım,OZTURK=Öztürk,"
                        + "AYDIN,OZDEMIR=Özdemir,ARSLAN,DOGAN=Doğan,KILIC=Kılıç,ASLAN,CETIN=Çetin,KOC=Koç,KURT,"
                        + "OZKAN=Özkan,SIMSEK=Şimşek,POLAT"),
                forms("MEHMET,MUSTAFA,AHMET,ALI,HUSEYIN=Hüseyin,HASAN,IBRAHIM=İbrahim,EMRE,BURAK,MURAT,OMER=Ömer,"
                        + "YUSUF,KEMAL,CAN"),
                forms("AYSE=Ayşe,FATMA,EMINE,ZEYNEP,ELIF,HATICE=Hatice,MERVE,OZLEM=Özlem,BUSRA=Büşra,ESRA,"
                        + "SULTAN,GULSEN=Gülşen"),
                SurnameGender.INVARIANT,
                "UDDDDDDDD",
                10,
                List.of("+90532", "+90533", "+90542", "+90555", "+90505", "+90544"),
                7,
                List.of("GMAIL.COM", "HOTMAIL.COM", "YANDEX.COM.TR"),
                "TRY"));
        n.add(new Nationality(
                "GEO",
                forms("BERIDZE,KAPANADZE,GELASHVILI,MAISURADZE,GIORGADZE,LOMIDZE,TSIKLAURI,KVARATSKHELIA,"
                        + "BOLKVADZE,NOZADZE,KHUTSISHVILI,SHENGELIA,JAPARIDZE,MIKELADZE"),
                forms("GIORGI,DAVIT,LEVAN,NIKA,IRAKLI,ZURAB,GOGA,LASHA,LUKA,TORNIKE,GURAM"),
                forms("NINO,MARIAM,TAMAR,ANA,ELENE,NATIA,KETEVAN,SALOME,EKA,MAIA"),
                SurnameGender.INVARIANT,
                "DDLLDDDDD",
                10,
                List.of("+995555", "+995577", "+995599", "+995591"),
                6,
                List.of("GMAIL.COM", "YAHOO.COM", "MAIL.RU"),
                "EUR"));
        n.add(new Nationality(
                "JOR",
                forms("ALRASHID=الرشيد,HASSAN=حسن,KHALIL=خليل,ABDULLAH=عبد الله,HADDAD=حداد,MANSOUR=منصور,"
                        + "NASSER=ناصر,SALEH=صالح,YOUSEF=يوسف,IBRAHIM=إبراهيم,ALAHMAD=الأحمد,OMAR=عمر,"
                        + "ALMASRI=المصري,ALKHATIB=الخطيب,QASSEM=قاسم,HAMDAN=حمدان"),
                forms("MOHAMMED=محمد,AHMED=أحمد,ALI=علي,OMAR=عمر,KHALED=خالد,YOUSSEF=يوسف,HASSAN=حسن,"
                        + "IBRAHIM=إبراهيم,MAHMOUD=محمود,SAMI=سامي,TAREK=طارق,KARIM=كريم,FAISAL=فيصل"),
                forms("FATIMA=فاطمة,AISHA=عائشة,MARYAM=مريم,LAYLA=ليلى,NOUR=نور,SARA=سارة,HUDA=هدى,"
                        + "RANIA=رانيا,AMAL=أمل,ZAINAB=زينب,DINA=دينا"),
                SurnameGender.INVARIANT,
                "LDDDDDDD",
                5,
                List.of("+96277", "+96278", "+96279"),
                7,
                List.of("GMAIL.COM", "HOTMAIL.COM", "YAHOO.COM"),
                "USD"));
        n.add(new Nationality(
                "DEU",
                forms("MUELLER=Müller,SCHMIDT,SCHNEIDER,FISCHER,WEBER,MEYER,WAGNER,BECKER,SCHULZ,HOFFMANN,KOCH,"
                        + "RICHTER,KLEIN,WOLF,SCHROEDER=Schröder,NEUMANN,SCHWARZ,KRUEGER=Krüger,BRAUN,ZIMMERMANN"),
                forms("LUKAS,JONAS,MAXIMILIAN,FELIX,PAUL,STEFAN,MICHAEL,THOMAS,JUERGEN=Jürgen,ANDREAS,MARKUS,TOBIAS"),
                forms("ANNA,LENA,JULIA,KATHARINA,SABINE,MONIKA,LAURA,SOPHIE,CHRISTINA,BAERBEL=Bärbel,JANA"),
                SurnameGender.INVARIANT,
                "CAAAAAAAA",
                10,
                List.of("+49151", "+49160", "+49170", "+49176", "+49157"),
                8,
                List.of("GMX.DE", "WEB.DE", "T-ONLINE.DE", "GMAIL.COM"),
                "EUR"));
        n.add(new Nationality(
                "ISR",
                forms("COHEN,LEVI,MIZRAHI,PERETZ,BITON,DAHAN,AVRAHAM,FRIEDMAN,AZOULAY,KATZ,GOLDBERG,SHAPIRO,"
                        + "ROSENBERG,BENDAVID=Ben David"),
                forms("DAVID,YOSEF,MOSHE,DANIEL,ARIEL,NOAM,ITAI,EYAL,AMIT,YONATAN,OMER"),
                forms("NOA,SHIRA,TAMAR,MAYA,YAEL,MICHAL,ADI,RONIT,LIOR,HILA"),
                SurnameGender.INVARIANT,
                "DDDDDDDD",
                10,
                List.of("+97250", "+97252", "+97253", "+97254"),
                7,
                List.of("GMAIL.COM", "WALLA.CO.IL", "HOTMAIL.COM"),
                "USD"));
        n.add(new Nationality(
                "GBR",
                forms("SMITH,JONES,TAYLOR,BROWN,WILLIAMS,WILSON,JOHNSON,DAVIES,ROBINSON,WRIGHT,THOMPSON,EVANS,"
                        + "WALKER,WHITE,ROBERTS,GREEN,HALL,WOOD,OBRIEN=O'Brien"),
                forms("JAMES,OLIVER,HARRY,THOMAS,GEORGE,WILLIAM,JACK,DANIEL,MATTHEW,ROBERT,CHARLES"),
                forms("EMMA,OLIVIA,SOPHIE,CHARLOTTE,EMILY,JESSICA,LUCY,HANNAH,AMELIA,GRACE"),
                SurnameGender.INVARIANT,
                "5DDDDDDDD",
                10,
                List.of("+4477", "+4478", "+4479", "+4475"),
                8,
                List.of("GMAIL.COM", "OUTLOOK.COM", "BTINTERNET.COM", "YAHOO.CO.UK"),
                "GBP"));
        n.add(new Nationality(
                "KAZ",
                forms("NURPEISOV=Нурпеисов,AKHMETOV=Ахметов,ZHUMABAEV=Жумабаев,SULEIMENOV=Сулейменов,"
                        + "ABENOV=Абенов,BEKOV=Беков,ISKAKOV=Искаков,OMAROV=Омаров,KASYMOV=Касымов,"
                        + "TOKTAROV=Токтаров,SEITKALI=Сейткали"),
                forms("NURLAN=Нурлан,ASKAR=Аскар,YERLAN=Ерлан,DAULET=Даулет,ARMAN=Арман,SERIK=Серик,"
                        + "TIMUR=Тимур,BAUYRZHAN=Бауыржан,RUSLAN=Руслан"),
                forms("AIGERIM=Айгерим,DANA=Дана,ZHANAR=Жанар,ASEL=Асель,AINUR=Айнур,MADINA=Мадина,"
                        + "GULNARA=Гульнара,SAULE=Сауле"),
                SurnameGender.SLAVIC,
                "NDDDDDDDD",
                10,
                List.of("+7701", "+7702", "+7705", "+7707", "+7747"),
                7,
                List.of("MAIL.RU", "GMAIL.COM", "INBOX.RU"),
                "USD"));
        n.add(new Nationality(
                "UZB",
                forms("KARIMOV,YUSUPOV,RAKHIMOV,TOSHMATOV,ERGASHEV,NAZAROV,SAIDOV,ABDULLAEV,MIRZAEV,XOLMATOV"),
                forms("BEKZOD,JAMSHID,SARDOR,OTABEK,RUSTAM,SHERZOD,AZIZ,DILSHOD,ULUGBEK"),
                forms("DILNOZA,GULNORA,NILUFAR,MALIKA,SHAHNOZA,ZARINA,MADINA,FERUZA"),
                SurnameGender.TURKIC_LATIN,
                "LLDDDDDDD",
                10,
                List.of("+99890", "+99891", "+99893", "+99897"),
                7,
                List.of("MAIL.RU", "GMAIL.COM"),
                "USD"));
        n.add(new Nationality(
                "ITA",
                forms("ROSSI,RUSSO,FERRARI,ESPOSITO,BIANCHI,ROMANO,COLOMBO,RICCI,MARINO,GRECO,BRUNO,GALLO,"
                        + "CONTI,DELUCA=De Luca,COSTA"),
                forms("FRANCESCO,ALESSANDRO,ANDREA,LORENZO,MATTEO,MARCO,LUCA,GIUSEPPE,NICOLA=Nicola,PAOLO"),
                forms("GIULIA,SOFIA,MARTINA,CHIARA,FRANCESCA,ALESSIA,SARA,VALENTINA,ELISA"),
                SurnameGender.INVARIANT,
                "LLDDDDDDD",
                10,
                List.of("+39320", "+39333", "+39347", "+39348"),
                7,
                List.of("LIBERO.IT", "GMAIL.COM", "VIRGILIO.IT"),
                "EUR"));
        return n;
    }

    private void add(Nationality nationality) {
        byCode.put(nationality.code(), nationality);
    }

    /** "MRZ=Native,MRZ2" → forms; without "=" the native spelling is the MRZ name in title case. */
    private static List<NameForm> forms(String spec) {
        List<NameForm> out = new ArrayList<>();
        for (String item : spec.split(",")) {
            int eq = item.indexOf('=');
            String mrz = eq < 0 ? item : item.substring(0, eq);
            String nat = eq < 0 ? titleCase(mrz) : item.substring(eq + 1);
            out.add(new NameForm(mrz.strip(), nat.strip()));
        }
        return List.copyOf(out);
    }

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return sb.toString();
    }
}
