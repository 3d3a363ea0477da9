# Summaries of exchange events, in English.
#
# Numbers arrive as $count (Fluent picks the plural form: one, other) with
# $approx (over, about, under, exact). Noun phrases (np-*) are worded here and
# passed into sentences as text. Source, branch and state keys are the
# report spec's.

## Dates

month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date = { $day } { month-name } { $year }

## How a figure is qualified

qualifier = { $approx ->
    [over] more than
    [about] about
    [under] almost
   *[exact] {""}
}

## Noun phrases with their number

np-defenders = { qualifier } { $count } { $count ->
    [one] defender
   *[other] defenders
}
np-people = { qualifier } { $count } { $count ->
    [one] person
   *[other] people
}
np-servicemen-own = { qualifier } { $count } of its servicemen
np-military = { qualifier } { $count } { $count ->
    [one] serviceman
   *[other] servicemen
}
np-civilians = { qualifier } { $count } { $count ->
    [one] civilian
   *[other] civilians
}
np-officers = { qualifier } { $count } { $count ->
    [one] officer
   *[other] officers
}
np-enlisted = { qualifier } { $count } rank-and-file soldiers and sergeants
np-wounded = { qualifier } { $count } of those freed
np-women = { qualifier } { $count } { $count ->
    [one] woman
   *[other] women
}
np-years = { $count }
np-bodies = { qualifier } { $count } { $count ->
    [one] body
   *[other] bodies
}
np-fallen = { qualifier } { $count } fallen { $count ->
    [one] defender
   *[other] defenders
}
np-exchanges = { qualifier } { $count } { $count ->
    [one] exchange
   *[other] exchanges
}
np-ukrainians = { qualifier } { $count } { $count ->
    [one] Ukrainian
   *[other] Ukrainians
}
np-number = { qualifier } { $count }

## Headline

headline-exchange = { $people } { $count ->
    [one] returns
   *[other] return
} home from captivity
headline-exchange-plain = Ukraine and Russia exchange prisoners
headline-repatriation = Ukraine receives the bodies of { $fallen }
headline-repatriation-plain = Ukraine receives the bodies of fallen defenders
headline-release = { $people } { $count ->
    [one] returns
   *[other] return
} home without an exchange
headline-release-plain = Ukraine brings its citizens home without an exchange
headline-disrupted = Prisoner exchange of { $to_ukraine } for { $to_russia } disrupted
headline-disrupted-plain = Planned prisoner exchange disrupted

## Lead

ordinal = { $ordinal }{ NUMBER($ordinal, type: "ordinal") ->
    [one] st
    [two] nd
    [few] rd
   *[other] th
}
lead-exchange = On { $date }, Ukraine and Russia exchanged prisoners.
lead-exchange-ordinal = On { $date }, the { ordinal } prisoner exchange took place.
lead-returned = Ukraine brought home { $people }.
lead-russia = Russia got back { $servicemen }.
lead-repatriation = On { $date }, the bodies of the fallen were repatriated.
lead-bodies-ukraine = Ukraine received the bodies of { $fallen }.
lead-bodies-russia = Russia received { $bodies }.
lead-release = On { $date }, people were brought home without an exchange.
lead-disrupted = The prisoner exchange planned for { $date } did not take place.
lead-disrupted-formula = The sides were to exchange { $count } for { $count } prisoners.
lead-disrupted-ukraine = { $people } were to come home.
lead-disrupted-russia = Russia was to get back { $servicemen }.
mediators = { $kind ->
    [repatriation] The repatriation was
    [release] The return was
    [disrupted] The exchange was being
   *[exchange] The exchange was
} mediated by { $states }.

## Breakdown

branches-title = { $kind ->
    [repatriation] The fallen, by branch:
   *[other] Those returned, by branch of service:
}
branch-item = { qualifier } { $count } from the { $branch }
list-item-separator = {""}
list-item-end = {""}
branches-mentioned = { $kind ->
    [repatriation] Among the fallen are members of
   *[other] Among those returned are members of
} { $branches }.
ranks-both = Among those returned are { $officers } and { $enlisted }.
ranks-officers = Among those returned are { $officers }.
ranks-enlisted = Among those returned are { $enlisted }.
ages-both = The youngest is { $youngest } years old and the oldest is { $oldest }.
ages-youngest = The youngest is { $youngest } years old.
ages-oldest = The oldest is { $oldest } years old.
wounded = { $wounded } { $count ->
    [one] is
   *[other] are
} wounded or seriously ill.
women = Among those returned are { $women }.
civilians-split = They are { $military } and { $civilians }.
civilians-part = Among those returned are { $civilians }.
civilians-all = { $count ->
    [one] The person is a civilian.
   *[other] All of them are civilians.
}

