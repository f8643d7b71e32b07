#!/usr/bin/env python3
"""Generates dev-watchlist.csv and dev-queries.csv (deterministic, seed 20261122).

Persons are invented. Each is listed the way lists write them (native script, diacritics, patronymics, Arabic
script, aliases) and is screened the way passports and PNRs write them (MRZ/ICAO romanization, other national
romanizations, cognate given names, order swaps, PNR and "SURNAME, Given" layouts, typos, missing patronymics),
with date-of-birth noise (exact, year only, swapped day/month, one digit, missing). Negatives are other people
who share a surname or given name, or namesakes with a different date of birth.
Run: python3 make_dev_set.py  (rewrites both CSV files next to it).
"""
import csv, random, os

R = random.Random(20261122)
HERE = os.path.dirname(os.path.abspath(__file__))

# id-prefix, gender, nationality, list names (primary|aliases), passport/other spellings (surname first or given first)
P = [
 # Moldova
 ("MD", "M", "MDA", "Ion Ciobanu|Чобану Ион", ["CIOBANU ION", "ION CIOBANU", "IOAN CIOBANU", "IVAN CHOBANU"]),
 ("MD", "M", "MDA", "Ștefan Țurcanu|Штефан Цуркану", ["TURCANU STEFAN", "TSURCANU STEFAN", "STEFAN TURCANU", "SHTEFAN TSURKANU"]),
 ("MD", "M", "MDA", "Vasile Rotaru|Василий Ротару", ["ROTARU VASILE", "VASILII ROTARU", "VASILY ROTARU"]),
 ("MD", "M", "MDA", "Gheorghe Munteanu|Георгий Мунтяну", ["MUNTEANU GHEORGHE", "GEORGE MUNTEANU", "GHEORGHE MUNTIANU", "GEORGII MUNTIANU"]),
 ("MD", "M", "MDA", "Nicolae Cebotari|Николай Чеботарь", ["CEBOTARI NICOLAE", "NIKOLAI CHEBOTAR", "NICOLAI CEBOTARI", "MYKOLA CHEBOTAR"]),
 ("MD", "M", "MDA", "Andrei Ceban|Андрей Чебан", ["CEBAN ANDREI", "ANDREI CHEBAN", "ANDREY CHEBAN"]),
 ("MD", "M", "MDA", "Alexandru Guțu|Александр Гуцу", ["GUTU ALEXANDRU", "ALEKSANDR GUTSU", "ALEXANDER GUTU", "ALEXANDRU GUTSU"]),
 ("MD", "M", "MDA", "Sergiu Cojocaru|Сергей Кожокару", ["COJOCARU SERGIU", "SERGEI KOZHOKARU", "SERGHEI COJOCARU"]),
 ("MD", "M", "MDA", "Veaceslav Platon|Вячеслав Платон", ["PLATON VEACESLAV", "VIACHESLAV PLATON", "VYACHESLAV PLATON"]),
 ("MD", "M", "MDA", "Oleg Sîrbu|Олег Сырбу", ["SIRBU OLEG", "OLEG SYRBU", "OLEG SARBU"]),
 ("MD", "F", "MDA", "Natalia Moraru|Наталья Морару", ["MORARU NATALIA", "NATALYA MORARU", "NATALIIA MORARU"]),
 ("MD", "F", "MDA", "Maria Lungu|Мария Лунгу", ["LUNGU MARIA", "MARIIA LUNGU", "MARIYA LUNGU"]),
 ("MD", "M", "MDA", "Vitalie Cazacu|Виталий Казаку", ["CAZACU VITALIE", "VITALII KAZAKU", "VITALY KAZAKU"]),
 ("MD", "M", "MDA", "Dumitru Bălan", ["BALAN DUMITRU", "DMITRII BALAN", "DUMITRU BALAN"]),
 ("MD", "M", "MDA", "Petru Crăciun", ["CRACIUN PETRU", "PETR KRACIUN", "PETRU CRACIUN"]),
 ("MD", "F", "MDA", "Elena Grosu|Елена Гросу", ["GROSU ELENA", "YELENA GROSU", "OLENA GROSU"]),
 ("MD", "M", "MDA", "Victor Rață", ["RATA VICTOR", "VIKTOR RATSA", "VICTOR RATSA"]),
 ("MD", "M", "MDA", "Iurie Leancă|Юрий Лянкэ", ["LEANCA IURIE", "YURIY LEANKA", "IURIE LEANCA"]),
 ("MD", "F", "MDA", "Ecaterina Ungureanu", ["UNGUREANU ECATERINA", "EKATERINA UNGUREANU", "KATERYNA UNGUREANU"]),
 ("MD", "M", "MDA", "Mihail Țurcan|Михаил Цуркан", ["TURCAN MIHAIL", "MIKHAIL TSURKAN", "MIHAI TURCAN"]),
 ("MD", "M", "MDA", "Anatolie Șalaru|Анатолий Шалару", ["SALARU ANATOLIE", "ANATOLII SHALARU", "ANATOLIE SHALARU"]),
 ("MD", "M", "MDA", "Valeriu Ghilețchi", ["GHILETCHI VALERIU", "VALERII GHILETSKI", "VALERIU GHILETCHI"]),
 ("MD", "M", "MDA", "Tudor Popescu|Тудор Попеску", ["POPESCU TUDOR", "TUDOR POPESKU", "FEODOR POPESCU"]),
 ("MD", "F", "MDA", "Ana Rusu", ["RUSU ANA", "ANNA RUSU", "ANA RUSU"]),
 ("MD", "M", "MDA", "Constantin Ciobanu|Константин Чобану", ["CIOBANU CONSTANTIN", "KONSTANTIN CHOBANU", "KOSTIANTYN CHOBANU"]),
 # Ukraine
 ("UA", "M", "UKR", "Петренко Олександр Іванович|Petrenko Oleksandr", ["PETRENKO OLEKSANDR", "ALEKSANDR PETRENKO", "ALEXANDER PETRENKO", "OLEXANDR PETRENKO"]),
 ("UA", "M", "UKR", "Коваленко Микола Петрович", ["KOVALENKO MYKOLA", "NIKOLAI KOVALENKO", "MYKOLA KOVALENKO", "NIKOLAY KOVALENKO"]),
 ("UA", "M", "UKR", "Шевченко Дмитро Олегович", ["SHEVCHENKO DMYTRO", "DMITRY SHEVCHENKO", "DMITRIJ SCHEWTSCHENKO", "DMYTRO SHEVCHENKO"]),
 ("UA", "M", "UKR", "Бондаренко Юрій Васильович", ["BONDARENKO YURII", "IURII BONDARENKO", "YURIY BONDARENKO", "YURI BONDARENKO"]),
 ("UA", "M", "UKR", "Ткаченко Андрій Миколайович", ["TKACHENKO ANDRII", "ANDRIY TKACHENKO", "ANDREI TKACHENKO"]),
 ("UA", "M", "UKR", "Кравченко Сергій Анатолійович", ["KRAVCHENKO SERHII", "SERGEY KRAVCHENKO", "SERHIY KRAVCHENKO"]),
 ("UA", "M", "UKR", "Мельник Володимир Степанович", ["MELNYK VOLODYMYR", "VLADIMIR MELNIK", "VOLODYMYR MELNYK"]),
 ("UA", "M", "UKR", "Бойко Олег Григорович", ["BOIKO OLEH", "OLEG BOYKO", "OLEH BOYKO"]),
 ("UA", "M", "UKR", "Ковальчук Ігор Романович", ["KOVALCHUK IHOR", "IGOR KOVALCHUK", "IHOR KOVALCHUK"]),
 ("UA", "M", "UKR", "Олійник Віталій Борисович", ["OLIINYK VITALII", "VITALIY OLEYNIK", "VITALII OLIYNYK"]),
 ("UA", "F", "UKR", "Шевчук Тетяна Василівна", ["SHEVCHUK TETIANA", "TATIANA SHEVCHUK", "TETYANA SHEVCHUK"]),
 ("UA", "F", "UKR", "Поліщук Наталія Олегівна", ["POLISHCHUK NATALIIA", "NATALIA POLISHCHUK", "NATALYA POLISCHUK"]),
 ("UA", "F", "UKR", "Лисенко Оксана Петрівна", ["LYSENKO OKSANA", "OXANA LISENKO", "OKSANA LYSENKO"]),
 ("UA", "M", "UKR", "Руденко Григорій Іванович", ["RUDENKO HRYHORII", "GRIGORY RUDENKO", "HRYHORIY RUDENKO"]),
 ("UA", "M", "UKR", "Савченко Євген Миколайович", ["SAVCHENKO YEVHEN", "EVGENY SAVCHENKO", "IEVGEN SAVCHENKO", "YEVGENIY SAVCHENKO"]),
 ("UA", "M", "UKR", "Марченко Олексій Вікторович", ["MARCHENKO OLEKSII", "ALEKSEI MARCHENKO", "ALEXEY MARCHENKO"]),
 ("UA", "M", "UKR", "Мороз Богдан Тарасович", ["MOROZ BOHDAN", "BOGDAN MOROZ", "BOHDAN MOROZ"]),
 ("UA", "M", "UKR", "Гончаренко Василь Федорович", ["HONCHARENKO VASYL", "VASILY GONCHARENKO", "VASYL HONCHARENKO"]),
 ("UA", "F", "UKR", "Кравчук Ірина Олександрівна", ["KRAVCHUK IRYNA", "IRINA KRAVCHUK", "IRYNA KRAVCHUK"]),
 ("UA", "F", "UKR", "Павленко Людмила Ігорівна", ["PAVLENKO LIUDMYLA", "LYUDMILA PAVLENKO", "LUDMILA PAVLENKO"]),
 ("UA", "F", "UKR", "Яковенко Юлія Андріївна", ["YAKOVENKO YULIIA", "IULIIA IAKOVENKO", "YULIA YAKOVENKO"]),
 ("UA", "M", "UKR", "Іваненко Максим Сергійович", ["IVANENKO MAKSYM", "MAXIM IVANENKO", "MAKSIM IVANENKO"]),
 ("UA", "M", "UKR", "Захарченко Тарас Юрійович", ["ZAKHARCHENKO TARAS", "TARAS ZAHARCHENKO", "TARAS SACHARTSCHENKO"]),
 ("UA", "M", "UKR", "Гнатюк Ярослав Зіновійович", ["HNATIUK YAROSLAV", "IAROSLAV GNATYUK", "JAROSLAW HNATJUK"]),
 ("UA", "M", "UKR", "Левченко Юрій Григорович", ["LEVCHENKO YURII", "YURIY LEVCHENKO", "GEORGIY LEVCHENKO"]),
 ("UA", "M", "UKR", "Зеленський Віталій Павлович", ["ZELENSKYI VITALII", "VITALY ZELENSKY", "WITALIJ SELENSKYJ"]),
 ("UA", "F", "UKR", "Єрмоленко Ганна Степанівна", ["YERMOLENKO HANNA", "ANNA ERMOLENKO", "GANNA IERMOLENKO"]),
 # Russia
 ("RU", "M", "RUS", "Смирнов Алексей Викторович", ["SMIRNOV ALEKSEI", "ALEXEY SMIRNOV", "ALEKSEY SMIRNOV", "ALEXEI SMIRNOV"]),
 ("RU", "M", "RUS", "Иванов Сергей Петрович", ["IVANOV SERGEI", "SERGEY IVANOV", "SERGUEI IVANOV"]),
 ("RU", "M", "RUS", "Кузнецов Дмитрий Андреевич", ["KUZNETSOV DMITRII", "DMITRY KUZNETSOV", "DMITRI KUSNEZOW"]),
 ("RU", "M", "RUS", "Попов Андрей Николаевич", ["POPOV ANDREI", "ANDREY POPOV", "ANDREJ POPOW"]),
 ("RU", "M", "RUS", "Соколов Михаил Юрьевич", ["SOKOLOV MIKHAIL", "MICHAIL SOKOLOW", "MIKHAIL SOKOLOV"]),
 ("RU", "M", "RUS", "Лебедев Евгений Олегович", ["LEBEDEV EVGENII", "YEVGENIY LEBEDEV", "EVGENY LEBEDEV", "EUGENE LEBEDEV"]),
 ("RU", "M", "RUS", "Козлов Юрий Иванович", ["KOZLOV IURII", "YURIY KOZLOV", "YURI KOZLOV"]),
 ("RU", "M", "RUS", "Новиков Николай Сергеевич", ["NOVIKOV NIKOLAI", "NIKOLAY NOVIKOV", "NICOLAS NOVIKOFF"]),
 ("RU", "M", "RUS", "Морозов Павел Алексеевич", ["MOROZOV PAVEL", "PAVEL MOROSOW", "PAUL MOROZOV"]),
 ("RU", "M", "RUS", "Волков Илья Дмитриевич", ["VOLKOV ILIA", "ILYA VOLKOV", "ILJA WOLKOW"]),
 ("RU", "M", "RUS", "Соловьёв Владимир Рудольфович", ["SOLOVEV VLADIMIR", "VLADIMIR SOLOVYOV", "VLADIMIR SOLOVIEV", "WLADIMIR SOLOWJOW"]),
 ("RU", "M", "RUS", "Васильев Артём Игоревич", ["VASILEV ARTEM", "ARTYOM VASILYEV", "ARTEM VASILIEV"]),
 ("RU", "F", "RUS", "Зайцева Ксения Андреевна", ["ZAITSEVA KSENIIA", "KSENIA ZAYTSEVA", "XENIA ZAITSEVA"]),
 ("RU", "F", "RUS", "Павлова Татьяна Николаевна", ["PAVLOVA TATIANA", "TATYANA PAVLOVA", "TATJANA PAWLOWA"]),
 ("RU", "F", "RUS", "Семёнова Ольга Викторовна", ["SEMENOVA OLGA", "OLGA SEMYONOVA", "OLGA SEMIONOVA"]),
 ("RU", "F", "RUS", "Голубева Анастасия Сергеевна", ["GOLUBEVA ANASTASIIA", "ANASTASIA GOLUBEVA", "ANASTASIYA GOLUBEVA"]),
 ("RU", "F", "RUS", "Виноградова Екатерина Павловна", ["VINOGRADOVA EKATERINA", "YEKATERINA VINOGRADOVA", "CATHERINE VINOGRADOVA"]),
 ("RU", "M", "RUS", "Богданов Григорий Ильич", ["BOGDANOV GRIGORII", "GRIGORY BOGDANOV", "GRIGORIY BOGDANOV"]),
 ("RU", "M", "RUS", "Воробьёв Фёдор Максимович", ["VOROBEV FEDOR", "FYODOR VOROBYOV", "FEDOR VOROBIEV"]),
 ("RU", "M", "RUS", "Жуков Вячеслав Геннадьевич", ["ZHUKOV VIACHESLAV", "VYACHESLAV ZHUKOV", "WJATSCHESLAW SHUKOW"]),
 ("RU", "M", "RUS", "Щербаков Константин Евгеньевич", ["SHCHERBAKOV KONSTANTIN", "KONSTANTIN SCHERBAKOV", "CONSTANTIN SHCHERBAKOV"]),
 ("RU", "M", "RUS", "Хабибуллин Руслан Маратович", ["KHABIBULLIN RUSLAN", "RUSLAN HABIBULLIN", "RUSLAN KHABIBULIN"]),
 ("RU", "M", "RUS", "Чернышёв Егор Валерьевич", ["CHERNYSHEV EGOR", "YEGOR CHERNYSHYOV", "EGOR TSCHERNYSCHOW"]),
 ("RU", "M", "RUS", "Магомедов Магомед Абдулаевич", ["MAGOMEDOV MAGOMED", "MAGOMED MAGOMEDOV", "MAGHOMED MAGOMEDOV"]),
 ("RU", "F", "RUS", "Юсупова Юлия Рашидовна", ["IUSUPOVA IULIIA", "YULIA YUSUPOVA", "JULIA YUSUPOVA"]),
 # Azerbaijan
 ("AZ", "M", "AZE", "Elçin Məmmədov|Эльчин Мамедов", ["MAMMADOV ELCHIN", "ELCIN MAMMADOV", "ELCHIN MAMEDOV", "ELCHIN MAMMEDOV"]),
 ("AZ", "M", "AZE", "Rəşad Əliyev|Рашад Алиев", ["ALIYEV RASHAD", "RASAD ALIYEV", "RASHAD ALIEV", "RASHAD ALIYEV"]),
 ("AZ", "M", "AZE", "Tural Hüseynov|Турал Гусейнов", ["HUSEYNOV TURAL", "TURAL GUSEYNOV", "TURAL HUSEINOV"]),
 ("AZ", "M", "AZE", "Vüqar Quliyev|Вугар Гулиев", ["GULIYEV VUGAR", "VUQAR QULIYEV", "VUGAR GULIEV"]),
 ("AZ", "F", "AZE", "Aynur Həsənova|Айнур Гасанова", ["HASANOVA AYNUR", "AYNUR GASANOVA", "AINUR HASANOVA"]),
 ("AZ", "M", "AZE", "Ramiz Cəfərov|Рамиз Джафаров", ["JAFAROV RAMIZ", "RAMIZ CAFAROV", "RAMIZ DZHAFAROV", "RAMIZ JAFAROV"]),
 ("AZ", "M", "AZE", "Orxan Xəlilov|Орхан Халилов", ["KHALILOV ORKHAN", "ORXAN XALILOV", "ORHAN HALILOV"]),
 ("AZ", "M", "AZE", "Şahin Abbasov", ["ABBASOV SHAHIN", "SAHIN ABBASOV", "SHAHIN ABASOV"]),
 ("AZ", "F", "AZE", "Günel İsmayılova|Гюнель Исмайлова", ["ISMAYILOVA GUNEL", "GYUNEL ISMAILOVA", "GUNEL ISMAYLOVA"]),
 ("AZ", "M", "AZE", "Fərid Nəsirov", ["NASIROV FARID", "FERID NASIROV", "FARID NASYROV"]),
 ("AZ", "F", "AZE", "Leyla Rzayeva|Лейла Рзаева", ["RZAYEVA LEYLA", "LEILA RZAEVA", "LAYLA RZAYEVA"]),
 ("AZ", "M", "AZE", "İlham Qasımov|Ильхам Касимов", ["GASIMOV ILHAM", "ILHAM QASIMOV", "ILKHAM KASIMOV"]),
 ("AZ", "F", "AZE", "Nigar Bağırova|Нигяр Багирова", ["BAGIROVA NIGAR", "NIGAR BAGHIROVA", "NIGYAR BAGIROVA"]),
 ("AZ", "M", "AZE", "Anar Səfərov", ["SAFAROV ANAR", "ANAR SEFEROV", "ANAR SAFAROV"]),
 ("AZ", "M", "AZE", "Cavid Rəhimov|Джавид Рагимов", ["RAHIMOV JAVID", "CAVID RAHIMOV", "DZHAVID RAGIMOV"]),
 ("AZ", "M", "AZE", "Elşən Süleymanov", ["SULEYMANOV ELSHAN", "ELSAN SULEYMANOV", "ELSHAN SULEIMANOV"]),
 ("AZ", "M", "AZE", "Zaur Mirzəyev|Заур Мирзоев", ["MIRZAYEV ZAUR", "ZAUR MIRZOEV", "ZAUR MIRZAEV"]),
 ("AZ", "M", "AZE", "Rövşən Kərimov|Ровшан Керимов", ["KARIMOV ROVSHAN", "ROVSAN KERIMOV", "ROVSHAN KERIMOV"]),
 ("AZ", "F", "AZE", "Sevinc Axundova", ["AKHUNDOVA SEVINJ", "SEVINC AXUNDOVA", "SEVINDZH AKHUNDOVA"]),
 ("AZ", "M", "AZE", "Məhəmməd Əhmədov Əli oğlu", ["AHMADOV MAHAMMAD", "MAGOMED AKHMEDOV", "MUHAMMAD AHMADOV", "MAHAMMAD AHMADOV"]),
 ("AZ", "M", "AZE", "Teymur Qafarov", ["GAFAROV TEYMUR", "TIMUR GAFAROV", "TEYMUR QAFAROV"]),
 ("AZ", "M", "AZE", "Nicat Bayramov", ["BAYRAMOV NIJAT", "NIDZHAT BAIRAMOV", "NICAT BAYRAMOV"]),
 # Arabic
 ("AR", "M", "SYR", "محمد عبد الرحمن الأحمد|Muhammad Abd al-Rahman al-Ahmad", ["ALAHMAD MOHAMMED ABDULRAHMAN", "MOHAMED ABDELRAHMAN AL AHMAD", "MUHAMMAD ABDURRAHMAN AHMAD", "MOHAMMAD ABDUL RAHMAN ALAHMAD"]),
 ("AR", "M", "JOR", "أحمد حسن الخطيب", ["AL KHATIB AHMAD HASSAN", "AHMED HASAN ALKHATEEB", "AHMAD HASAN EL KHATIB"]),
 ("AR", "M", "SYR", "عمر يوسف الشامي|Omar Youssef al-Shami", ["ALSHAMI OMAR YOUSSEF", "UMAR YUSUF AL-SHAMI", "OMAR YOUSEF SHAMI"]),
 ("AR", "M", "QAT", "خالد عبد الله النعيمي", ["AL NUAIMI KHALID ABDULLAH", "KHALED ABDALLAH ALNAIMI", "KHALID ABDULLA AL NUAIMI"]),
 ("AR", "M", "IRQ", "علي حسين الموسوي", ["AL MOUSAWI ALI HUSSEIN", "ALI HUSAIN ALMUSAWI", "ALI HUSSAIN MUSAWI"]),
 ("AR", "M", "LBN", "يوسف إبراهيم العلي", ["AL ALI YOUSEF IBRAHIM", "YUSUF IBRAHIM ALALI", "YOUSSEF EBRAHIM AL ALI"]),
 ("AR", "M", "EGY", "إبراهيم محمود السيد|Ibrahim Mahmoud El Sayed", ["ELSAYED IBRAHIM MAHMOUD", "IBRAHIM MAHMUD AL SAYED", "EBRAHIM MAHMOUD ELSAYED"]),
 ("AR", "M", "SAU", "عبد العزيز سالم القحطاني", ["ALQAHTANI ABDULAZIZ SALEM", "ABDELAZIZ SALIM AL KAHTANI", "ABDUL AZIZ SALEM AL QAHTANI"]),
 ("AR", "M", "SAU", "حسن علي الزهراني", ["ALZAHRANI HASSAN ALI", "HASAN ALI AL ZAHRANI", "HASSAN ALY ALZAHRANI"]),
 ("AR", "M", "SAU", "سعيد فهد العتيبي", ["ALOTAIBI SAEED FAHAD", "SAID FAHD AL OTAIBI", "SAEED FAHAD AL OTEIBI"]),
 ("AR", "F", "JOR", "ليلى أحمد الحسن", ["ALHASAN LAYLA AHMAD", "LEILA AHMED AL HASSAN", "LAILA AHMAD ALHASAN"]),
 ("AR", "F", "SYR", "فاطمة محمد العبدالله", ["ALABDULLAH FATIMA MOHAMMAD", "FATMA MOHAMED AL ABDALLAH", "FATIMAH MUHAMMAD ALABDULLA"]),
 ("AR", "M", "EGY", "مصطفى كمال عبد الحميد", ["ABDELHAMID MOSTAFA KAMAL", "MUSTAFA KEMAL ABDULHAMID", "MOUSTAFA KAMEL ABD EL HAMID"]),
 ("AR", "M", "SYR", "طارق زياد الحلبي", ["ALHALABI TAREK ZIAD", "TARIQ ZIYAD AL HALABI", "TAREQ ZIAD HALABI"]),
 ("AR", "M", "IRQ", "ناصر عبد الكريم الجابري", ["ALJABERI NASSER ABDULKARIM", "NASIR ABD AL KARIM AL JABIRI", "NASER ABDELKARIM ALJABRI"]),
 ("AR", "M", "LBY", "وليد صالح البكري", ["ALBAKRI WALID SALEH", "WALEED SALIH AL BAKRI", "OUALID SALAH ELBAKRI"]),
 ("AR", "M", "IRQ", "بلال عمر الراوي", ["ALRAWI BILAL OMAR", "BELAL UMAR AL RAWI", "BILAL OMAR RAWI"]),
 ("AR", "M", "IRQ", "مروان هشام التكريتي", ["ALTIKRITI MARWAN HISHAM", "MARWAN HESHAM AL TIKRITI", "MERWAN HICHAM TIKRITI"]),
 ("AR", "M", "YEM", "عبد الله يحيى الحوثي", ["ALHOUTHI ABDULLAH YAHYA", "ABDALLAH YAHIA AL HOUTHI", "ABDULLAH YEHIA ALHUTHI"]),
 ("AR", "M", "MAR", "يوسف بن علي العمراني|Youssef Ben Ali El Amrani", ["EL AMRANI YOUSSEF BEN ALI", "YOUSSEF BENALI ALAMRANI", "YOUSEF BIN ALI AL AMRANI"]),
 ("AR", "M", "TUN", "نور الدين بن محمد الطرابلسي|Noureddine Ben Mohamed Trabelsi", ["TRABELSI NOUREDDINE", "NUR AL DIN BIN MUHAMMAD AL TARABULSI", "NOUREDDINE BEN MOHAMED TRABELSI"]),
 ("AR", "M", "PSE", "جمال عبد الناصر أبو زيد", ["ABU ZEID JAMAL ABDELNASSER", "GAMAL ABDEL NASSER ABOU ZEID", "JAMAL ABDULNASER ABUZAID"]),
 ("AR", "M", "KWT", "فيصل جاسم المطيري", ["ALMUTAIRI FAISAL JASSIM", "FAYSAL JASEM AL MUTAIRI", "FAISAL JASIM ALMUTERI"]),
 ("AR", "M", "SYR", "هشام رياض القاسم", ["ALQASEM HISHAM RIAD", "HICHAM RIYAD AL KASSEM", "HESHAM RIAD ALQASIM"]),
 ("AR", "F", "LBN", "زينب حسين فضل الله", ["FADLALLAH ZEINAB HUSSEIN", "ZAINAB HUSAYN FADL ALLAH", "ZEYNAB HUSSEIN FADLALLA"]),
]

