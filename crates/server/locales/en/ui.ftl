# swapledger web interface: English.
# Every word of the pages is here; the Rust code only picks message ids.

app-name = swapledger
app-tagline = A ledger of prisoner exchanges and repatriations, every figure traced to its source
nav-timeline = Timeline
nav-search = Search
nav-api = API (OpenAPI)
lang-switch = Language
skip-to-content = Skip to content
footer-note = Figures are read from published reports; each one links to the words it was read from.
unknown = unknown
none = —
yes = yes
no = no

## Timeline
timeline-title = Exchanges over time
chart-title = People returned to Ukraine
chart-desc = Bars: people returned to Ukraine in each exchange or release (left axis). Line: the running total (right axis).
chart-per-event = per event
chart-cumulative = cumulative
chart-axis-people = people per event
chart-axis-cumulative = total so far
chart-empty = No exchanges with a known number of people yet.
chart-bar-title = { $label }
filter-legend = Filter
filter-from = From
filter-to = To
filter-kind = Kind
filter-kind-any = any
filter-conflicts = only events with conflicting figures
filter-as-of = As known on
filter-apply = Show
filter-reset = Reset
events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
events-none = No events match.
as-of-note = As known on { $date }: documents without a publication date are left out ({ $count }).
col-date = Date
col-event = Event
col-kind = Kind
col-ordinal = No.
col-to-ukraine = To Ukraine
col-to-russia = To Russia
col-documents = Reports
col-conflict = Conflict
conflict-marker = conflict
conflict-title = Reports disagree on a figure of this event

## Kinds
kind-exchange = Exchange
kind-repatriation = Repatriation of bodies
kind-release = Release
kind-disrupted = Disrupted exchange

## Event
event-heading = { $kind }, { $date }
event-ordinal = Exchange number { $ordinal }
event-figures = Figures
event-figures-note = Low and high are the widest bounds the reports allow; best is the preferred figure.
col-figure = Figure
col-best = Best
col-low = Low
col-high = High
col-claims = Reports
unbounded = open
figure-conflict = conflicting
figure-corrected = corrected
approx-over = over
approx-about = about
approx-under = under
claim-value = Value
claim-source = Source
claim-cited = Cites
claim-language = Language
claim-role = Role
claim-published = Published
claim-evidence = Evidence
claim-show = show in the report
role-main = main event
role-background = background mention
event-checks = Checks
event-checks-none = No breakdown to check.
check-ok = agrees
check-failed = does not add up
check-branches_sum = Branches add up to the total
check-ranks_sum = Officers and rank and file add up
check-military_civilians_sum = Military and civilians add up
event-lists = Named in the reports
list-mediators = Mediators
list-sources = Cited sources
list-branches_mentioned = Branches named
list-dates = Dates given
list-documents = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
event-corrections = Corrections
corrections-none = No corrections.
col-seq = No.
col-field = Figure
col-old = Before
col-new = After
col-note = Note
col-by = By
col-at = When
orphaned = orphaned
event-summary = Summary
event-documents = Reports of this event
event-json = This event as JSON
event-not-found = No event with this id.

## Figures
field-to_ukraine = Returned to Ukraine
field-to_russia = Returned to Russia
field-military = Military
field-civilians = Civilians
field-officers = Officers
field-enlisted = Rank and file
field-women = Women
field-wounded = Wounded
field-cumulative_exchanges = Exchanges so far
field-cumulative_to_ukraine = Returned to Ukraine so far
field-ordinal = Exchange number
field-oldest = Age of the oldest
field-youngest = Age of the youngest

## Branches
branch-armed_forces = Armed Forces
branch-navy = Navy
branch-marines = Marines
branch-land_forces = Land Forces
branch-air_force = Air Force
branch-air_assault = Air Assault Forces
branch-territorial_defense = Territorial Defence
branch-unmanned_systems = Unmanned Systems Forces
branch-national_guard = National Guard
branch-border_guard = Border Guard
branch-national_police = National Police
branch-special_transport = State Special Transport Service
branch-sbu = Security Service (SBU)
branch-special_operations = Special Operations Forces
branch-emergency_service = State Emergency Service

## Cited sources
source-zelensky = President Zelensky
source-yermak = Andriy Yermak
source-budanov = Kyrylo Budanov
source-lubinets = Ombudsman Dmytro Lubinets
source-umerov = Rustem Umerov
source-coordination_hq = Coordination Headquarters
source-hur = Defence Intelligence (HUR)
source-ombudsman_ru = Russian ombudsman
source-mod_ru = Russian Ministry of Defence
source-mediator = the mediator

## Mediating states
state-AE = United Arab Emirates
state-TR = Türkiye
state-SA = Saudi Arabia
state-QA = Qatar
state-VA = the Vatican
state-US = United States

## Documents
doc-lang-uk = Ukrainian
doc-lang-ru = Russian
doc-lang-en = English
document-title = Report
doc-source = Source
doc-published = Published
doc-language = Language
doc-url = Address
doc-sightings = Seen at
doc-text = Text
doc-text-note = Highlighted: the words each figure was read from. Follow a highlight to its event.
doc-facts = Figures read from this report
doc-no-facts = No figure of any event was read from this report.
fact-event = Event
fact-field = Figure
fact-value = Value
fact-quote = Quoted text
document-not-found = No report with this id.

## Search
search-title = Search reports
search-label = Words to find
search-button = Search
search-hint = Full-text search over every report (exact word forms: “українців” finds only that form).
search-results = { $count ->
    [one] { $count } report found
   *[other] { $count } reports found
}
search-none = Nothing found.

## Errors
error-title = Error
error-not-found = Not found.
error-bad-request = The request is not valid.
error-internal = Something went wrong on the server.
error-back = Back to the timeline
