# Сводки об обменах пленными, на русском.
#
# Числа приходят как $count (по нему Fluent выбирает форму: one, few, many)
# вместе с $approx (over, about, under, exact). Именные группы (np-*)
# согласуются здесь и передаются в предложения готовым текстом.
# Ключи источников, родов войск и государств — как в спецификации отчёта.

## Даты

month-genitive = { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
date = { $day } { month-genitive } { $year } года

## Как уточнено число

qualifier = { $approx ->
    [over] более
    [about] около
    [under] почти
   *[exact] {""}
}

## Именные группы с числом

# «более» и «около» требуют родительного падежа: «более 21 защитника».
np-defenders = { qualifier } { $count } { $approx ->
    [over] { $count ->
        [one] защитника
       *[other] защитников
    }
    [about] { $count ->
        [one] защитника
       *[other] защитников
    }
   *[other] { $count ->
        [one] защитник
        [few] защитника
       *[many] защитников
    }
}
np-people = { qualifier } { $count } { $count ->
    [one] человек
    [few] человека
   *[many] человек
}
np-servicemen-own = { qualifier } { $count } { $count ->
    [one] своего военнослужащего
   *[other] своих военнослужащих
}
np-military = { qualifier } { $count } { $count ->
    [one] военнослужащий
   *[other] военнослужащих
}
np-civilians = { qualifier } { $count } { $count ->
    [one] гражданское лицо
    [few] гражданских лица
   *[many] гражданских лиц
}
np-officers = { qualifier } { $count } { $count ->
    [one] офицер
    [few] офицера
   *[many] офицеров
}
np-enlisted = { qualifier } { $count } { $count ->
    [one] военнослужащий
   *[other] военнослужащих
} рядового и сержантского состава
np-wounded = { qualifier } { $count } { $count ->
    [one] раненый или тяжелобольной
   *[other] раненых или тяжелобольных
}
np-women = { qualifier } { $count } { $count ->
    [one] женщина
    [few] женщины
   *[many] женщин
}
np-years = { $count } { $count ->
    [one] год
    [few] года
   *[many] лет
}
np-bodies = { qualifier } { $count } { $count ->
    [one] тело
    [few] тела
   *[many] тел
}
np-fallen = { qualifier } { $count } { $count ->
    [one] погибшего защитника
   *[other] погибших защитников
}
np-exchanges = { qualifier } { $count } { $count ->
    [one] обмен
    [few] обмена
   *[many] обменов
}
np-ukrainians = { qualifier } { $count } { $count ->
    [one] украинец
    [few] украинца
   *[many] украинцев
}
np-number = { qualifier } { $count }

## Заголовок

# Глагол согласуется с числом («вернулся 21 защитник»); с «более», «около»,
# «почти» — множественное число.
returned-verb = { $approx ->
    [exact] { $count ->
        [one] вернулся
       *[other] вернулись
    }
   *[other] вернулись
}
headline-exchange = Из плена { returned-verb } { $people }
headline-exchange-plain = Украина и Россия провели обмен пленными
headline-repatriation = Украина вернула тела { $fallen }
headline-repatriation-plain = Украина вернула тела погибших защитников
headline-release = Без обмена домой { returned-verb } { $people }
headline-release-plain = Украина вернула своих граждан без обмена
headline-disrupted = Обмен пленными { $to_ukraine } на { $to_russia } сорван
headline-disrupted-plain = Запланированный обмен пленными сорван

## Лид

lead-exchange = { $date } состоялся обмен пленными.
lead-exchange-ordinal = { $date } состоялся { $ordinal }-й обмен пленными.
lead-returned = Домой { returned-verb } { $people }.
lead-russia = Россия получила { $servicemen }.
lead-repatriation = { $date } состоялась репатриация тел погибших.
lead-bodies-ukraine = Украине вернули тела { $fallen }.
lead-bodies-russia = Российской стороне передали { $bodies }.
lead-release = { $date } состоялось возвращение людей без обмена.
lead-disrupted = Запланированный на { $date } обмен пленными не состоялся.
lead-disrupted-formula = Стороны должны были обменять пленных по формуле { $count } на { $count }.
lead-disrupted-ukraine = Домой { $approx ->
    [exact] { $count ->
        [one] должен был вернуться
       *[other] должны были вернуться
    }
   *[other] должны были вернуться
} { $people }.
lead-disrupted-russia = Россия должна была получить { $servicemen }.
mediators = { $kind ->
    [repatriation] Репатриация прошла
    [release] Возвращение прошло
    [disrupted] Обмен готовился
   *[exchange] Обмен прошёл
} при посредничестве { $states }.

## Разбивка

branches-title = { $kind ->
    [repatriation] Тела по родам войск:
   *[other] Среди вернувшихся по родам войск:
}
branch-item = { $branch } — { qualifier } { $count }
list-item-separator = ;
list-item-end = .
branches-mentioned = { $kind ->
    [repatriation] Среди погибших — представители
   *[other] Среди вернувшихся — представители
} { $branches }.
ranks-both = Среди вернувшихся — { $officers } и { $enlisted }.
ranks-officers = Среди вернувшихся — { $officers }.
ranks-enlisted = Среди вернувшихся — { $enlisted }.
ages-both = Самому младшему из вернувшихся { $youngest }, самому старшему — { $oldest }.
ages-youngest = Самому младшему из вернувшихся { $youngest }.
ages-oldest = Самому старшему из вернувшихся { $oldest }.
wounded = Среди освобождённых — { $wounded }.
women = Среди вернувшихся — { $women }.
civilians-split = Среди них { $military } и { $civilians }.
civilians-part = Среди вернувшихся — { $civilians }.
civilians-all = { $count ->
    [one] Это гражданское лицо.
   *[other] Все они — гражданские.
}

## Расхождения и уточнения

figure-genitive = { $key ->
    [to_ukraine] числу вернувшихся в Украину
    [to_russia] числу переданных России
    [military] числу военнослужащих среди вернувшихся
    [civilians] числу гражданских среди вернувшихся
    [officers] числу офицеров среди вернувшихся
    [enlisted] числу рядовых и сержантов среди вернувшихся
    [women] числу женщин среди вернувшихся
    [wounded] числу раненых среди вернувшихся
    [oldest] возрасту самого старшего
    [youngest] возрасту самого младшего
   *[other] разбивке по родам войск
}
conflict = Данные по { figure-genitive } расходятся: { $claims }.
conflict-range = Данные по { figure-genitive } расходятся: от { $low } до { $high }.
claim-cited = { qualifier } { $count } по данным { $source }
claim-outlet = { qualifier } { $count } по данным издания «{ $outlet }»
claim-breakdown = { qualifier } { $count } по сумме разбивки по родам войск
corrected = Данные по { figure-genitive } уточнены: сначала сообщалось о { $was }.
corrected-plain = Данные по { figure-genitive } уточнены.

## Кто сообщил

event-about = { $kind ->
    [repatriation] О репатриации
    [release] О возвращении
    [disrupted] О срыве обмена
   *[exchange] Об обмене
}
reported-by = { event-about } { $count ->
    [one] { $gender ->
        [feminine] сообщила
        [neuter] сообщило
       *[masculine] сообщил
    }
   *[other] сообщили
} { $sources }.
source-name = { $key ->
    [zelensky] президент Украины Владимир Зеленский
    [yermak] глава Офиса президента Андрей Ермак
    [budanov] начальник ГУР Кирилл Буданов
    [lubinets] омбудсмен Дмитрий Лубинец
    [umerov] Рустем Умеров
    [coordination_hq] Координационный штаб по вопросам обращения с военнопленными
    [hur] Главное управление разведки
    [ombudsman_ru] российский омбудсмен Татьяна Москалькова
    [mod_ru] Министерство обороны России
    [mediator] МИД { $state }
   *[other] { $key }
}
source-genitive = { $key ->
    [zelensky] президента Украины Владимира Зеленского
    [yermak] главы Офиса президента Андрея Ермака
    [budanov] начальника ГУР Кирилла Буданова
    [lubinets] омбудсмена Дмитрия Лубинца
    [umerov] Рустема Умерова
    [coordination_hq] Координационного штаба
    [hur] Главного управления разведки
    [ombudsman_ru] российского омбудсмена Татьяны Москальковой
    [mod_ru] Министерства обороны России
    [mediator] МИД { $state }
   *[other] { $key }
}
source-gender = { $key ->
    [ombudsman_ru] feminine
    [hur] neuter
    [mod_ru] neuter
    [mediator] neuter
   *[other] masculine
}
outlets = Использованы сообщения: { $outlets }.
outlet = «{ $name }»

## Контекст

running-total-both = Всего с начала полномасштабной войны { $exchanges_count ->
    [one] состоялся
   *[other] состоялось
} { $exchanges }, домой { $people_count ->
    [one] вернулся
   *[other] вернулись
} { $people }.
running-total-exchanges = Всего с начала полномасштабной войны { $exchanges_count ->
    [one] состоялся
   *[other] состоялось
} { $exchanges }.
running-total-people = Всего с начала полномасштабной войны из плена { $people_count ->
    [one] вернулся
   *[other] вернулись
} { $people }.
previous = Предыдущий обмен состоялся { $date }: тогда домой { returned-verb } { $people }.
previous-plain = Предыдущий обмен состоялся { $date }.

## Названия

state-genitive = { $code ->
    [AE] Объединённых Арабских Эмиратов
    [TR] Турции
    [SA] Саудовской Аравии
    [QA] Катара
    [VA] Ватикана
    [US] США
   *[other] { $code }
}
branch-name = { $key ->
    [armed_forces] ВСУ
    [navy] ВМС
    [marines] Морская пехота
    [land_forces] Сухопутные войска
    [air_force] Воздушные силы
    [air_assault] ДШВ
    [territorial_defense] Территориальная оборона
    [unmanned_systems] Силы беспилотных систем
    [national_guard] Национальная гвардия
    [border_guard] Государственная пограничная служба
    [national_police] Национальная полиция
    [special_transport] Госспецтрансслужба
    [sbu] Служба безопасности Украины
    [special_operations] Силы специальных операций
    [emergency_service] ГСЧС
   *[other] { $key }
}
branch-genitive = { $key ->
    [armed_forces] ВСУ
    [navy] Военно-морских сил
    [marines] морской пехоты
    [land_forces] Сухопутных войск
    [air_force] Воздушных сил
    [air_assault] Десантно-штурмовых войск
    [territorial_defense] территориальной обороны
    [unmanned_systems] Сил беспилотных систем
    [national_guard] Национальной гвардии
    [border_guard] Государственной пограничной службы
    [national_police] Национальной полиции
    [special_transport] Госспецтрансслужбы
    [sbu] Службы безопасности Украины
    [special_operations] Сил специальных операций
    [emergency_service] ГСЧС
   *[other] { $key }
}
list-separator = {", "}
list-last-separator = {" и "}
