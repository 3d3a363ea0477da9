# Зведення про обміни полоненими, українською.
#
# Числа приходять як $count (за ним Fluent обирає форму множини: one, few,
# many) разом із $approx (over, about, under, exact). Іменні групи (np-*)
# узгоджуються тут, а в речення передаються вже готовим текстом.
# Ключі джерел, родів військ і держав — як у специфікації звіту.

## Дати

month-genitive = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
date = { $day } { month-genitive } { $year } року

## Як кваліфіковано число

qualifier = { $approx ->
    [over] понад
    [about] близько
    [under] майже
   *[exact] {""}
}

## Іменні групи з числом

defenders = { $count ->
    [one] захисник
    [few] захисники
   *[many] захисників
}
defenders-genitive = { $count ->
    [one] захисника
   *[other] захисників
}
np-defenders = { qualifier } { $count } { $approx ->
    [about] { defenders-genitive }
   *[other] { defenders }
}
np-people = { qualifier } { $count } { $approx ->
    [about] { $count ->
        [one] людини
       *[other] людей
    }
   *[other] { $count ->
        [one] людина
        [few] людини
       *[many] людей
    }
}
np-servicemen-own = { qualifier } { $count } { $count ->
    [one] свого військовослужбовця
   *[other] своїх військовослужбовців
}
np-military = { qualifier } { $count } { $count ->
    [one] військовослужбовець
    [few] військовослужбовці
   *[many] військовослужбовців
}
np-civilians = { qualifier } { $count } { $count ->
    [one] цивільний
    [few] цивільні
   *[many] цивільних
}
np-officers = { qualifier } { $count } { $count ->
    [one] офіцер
    [few] офіцери
   *[many] офіцерів
}
np-enlisted = { qualifier } { $count } { $count ->
    [one] особа
    [few] особи
   *[many] осіб
} рядового та сержантського складу
np-wounded = { qualifier } { $count } { $count ->
    [one] поранений чи тяжкохворий
    [few] поранені чи тяжкохворі
   *[many] поранених чи тяжкохворих
}
np-women = { qualifier } { $count } { $count ->
    [one] жінка
    [few] жінки
   *[many] жінок
}
np-years = { $count } { $count ->
    [one] рік
    [few] роки
   *[many] років
}
np-bodies = { qualifier } { $count } { $count ->
    [one] тіло
    [few] тіла
   *[many] тіл
}
np-fallen = { qualifier } { $count } { $count ->
    [one] загиблого захисника
   *[other] загиблих захисників
}
np-exchanges = { qualifier } { $count } { $count ->
    [one] обмін
    [few] обміни
   *[many] обмінів
}
np-ukrainians = { qualifier } { $count } { $count ->
    [one] українець
    [few] українці
   *[many] українців
}
np-number = { qualifier } { $count }

## Заголовок

# Дієслово узгоджується з числом і родом («повернувся 21 захисник»,
# «повернулася 1 людина»); з «понад», «близько», «майже» — множина.
returned-verb = { $approx ->
    [exact] { $count ->
        [one] { $noun ->
            [people] повернулася
           *[other] повернувся
        }
       *[other] повернулися
    }
   *[other] повернулися
}
headline-exchange = З полону { returned-verb } { $people }
headline-exchange-plain = Україна та Росія провели обмін полоненими
headline-repatriation = Україна повернула тіла { $fallen }
headline-repatriation-plain = Україна повернула тіла загиблих захисників
headline-release = Без обміну додому { returned-verb } { $people }
headline-release-plain = Україна повернула своїх громадян без обміну
headline-disrupted = Обмін полоненими { $to_ukraine } на { $to_russia } зірвано
headline-disrupted-plain = Запланований обмін полоненими зірвано

## Лід

lead-exchange = { $date } відбувся обмін полоненими.
lead-exchange-ordinal = { $date } відбувся { $ordinal }-й обмін полоненими.
lead-returned = Додому { returned-verb } { $people }.
lead-russia = Росія отримала { $servicemen }.
lead-repatriation = { $date } відбулася репатріація тіл загиблих.
lead-bodies-ukraine = Україні повернули тіла { $fallen }.
lead-bodies-russia = Російській стороні передали { $bodies }.
lead-release = { $date } відбулося повернення людей без обміну.
lead-disrupted = Запланований на { $date } обмін полоненими не відбувся.
lead-disrupted-formula = Сторони мали обміняти полонених за формулою { $count } на { $count }.
lead-disrupted-ukraine = Додому { $approx ->
    [exact] { $count ->
        [one] { $noun ->
            [people] мала повернутися
           *[other] мав повернутися
        }
       *[other] мали повернутися
    }
   *[other] мали повернутися
} { $people }.
lead-disrupted-russia = Росія мала отримати { $servicemen }.
mediators = { $kind ->
    [repatriation] Репатріація відбулася
    [release] Повернення відбулося
    [disrupted] Обмін готували
   *[exchange] Обмін відбувся
} за посередництва { $states }.

## Розбивка

branches-title = { $kind ->
    [repatriation] Тіла за родами військ:
   *[other] Серед повернутих за родами військ:
}
branch-item = { $branch } — { qualifier } { $count }
list-item-separator = ;
list-item-end = .
branches-mentioned = { $kind ->
    [repatriation] Серед загиблих — представники
   *[other] Серед повернутих — представники
} { $branches }.
ranks-both = Серед повернутих — { $officers } і { $enlisted }.
ranks-officers = Серед повернутих — { $officers }.
ranks-enlisted = Серед повернутих — { $enlisted }.
ages-both = Наймолодшому з повернутих { $youngest }, найстаршому — { $oldest }.
ages-youngest = Наймолодшому з повернутих { $youngest }.
ages-oldest = Найстаршому з повернутих { $oldest }.
wounded = Серед звільнених — { $wounded }.
women = Серед повернутих — { $women }.
civilians-split = Серед них { $military } і { $civilians }.
civilians-part = Серед повернутих — { $civilians }.
civilians-all = { $count ->
    [one] Це цивільна особа.
   *[other] Усі вони — цивільні.
}