## Disputes and corrections

figure-name = { $key ->
    [to_ukraine] the number returned to Ukraine
    [to_russia] the number handed over to Russia
    [military] the number of servicemen among those returned
    [civilians] the number of civilians among those returned
    [officers] the number of officers among those returned
    [enlisted] the number of rank-and-file soldiers and sergeants among those returned
    [women] the number of women among those returned
    [wounded] the number of wounded among those returned
    [oldest] the age of the oldest
    [youngest] the age of the youngest
   *[other] the breakdown by branch
}
conflict = Figures for { figure-name } differ: { $claims }.
conflict-range = Figures for { figure-name } differ: from { $low } to { $high }.
claim-cited = { qualifier } { $count } according to { $source }
claim-outlet = { qualifier } { $count } according to { $outlet }
claim-breakdown = { qualifier } { $count } by the sum of the breakdown by branch
corrected = The figure for { figure-name } has been corrected: { $was } was first given.
corrected-plain = The figure for { figure-name } has been corrected.

## Who reported it

event-about = { $kind ->
    [repatriation] The repatriation
    [release] The return
    [disrupted] The disruption
   *[exchange] The exchange
}
reported-by = { event-about } was reported by { $sources }.
source-name = { $key ->
    [zelensky] President Volodymyr Zelensky
    [yermak] Andriy Yermak, head of the President's Office
    [budanov] Kyrylo Budanov, chief of Defence Intelligence
    [lubinets] Ombudsman Dmytro Lubinets
    [umerov] Rustem Umerov
    [coordination_hq] the Coordination Headquarters for the Treatment of Prisoners of War
    [hur] Defence Intelligence of Ukraine
    [ombudsman_ru] Russia's human rights commissioner Tatyana Moskalkova
    [mod_ru] the Russian Ministry of Defence
    [mediator] the foreign ministry of { $state }
   *[other] { $key }
}
source-genitive = { $key ->
    [coordination_hq] the Coordination Headquarters
   *[other] { source-name }
}
source-gender = neuter
outlets = Based on reports by { $outlets }.
outlet = { $name }

## Context

running-total-both = Since the start of the full-scale war, { $exchanges } { $exchanges_count ->
    [one] has
   *[other] have
} returned { $people } home.
running-total-exchanges = Since the start of the full-scale war, there { $exchanges_count ->
    [one] has been
   *[other] have been
} { $exchanges }.
running-total-people = Since the start of the full-scale war, { $people } { $people_count ->
    [one] has
   *[other] have
} come home from captivity.
previous = The previous exchange took place on { $date }, when { $people } came home.
previous-plain = The previous exchange took place on { $date }.

## Names

state-genitive = { $code ->
    [AE] the United Arab Emirates
    [TR] Türkiye
    [SA] Saudi Arabia
    [QA] Qatar
    [VA] the Holy See
    [US] the United States
   *[other] { $code }
}
branch-name = { $key ->
    [armed_forces] Armed Forces of Ukraine
    [navy] Navy
    [marines] Marine Corps
    [land_forces] Land Forces
    [air_force] Air Force
    [air_assault] Air Assault Forces
    [territorial_defense] Territorial Defense Forces
    [unmanned_systems] Unmanned Systems Forces
    [national_guard] National Guard
    [border_guard] State Border Guard Service
    [national_police] National Police
    [special_transport] State Special Transport Service
    [sbu] SBU
    [special_operations] Special Operations Forces
    [emergency_service] State Emergency Service
   *[other] { $key }
}
branch-genitive = { $key ->
    [armed_forces] the Armed Forces of Ukraine
    [navy] the Navy
    [marines] the Marine Corps
    [land_forces] the Land Forces
    [air_force] the Air Force
    [air_assault] the Air Assault Forces
    [territorial_defense] the Territorial Defense Forces
    [unmanned_systems] the Unmanned Systems Forces
    [national_guard] the National Guard
    [border_guard] the State Border Guard Service
    [national_police] the National Police
    [special_transport] the State Special Transport Service
    [sbu] the SBU
    [special_operations] the Special Operations Forces
    [emergency_service] the State Emergency Service
   *[other] { $key }
}
list-separator = {", "}
list-last-separator = {" and "}