# Negatives: people not on the list who share a surname or given name, plus namesakes with far-apart DOBs.
NEG = [
 ("CIOBANU MIHAI", "M", "MDA"), ("ROTARU ELENA", "F", "MDA"), ("MUNTEANU ANDREI", "M", "MDA"), ("POPESCU MARIA", "F", "ROU"),
 ("CEBAN IGOR", "M", "MDA"), ("GUTU NATALIA", "F", "MDA"), ("LUNGU VICTOR", "M", "MDA"), ("RUSU PETRU", "M", "MDA"),
 ("GROSU ION", "M", "MDA"), ("CAZACU ANA", "F", "MDA"), ("BALAN SERGIU", "M", "MDA"), ("SIRBU VASILE", "M", "MDA"),
 ("PETRENKO IRYNA", "F", "UKR"), ("KOVALENKO OLEH", "M", "UKR"), ("SHEVCHENKO TARAS", "M", "UKR"), ("BONDARENKO OKSANA", "F", "UKR"),
 ("TKACHENKO VOLODYMYR", "M", "UKR"), ("MELNYK TETIANA", "F", "UKR"), ("BOIKO ANDRII", "M", "UKR"), ("KOVALCHUK YULIIA", "F", "UKR"),
 ("MOROZ SERHII", "M", "UKR"), ("LYSENKO DMYTRO", "M", "UKR"), ("SAVCHENKO IRYNA", "F", "UKR"), ("MARCHENKO BOHDAN", "M", "UKR"),
 ("SMIRNOV DMITRII", "M", "RUS"), ("IVANOV ALEKSEI", "M", "RUS"), ("KUZNETSOVA OLGA", "F", "RUS"), ("POPOV MIKHAIL", "M", "RUS"),
 ("SOKOLOVA ANNA", "F", "RUS"), ("LEBEDEV IVAN", "M", "RUS"), ("KOZLOV ARTEM", "M", "RUS"), ("NOVIKOVA EKATERINA", "F", "RUS"),
 ("VOLKOV SERGEI", "M", "RUS"), ("VASILEV NIKOLAI", "M", "RUS"), ("PAVLOV ANDREI", "M", "RUS"), ("ZHUKOV PAVEL", "M", "RUS"),
 ("MAMMADOV RASHAD", "M", "AZE"), ("ALIYEV ELCHIN", "M", "AZE"), ("HUSEYNOV ORKHAN", "M", "AZE"), ("GULIYEV TURAL", "M", "AZE"),
 ("HASANOVA LEYLA", "F", "AZE"), ("JAFAROV ANAR", "M", "AZE"), ("KHALILOV FARID", "M", "AZE"), ("ABBASOV ILHAM", "M", "AZE"),
 ("ISMAYILOVA NIGAR", "F", "AZE"), ("RZAYEV ZAUR", "M", "AZE"), ("KARIMOV JAVID", "M", "AZE"), ("SULEYMANOV VUGAR", "M", "AZE"),
 ("ALAHMAD KHALED", "M", "SYR"), ("ALKHATIB OMAR", "M", "JOR"), ("ALSHAMI AHMAD", "M", "SYR"), ("ALNUAIMI YOUSSEF", "M", "QAT"),
 ("ALMUSAWI HASSAN", "M", "IRQ"), ("ALALI IBRAHIM", "M", "LBN"), ("ELSAYED MOSTAFA", "M", "EGY"), ("ALQAHTANI SAEED", "M", "SAU"),
 ("ALZAHRANI FAHAD", "M", "SAU"), ("ALOTAIBI KHALID", "M", "SAU"), ("ALHASAN FATIMA", "F", "JOR"), ("ALHALABI WALID", "M", "SYR"),
 ("ALRAWI MARWAN", "M", "IRQ"), ("MOHAMMED ALI", "M", "IRQ"), ("AHMAD HASSAN", "M", "EGY"), ("ABDULLAH OMAR", "M", "SAU"),
 ("IVAN PETROV", "M", "RUS"), ("ELENA POPA", "F", "MDA"), ("ANDREI RUSU", "M", "ROU"), ("OLGA IVANOVA", "F", "RUS"),
 ("JOHN SMITH", "M", "GBR"), ("MARIA GARCIA", "F", "ESP"), ("LI WEI", "M", "CHN"), ("ANNA MUELLER", "F", "DEU"),
]

