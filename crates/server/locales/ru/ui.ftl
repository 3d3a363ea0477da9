# Веб-интерфейс swapledger: русский.
# Каждое слово страниц здесь; код на Rust только выбирает идентификаторы.

app-name = swapledger
app-tagline = Реестр обменов пленными и репатриаций: каждая цифра ведёт к источнику
nav-timeline = Хронология
nav-search = Поиск
nav-api = API (OpenAPI)
lang-switch = Язык
skip-to-content = К содержанию
footer-note = Цифры взяты из опубликованных сообщений; каждая ведёт к словам, из которых прочитана.
unknown = неизвестно
none = —
yes = да
no = нет

## Хронология
timeline-title = Обмены во времени
chart-title = Люди, вернувшиеся в Украину
chart-desc = Столбцы: сколько людей вернулось в Украину при каждом обмене или освобождении (левая ось). Линия: общее число (правая ось).
chart-per-event = за событие
chart-cumulative = всего
chart-axis-people = людей за событие
chart-axis-cumulative = всего к тому времени
chart-empty = Пока нет обменов с известным числом людей.
chart-bar-title = { $label }
filter-legend = Отбор
filter-from = С
filter-to = По
filter-kind = Вид
filter-kind-any = любой
filter-conflicts = только события с расхождениями в цифрах
filter-as-of = По состоянию на
filter-apply = Показать
filter-reset = Сбросить
events-count = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[other] { $count } событий
}
events-none = Ни одно событие не подходит.
as-of-note = По состоянию на { $date }: сообщения без даты публикации не учтены ({ $count }).
col-date = Дата
col-event = Событие
col-kind = Вид
col-ordinal = №
col-to-ukraine = В Украину
col-to-russia = В Россию
col-documents = Сообщений
col-conflict = Расхождение
conflict-marker = расхождение
conflict-title = Сообщения расходятся в цифрах этого события

## Виды событий
kind-exchange = Обмен
kind-repatriation = Репатриация тел
kind-release = Освобождение
kind-disrupted = Сорванный обмен

## Событие
event-heading = { $kind }, { $date }
event-ordinal = Обмен номер { $ordinal }
event-figures = Цифры
event-figures-note = Нижняя и верхняя границы — самые широкие, которые допускают сообщения; «лучшая» — предпочтённая цифра.
col-figure = Показатель
col-best = Лучшая
col-low = Нижняя
col-high = Верхняя
col-claims = Сообщения
unbounded = открыто
figure-conflict = расхождение
figure-corrected = исправлено
approx-over = более
approx-about = около
approx-under = менее
claim-value = Значение
claim-source = Источник
claim-cited = Ссылается на
claim-language = Язык
claim-role = Роль
claim-published = Опубликовано
claim-evidence = Доказательство
claim-show = показать в сообщении
role-main = главное событие
role-background = упоминание
event-checks = Проверки
event-checks-none = Нет разбивки для проверки.
check-ok = сходится
check-failed = не сходится
check-branches_sum = Рода войск в сумме дают общую цифру
check-ranks_sum = Офицеры и рядовые в сумме
check-military_civilians_sum = Военные и гражданские в сумме
event-lists = Названо в сообщениях
list-mediators = Посредники
list-sources = Источники
list-branches_mentioned = Названные рода войск
list-dates = Названные даты
list-documents = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
   *[other] { $count } сообщений
}
event-corrections = Исправления
corrections-none = Исправлений нет.
col-seq = №
col-field = Показатель
col-old = Было
col-new = Стало
col-note = Примечание
col-by = Кто
col-at = Когда
orphaned = без события
event-summary = Кратко
event-documents = Сообщения об этом событии
event-json = Это событие в JSON
event-not-found = Нет события с таким идентификатором.

## Показатели
field-to_ukraine = Вернулись в Украину
field-to_russia = Вернулись в Россию
field-military = Военные
field-civilians = Гражданские
field-officers = Офицеры
field-enlisted = Рядовые и сержанты
field-women = Женщины
field-wounded = Раненые
field-cumulative_exchanges = Обменов всего
field-cumulative_to_ukraine = Возвращено в Украину всего
field-ordinal = Номер обмена
field-oldest = Возраст старшего
field-youngest = Возраст младшего

## Рода войск
branch-armed_forces = Вооружённые силы
branch-navy = ВМС
branch-marines = Морская пехота
branch-land_forces = Сухопутные войска
branch-air_force = Воздушные силы
branch-air_assault = Десантно-штурмовые войска
branch-territorial_defense = Терроборона
branch-unmanned_systems = Силы беспилотных систем
branch-national_guard = Национальная гвардия
branch-border_guard = Пограничная служба
branch-national_police = Национальная полиция
branch-special_transport = Госспецтрансслужба
branch-sbu = СБУ
branch-special_operations = Силы специальных операций
branch-emergency_service = ГСЧС

## Источники
source-zelensky = Президент Зеленский
source-yermak = Андрей Ермак
source-budanov = Кирилл Буданов
source-lubinets = Омбудсмен Дмитрий Лубинец
source-umerov = Рустем Умеров
source-coordination_hq = Координационный штаб
source-hur = ГУР
source-ombudsman_ru = Российский омбудсмен
source-mod_ru = Минобороны России
source-mediator = посредник

## Государства-посредники
state-AE = Объединённые Арабские Эмираты
state-TR = Турция
state-SA = Саудовская Аравия
state-QA = Катар
state-VA = Ватикан
state-US = США

## Сообщения
doc-lang-uk = украинский
doc-lang-ru = русский
doc-lang-en = английский
document-title = Сообщение
doc-source = Источник
doc-published = Опубликовано
doc-language = Язык
doc-url = Адрес
doc-sightings = Где найдено
doc-text = Текст
doc-text-note = Выделены слова, из которых прочитана каждая цифра. Выделение ведёт к событию.
doc-facts = Цифры из этого сообщения
doc-no-facts = Из этого сообщения не прочитано ни одной цифры.
fact-event = Событие
fact-field = Показатель
fact-value = Значение
fact-quote = Цитата
document-not-found = Нет сообщения с таким идентификатором.

## Поиск
search-title = Поиск по сообщениям
search-label = Что найти
search-button = Искать
search-hint = Полнотекстовый поиск по всем сообщениям (точные формы слов: «українців» находит только эту форму).
search-results = { $count ->
    [one] Найдено { $count } сообщение
    [few] Найдено { $count } сообщения
   *[other] Найдено { $count } сообщений
}
search-none = Ничего не найдено.

## Ошибки
error-title = Ошибка
error-not-found = Не найдено.
error-bad-request = Неверный запрос.
error-internal = На сервере произошла ошибка.
error-back = Назад к хронологии