## Розбіжності й уточнення

figure-genitive = { $key ->
    [to_ukraine] кількості повернутих до України
    [to_russia] кількості переданих Росії
    [military] кількості військовослужбовців серед повернутих
    [civilians] кількості цивільних серед повернутих
    [officers] кількості офіцерів серед повернутих
    [enlisted] кількості рядових і сержантів серед повернутих
    [women] кількості жінок серед повернутих
    [wounded] кількості поранених серед повернутих
    [oldest] віку найстаршого з повернутих
    [youngest] віку наймолодшого з повернутих
   *[other] розбивки за родами військ
}
conflict = Дані щодо { figure-genitive } розходяться: { $claims }.
conflict-range = Дані щодо { figure-genitive } розходяться: від { $low } до { $high }.
claim-cited = { qualifier } { $count } за даними { $source }
claim-outlet = { qualifier } { $count } за даними видання «{ $outlet }»
claim-breakdown = { qualifier } { $count } за підсумком розбивки за родами військ
corrected = Дані щодо { figure-genitive } уточнено: спершу йшлося про { $was }.
corrected-plain = Дані щодо { figure-genitive } уточнено.

## Хто повідомив

event-about = { $kind ->
    [repatriation] Про репатріацію
    [release] Про повернення
    [disrupted] Про зрив обміну
   *[exchange] Про обмін
}
reported-by = { event-about } { $count ->
    [one] { $gender ->
        [feminine] повідомила
        [neuter] повідомило
       *[masculine] повідомив
    }
   *[other] повідомили
} { $sources }.
source-name = { $key ->
    [zelensky] Президент України Володимир Зеленський
    [yermak] керівник Офісу Президента Андрій Єрмак
    [budanov] начальник ГУР Кирило Буданов
    [lubinets] омбудсман Дмитро Лубінець
    [umerov] Рустем Умєров
    [coordination_hq] Координаційний штаб з питань поводження з військовополоненими
    [hur] Головне управління розвідки
    [ombudsman_ru] російська омбудсменка Тетяна Москалькова
    [mod_ru] Міністерство оборони Росії
    [mediator] МЗС { $state }
   *[other] { $key }
}
source-genitive = { $key ->
    [zelensky] Президента України Володимира Зеленського
    [yermak] керівника Офісу Президента Андрія Єрмака
    [budanov] начальника ГУР Кирила Буданова
    [lubinets] омбудсмана Дмитра Лубінця
    [umerov] Рустема Умєрова
    [coordination_hq] Координаційного штабу
    [hur] Головного управління розвідки
    [ombudsman_ru] російської омбудсменки Тетяни Москалькової
    [mod_ru] Міністерства оборони Росії
    [mediator] МЗС { $state }
   *[other] { $key }
}
source-gender = { $key ->
    [ombudsman_ru] feminine
    [hur] neuter
    [mod_ru] neuter
    [mediator] neuter
   *[other] masculine
}
outlets = Використано повідомлення: { $outlets }.
outlet = «{ $name }»

## Контекст

running-total-both = Загалом від початку повномасштабної війни { $exchanges_count ->
    [one] відбувся
    [few] відбулися
   *[many] відбулося
} { $exchanges }, додому { $people_count ->
    [one] повернувся
   *[other] повернулися
} { $people }.
running-total-exchanges = Загалом від початку повномасштабної війни { $exchanges_count ->
    [one] відбувся
    [few] відбулися
   *[many] відбулося
} { $exchanges }.
running-total-people = Загалом від початку повномасштабної війни з полону { $people_count ->
    [one] повернувся
   *[other] повернулися
} { $people }.
previous = Попередній обмін відбувся { $date }: тоді додому { returned-verb } { $people }.
previous-plain = Попередній обмін відбувся { $date }.

## Назви

state-genitive = { $code ->
    [AE] Об'єднаних Арабських Еміратів
    [TR] Туреччини
    [SA] Саудівської Аравії
    [QA] Катару
    [VA] Ватикану
    [US] США
   *[other] { $code }
}
branch-name = { $key ->
    [armed_forces] Збройні сили
    [navy] ВМС
    [marines] Морська піхота
    [land_forces] Сухопутні війська
    [air_force] Повітряні сили
    [air_assault] ДШВ
    [territorial_defense] Територіальна оборона
    [unmanned_systems] Сили безпілотних систем
    [national_guard] Національна гвардія
    [border_guard] Державна прикордонна служба
    [national_police] Національна поліція
    [special_transport] ДССТ
    [sbu] СБУ
    [special_operations] Сили спеціальних операцій
    [emergency_service] ДСНС
   *[other] { $key }
}
branch-genitive = { $key ->
    [armed_forces] Збройних сил
    [navy] Військово-Морських Сил
    [marines] морської піхоти
    [land_forces] Сухопутних військ
    [air_force] Повітряних сил
    [air_assault] Десантно-штурмових військ
    [territorial_defense] територіальної оборони
    [unmanned_systems] Сил безпілотних систем
    [national_guard] Національної гвардії
    [border_guard] Державної прикордонної служби
    [national_police] Національної поліції
    [special_transport] ДССТ
    [sbu] СБУ
    [special_operations] Сил спеціальних операцій
    [emergency_service] ДСНС
   *[other] { $key }
}
list-separator = {", "}
list-last-separator = {" та "}