def dob():
    return "%04d-%02d-%02d" % (R.randint(1955, 2000), R.randint(1, 12), R.randint(1, 28))

def typo(s):
    words = s.split()
    i = max(range(len(words)), key=lambda k: len(words[k]) + R.random())
    w = words[i]
    if len(w) < 5:
        return s
    k = R.randint(1, len(w) - 2)
    op = R.choice(["sub", "del", "swap", "dup"])
    if op == "sub":
        w = w[:k] + R.choice("AEIOUNRSTLKM") + w[k + 1:]
    elif op == "del":
        w = w[:k] + w[k + 1:]
    elif op == "swap":
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)

def layout(name, surname_first):
    parts = name.split()
    if surname_first and len(parts) >= 3 and parts[0] in ("AL", "EL", "ABU", "ABDEL", "ABD"):
        parts = [parts[0] + " " + parts[1]] + parts[2:]  # AL KHATIB, ABU ZEID: one surname
    if surname_first and len(parts) >= 2:
        sur, given = parts[0], " ".join(parts[1:])
    else:
        sur, given = parts[-1], " ".join(parts[:-1])
    style = R.choice(["plain", "plain", "mrz", "pnr", "comma", "swap"])
    if style == "mrz":
        return (sur.replace(" ", "<") + "<<" + given.replace(" ", "<") + "<<<<").upper()
    if style == "pnr":
        return sur.upper() + "/" + given.upper() + R.choice([" MR", " MRS", ""])
    if style == "comma":
        return sur.upper() + ", " + given.title()
    if style == "swap":
        return given + " " + sur
    return name

