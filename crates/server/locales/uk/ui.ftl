# Вебінтерфейс swapledger: українська.
# Кожне слово сторінок тут; код на Rust лише обирає ідентифікатори.

app-name = swapledger
app-tagline = Реєстр обмінів полоненими та репатріацій: кожна цифра веде до джерела
nav-timeline = Хронологія
nav-search = Пошук
nav-api = API (OpenAPI)
lang-switch = Мова
skip-to-content = До змісту
footer-note = Цифри взято з опублікованих повідомлень; кожна веде до слів, з яких її прочитано.
unknown = невідомо
none = —
yes = так
no = ні

## Хронологія
timeline-title = Обміни в часі
chart-title = Люди, повернуті в Україну
chart-desc = Стовпці: скільки людей повернулося в Україну під час кожного обміну чи звільнення (ліва вісь). Лінія: загальна кількість (права вісь).
chart-per-event = за подію
chart-cumulative = усього
chart-axis-people = людей за подію
chart-axis-cumulative = усього на той час
chart-empty = Ще немає обмінів з відомою кількістю людей.
chart-bar-title = { $label }
filter-legend = Відбір
filter-from = Від
filter-to = До
filter-kind = Вид
filter-kind-any = будь-який
filter-conflicts = лише події з розбіжними цифрами
filter-as-of = Станом на
filter-apply = Показати
filter-reset = Скинути
events-count = { $count ->
    [one] { $count } подія
    [few] { $count } події
   *[other] { $count } подій
}
events-none = Жодна подія не відповідає відбору.
as-of-note = Станом на { $date }: повідомлення без дати публікації не враховано ({ $count }).
col-date = Дата
col-event = Подія
col-kind = Вид
col-ordinal = №
col-to-ukraine = В Україну
col-to-russia = В Росію
col-documents = Повідомлень
col-conflict = Розбіжність
conflict-marker = розбіжність
conflict-title = Повідомлення розходяться в цифрах цієї події

## Види подій
kind-exchange = Обмін
kind-repatriation = Репатріація тіл
kind-release = Звільнення
kind-disrupted = Зірваний обмін

## Подія
event-heading = { $kind }, { $date }
event-ordinal = Обмін номер { $ordinal }
event-figures = Цифри
event-figures-note = Нижня й верхня межі — найширші, які допускають повідомлення; «найкраща» — цифра, якій надано перевагу.
col-figure = Показник
col-best = Найкраща
col-low = Нижня
col-high = Верхня
col-claims = Повідомлення
unbounded = відкрито
figure-conflict = розбіжність
figure-corrected = виправлено
approx-over = понад
approx-about = близько
approx-under = менше ніж
claim-value = Значення
claim-source = Джерело
claim-cited = Посилається на
claim-language = Мова
claim-role = Роль
claim-published = Опубліковано
claim-evidence = Доказ
claim-show = показати в повідомленні
role-main = головна подія
role-background = згадка
event-checks = Перевірки
event-checks-none = Немає розбивки для перевірки.
check-ok = сходиться
check-failed = не сходиться
check-branches_sum = Роди військ у сумі дають загальну цифру
check-ranks_sum = Офіцери й рядові в сумі
check-military_civilians_sum = Військові й цивільні в сумі
event-lists = Названо в повідомленнях
list-mediators = Посередники
list-sources = Джерела
list-branches_mentioned = Названі роди військ
list-dates = Названі дати
list-documents = { $count ->
    [one] { $count } повідомлення
    [few] { $count } повідомлення
   *[other] { $count } повідомлень
}
event-corrections = Виправлення
corrections-none = Виправлень немає.
col-seq = №
col-field = Показник
col-old = Було
col-new = Стало
col-note = Примітка
col-by = Хто
col-at = Коли
orphaned = без події
event-summary = Стисло
event-documents = Повідомлення про цю подію
event-json = Ця подія в JSON
event-not-found = Немає події з таким ідентифікатором.

## Показники
field-to_ukraine = Повернулися в Україну
field-to_russia = Повернулися в Росію
field-military = Військові
field-civilians = Цивільні
field-officers = Офіцери
field-enlisted = Рядові й сержанти
field-women = Жінки
field-wounded = Поранені
field-cumulative_exchanges = Обмінів загалом
field-cumulative_to_ukraine = Повернуто в Україну загалом
field-ordinal = Номер обміну
field-oldest = Вік найстаршого
field-youngest = Вік наймолодшого

## Роди військ
branch-armed_forces = Збройні сили
branch-navy = ВМС
branch-marines = Морська піхота
branch-land_forces = Сухопутні війська
branch-air_force = Повітряні сили
branch-air_assault = Десантно-штурмові війська
branch-territorial_defense = Тероборона
branch-unmanned_systems = Сили безпілотних систем
branch-national_guard = Національна гвардія
branch-border_guard = Прикордонна служба
branch-national_police = Національна поліція
branch-special_transport = Держспецтрансслужба
branch-sbu = СБУ
branch-special_operations = Сили спеціальних операцій
branch-emergency_service = ДСНС

## Джерела
source-zelensky = Президент Зеленський
source-yermak = Андрій Єрмак
source-budanov = Кирило Буданов
source-lubinets = Омбудсман Дмитро Лубінець
source-umerov = Рустем Умєров
source-coordination_hq = Координаційний штаб
source-hur = ГУР
source-ombudsman_ru = Російська омбудсманка
source-mod_ru = Міноборони Росії
source-mediator = посередник

## Держави-посередники
state-AE = Об'єднані Арабські Емірати
state-TR = Туреччина
state-SA = Саудівська Аравія
state-QA = Катар
state-VA = Ватикан
state-US = США

## Повідомлення
doc-lang-uk = українська
doc-lang-ru = російська
doc-lang-en = англійська
document-title = Повідомлення
doc-source = Джерело
doc-published = Опубліковано
doc-language = Мова
doc-url = Адреса
doc-sightings = Де знайдено
doc-text = Текст
doc-text-note = Виділено слова, з яких прочитано кожну цифру. Виділення веде до події.
doc-facts = Цифри з цього повідомлення
doc-no-facts = З цього повідомлення не прочитано жодної цифри.
fact-event = Подія
fact-field = Показник
fact-value = Значення
fact-quote = Цитата
document-not-found = Немає повідомлення з таким ідентифікатором.

## Пошук
search-title = Пошук у повідомленнях
search-label = Що знайти
search-button = Шукати
search-hint = Повнотекстовий пошук у всіх повідомленнях (точні форми слів: «українців» знаходить лише цю форму).
search-results = { $count ->
    [one] Знайдено { $count } повідомлення
    [few] Знайдено { $count } повідомлення
   *[other] Знайдено { $count } повідомлень
}
search-none = Нічого не знайдено.

## Помилки
error-title = Помилка
error-not-found = Не знайдено.
error-bad-request = Хибний запит.
error-internal = На сервері сталася помилка.
error-back = Назад до хронології