def dob_noise(d):
    y, m, dd = d.split("-")
    r = R.random()
    if r < 0.50: return d, "dob-exact"
    if r < 0.62: return y, "dob-year-only"
    if r < 0.72 and int(dd) <= 12 and dd != m: return "%s-%s-%s" % (y, dd, m), "dob-swapped"
    if r < 0.84:
        digits = list(y + m + dd); k = R.choice([3, 5, 7])
        digits[k] = str((int(digits[k]) + R.choice([1, 2, 8, 9])) % 10)
        s = "".join(digits)
        try:
            import datetime; datetime.date(int(s[:4]), int(s[4:6]), int(s[6:]))
            return "%s-%s-%s" % (s[:4], s[4:6], s[6:]), "dob-one-digit"
        except ValueError:
            return d, "dob-exact"
    return "", "dob-missing"

entries, queries = [], []
q = 0
for n, (prefix, g, nat, names, spellings) in enumerate(P, 1):
    eid = "%s%03d" % (prefix, n)
    d = dob() if R.random() < 0.85 else dob()[:4]
    entries.append([eid, names, d, g, nat, ""])
    picks = R.sample(spellings, min(len(spellings), 3))
    for j, sp in enumerate(picks):
        q += 1
        cat = {"MD": "moldovan", "UA": "ukrainian", "RU": "russian", "AZ": "azerbaijani", "AR": "arabic"}[prefix]
        sub = "romanization" if j > 0 else "passport"
        if R.random() < 0.3:
            sp = typo(sp); sub += "+typo"
        name = layout(sp, surname_first=True)
        qd, dcat = dob_noise(d) if len(d) == 10 else (d if R.random() < 0.7 else "", "dob-year-list")
        queries.append(["Q%04d" % q, name, qd, g if R.random() < 0.8 else "", nat if R.random() < 0.7 else "", eid, cat + "/" + sub])

# negatives: shared surnames/given names, random DOBs
for name, g, nat in NEG:
    q += 1
    queries.append(["Q%04d" % q, layout(name, surname_first=True), dob(), g, nat, "", "negative/shared-name-part"])
# namesakes: a listed person's exact passport spelling, other DOB (≥ 8 years apart) and sometimes other gender
for prefix, g, nat, names, spellings in R.sample(P, 40):
    q += 1
    e = next(x for x in entries if x[1] == names)
    y = int(e[2][:4]); ny = y + R.choice([-1, 1]) * R.randint(8, 25)
    queries.append(["Q%04d" % q, spellings[0], "%04d-%02d-%02d" % (ny, R.randint(1, 12), R.randint(1, 28)), g, nat, "", "negative/namesake-other-dob"])

with open(os.path.join(HERE, "dev-watchlist.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["entry_id", "names", "date_of_birth", "gender", "nationality", "document_number"]); w.writerows(entries)
with open(os.path.join(HERE, "dev-queries.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["query_id", "name", "date_of_birth", "gender", "nationality", "expected_entry_id", "category"]); w.writerows(queries)
print(len(entries), "entries,", len(queries), "queries")
