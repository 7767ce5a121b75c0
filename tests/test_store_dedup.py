"""Cross-article deduplication: the pinned accuracy gate on tests/fixtures/dedup.

The whole pipeline runs once over the fixture articles into a temporary
store; a labelled pair is predicted "same" when one cluster holds an event of
its category from both articles (``communique.evaluation.dedup``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from communique.errors import DataError
from communique.evaluation import dedup
from communique.evaluation.dedup import LabelledPair, Mention, Scores, score_pairs
from communique.model import Article, Entity, Event, Extraction, replace
from communique.store import Store

# Floors: the figures measured when the gate was set, rounded down by about
# two points. Overall figures include extraction misses (the coder found no
# event of the pair's category in one article); the clustering figures count
# only pairs where both articles yielded one. A pair is predicted "same" when
# the two articles' lead events of its category share a cluster (see
# communique.evaluation.dedup); until 2026-11-29 any two events of the
# category sharing one counted, which let an article's background mention of
# another happening ("a week after Prague expelled ...") pass for a merge or
# a match; since 2026-11-30 an article's lead is its first mention of the
# category that the coder took for current news (not background history,
# which has no cluster when undated): "the Houthis, who have fought the
# coalition since 2015, said they struck Abu Dhabi" leads with the strike.
# Pairs: 103 written first, then 53 (ids "b3-"), 48 ("b4-"), 48 ("b6-"), 94
# ("b7-"), 90 ("b8-"), 89 ("b9-"), 90 ("b10-"), 91 ("b11-"), 92 ("b12-"), 91
# ("b13-"), 91 ("b14-"), 90 ("b15-"), 95 ("b16-"), 92 ("b17-"), 90 ("b18-"),
# 90 ("b19-"), 90 ("b20-"), 88 ("b21-"), 96 ("b22-"), 91 ("b23-"), 91
# ("b24-"), 94 ("b25-"), 90 ("b26-"), 89 ("b27-"), 89 ("b28-"), 87
# ("b29-"), 91 ("b30-"), 87 ("b31-"), 86 ("b32-"), 87 ("b33-"), 88
# ("b34-"), 86 ("b35-"), 86 ("b36-"), 93 ("b37-"), 87 ("b38-"), 87 ("b39-"),
# 87 ("b40-"), 87 ("b41-"), 87 ("b42-"), 87 ("b43-"), 85 ("b44-"), 86
# ("b45-"), 85 ("b46-"), 85 ("b47-"), 86 ("b48-"), 86 ("b49-"), 87 ("b50-"),
# 95 ("b51-"), 86 ("b52-"), 86 ("b53-"), 87 ("b54-"), 87 ("b57-"), 87
# ("b58-"), 87 ("b59-"), 87 ("b60-"), 87 ("b61-") and 87 ("b62-") written blind by
# helper sessions from a brief, never looking at
# the coder (b55 and b56 were lost with a session's temporary files before
# they joined).
# On their first run b3 scored precision 0.769 and recall 0.357 (old
# scoring), b4, after the rules b3 prompted, precision 1.000 and recall
# 0.385, b6 precision 0.786 and recall 0.458, b7 precision 0.900 and recall
# 0.205, b8 precision 0.900 and recall 0.429, b9 precision 1.000 and recall
# 0.476, b10 precision 0.810 and recall 0.405, b11 precision 0.947 and recall
# 0.409 (0.850 / 0.386 with the rules of the session before), b12 precision
# 0.941 and recall 0.381 (0.882 / 0.357 with the rules of the session
# before), b13 precision 0.826 and recall 0.442 (0.850 / 0.395 with the rules
# of the session before), b14 precision 0.840 and recall 0.488 (the same with
# the rules of the session before), b15 precision 0.864 and recall 0.452
# (0.833 / 0.357 with the rules of the session before), b16 precision 0.923
# and recall 0.571 (0.909 / 0.476 with the rules of the session before), b17
# precision 1.000 and recall 0.524 (1.000 / 0.500 with the rules of the
# session before), b18 precision 1.000 and recall 0.357 (the same with the
# rules of the session before), b19 precision 1.000 and recall 0.452 (1.000 /
# 0.405 with the rules of the session before), b20 precision 0.875 and recall
# 0.318 (0.867 / 0.295 with the rules of the session before), b21 precision
# 1.000 and recall 0.372 (1.000 / 0.302 with the rules of the session
# before), b22 precision 1.000 and recall 0.432 (the same with the rules of
# the session before; 0.947 / 0.429 on the writer's labels), b23 precision
# 0.882 and recall 0.357 (the same with the rules of the session before;
# 0.875 / 0.333 on the writer's labels), b24 precision 0.947 and recall
# 0.409 (the same with the rules of the session before; 0.944 / 0.386 on the
# writer's labels), b25 precision 0.813 and recall 0.289 (0.800 / 0.267 on
# the writer's labels), which was kept out of that session's work and scored
# the same at its end: that is what the coder does on wire copy it was not
# fitted to. Under the current scoring, b26 scored precision 1.000 and
# recall 0.273 with the rules of the session before (it was then tuned on),
# and b27, kept out until the rules b26 prompted were in, precision 0.952
# and recall 0.476 (0.947 / 0.429 with the rules of the session before;
# 0.857 / 0.450 on the writer's labels). b28 scored precision 0.842 and
# recall 0.381 with the rules of the session before (then tuned on: 0.864 /
# 0.452), and b29, kept out of the first half of that session's work,
# precision 0.893 and recall 0.625 both then and at its start (then tuned
# on: 1.000 / 0.625); b30 precision 0.857 and recall 0.273 with the rules of
# the session's start (then tuned on: 0.931 / 0.614), and b31, kept out of
# that session's work until its last hour, precision 0.765 and recall 0.295
# both at its start and when it joined (then tuned on: 0.895 / 0.386). b33
# scored precision 0.962 and recall 0.568 with the rules of its session's
# start (then tuned on: 0.938 / 0.682); b32, kept out of that session's work
# until its last two hours, precision 0.947 and recall 0.450 both at its
# start and when first measured at the end (then tuned on: 0.958 / 0.575);
# b34, written in that session's last two hours and kept out until measured,
# precision 1.000 and recall 0.537 with the rules of the session's start and
# 1.000 / 0.512 with those of its end (a pledge of bare money the coder had
# just begun to code as AID, where the brief says AGREE; with that taken
# back, 1.000 / 0.537), then tuned on: 1.000 / 0.683. b35 scored precision
# 0.929 and recall 0.310 with the rules of its session's start (then tuned
# on: 1.000 / 0.571); b36, kept out of that session's work until its last
# ninety minutes, precision 0.905 and recall 0.442 both at the start and at
# the end of the work it was kept from (then tuned on: 0.909 / 0.465). b37
# (July to December 2016), written in its session's first hour and
# measured after that session's first coder changes, precision 1.000 and
# recall 0.405 with the rules of both the session's start and that point
# (then tuned on: 1.000 / 0.619); b38 (January to June 2014), kept out of
# that session's work until its end, precision 0.933 and recall 0.333 with
# the rules of both its start and its end (then tuned on, one rule: 0.947 /
# 0.429). b39 (January to June 2019), written in its session's first hour,
# precision 0.950 and recall 0.452 with the rules of the session's start and
# the same with its first change (mentions naming no doer, attached to a
# cluster: see communique.store), then tuned on: 0.952 / 0.476; b40 (January
# to June 2015), kept out of that session's work, precision 0.889 and recall
# 0.585 with the rules of its start, 0.900 / 0.659 with the session's loose
# first version of those attachments (any such mention, anywhere in an
# article naming the doer), and 0.889 / 0.585 again with the version kept
# (lead only, doer and target named), which real long-form news required
# (the loose one attached mostly unrelated mentions there). b41 (January to
# June 2021), written in its session's first half hour, precision 0.880 and
# recall 0.550 with the rules of its start (then tuned on: 0.889 / 0.600);
# b42 (July to December 2013), measured after that session's first three
# changes, precision 0.645 and recall 0.500 both then and with the rules of
# its start (eleven merges: a phone call of two presidents with their
# ministers' meeting the day before, a drone strike with one three weeks
# later, a protest with another state's criticism), then tuned on: 1.000 /
# 0.600; b43 (January to June 2011), kept out of that session's work,
# precision 0.958 and recall 0.590 with the rules of both its start and its
# end. b44 (July to December 2014), written in its session's first hour,
# precision 0.917 and recall 0.282 with the rules of its start and after
# that session's first four changes (then tuned on: 0.947 / 0.462); b45
# (July to December 2017), kept out of that session's work, precision 0.875
# and recall 0.683 with the rules of both its start and its end. b46
# (January to June 2008), measured before any change of its session,
# precision 0.955 and recall 0.512 (then tuned on: 0.958 / 0.561); b47 (July
# to December 2019), kept out of that session's work, precision 0.913 and
# recall 0.538 with the rules of both its start and its end. b48 (July to
# December 2008), measured before any change of its session, precision 0.833
# and recall 0.732 (six merges, all of an article whose first mention of the
# category is background or a plan); b49 (January to June 2019), kept out of
# that session's work, precision 1.000 and recall 0.535; both unchanged at
# that session's end, and at the end of the next. b50 (July to December
# 2011), written during its session and measured before it was looked at,
# precision 1.000 and recall 0.432 with the rules of both its session's
# start and its first changes (then tuned on: 1.000 / 0.659); b51 (July
# 2009 to June 2010), kept out of that session's work, precision 1.000 and
# recall 0.595 with the rules of both its start and its end. b52 (2012) and
# b53 (January to June 2016 or 2017), written during their session and
# measured before they were looked at, precision 0.826 and recall 0.487
# (b52) and 0.826 / 0.475 (b53) with the rules of both the session's start
# and its first changes; b52 was then tuned on (1.000 / 0.667), b53 kept
# out of that session's work (0.826 / 0.475 at its end, and at the end of
# the next). b54 (January to June 2013 or July to December 2015), written
# during its session and measured before it was looked at, precision 0.864
# and recall 0.442 with the rules of the session's start, 1.000 / 0.581
# with those of its fifth commit and of its end, kept out. b57 (July to
# December 2018), written during its session and measured before it was
# looked at, precision 1.000 and recall 0.436 with the rules of the
# session's start, then tuned on (1.000 / 0.641); b58 (January to June 2009
# or July to December 2010), written with it and kept out, 1.000 / 0.500
# with the rules of the session's start and 1.000 / 0.500 at its end. b59
# (July to December 2020), written during its session and measured before
# it was looked at, precision 0.871 and recall 0.600 with the rules of the
# session's start, then tuned on (0.902 / 0.822); b60 (January to June
# 2010), written with it and kept out, 0.760 / 0.463 with the rules of the
# session's start and the same at its end (and at the end of the session
# after). b61 (January to June 2018), written during its session and
# measured before it was looked at, precision 1.000 and recall 0.463 with
# the rules of the session's start, the same after its first rules, then
# tuned on (1.000 / 0.537). b62 (July to December 2009), written during
# its session and measured before it was looked at, precision 0.857 and
# recall 0.409 with the rules of the session's start and the same after all
# of that session's rules but the last, then tuned on (0.875 / 0.477: the
# date of a wire dateline is the filing day). On copy it
# was not fitted to, the coder finds about a half of the same-happening
# pairs (b49 0.581, b51 0.548, b53 0.475 and b54 0.581 at the end of
# session 26), sometimes two thirds.
# (The "b5-" batch is held out.) Since b10, meetings in two towns on one trip
# are two happenings, as the b7, b8 and b10 writers all labelled them.
# Seventeen pairs of b10, b11 and b12 carry the PLOVER category of their
# happening (CAMEO2PLOVER) instead of the writer's: expelling diplomats is
# SANCTION (CAMEO 166), signing a formal agreement SUPPORT (057), pardoning
# prisoners and easing a curfew RETREAT (0841, 0813); their notes say so.
# So do three of b20, about removing tariffs: RETREAT (easing economic
# sanctions, 085), not the writer's CONCEDE; and seven of b22 and b23 about
# signing an agreement: SUPPORT (057), not the writer's AGREE, which their
# brief wrongly asked for; and eight of b24 and b25 about releasing or
# exchanging prisoners (0841) or easing sanctions (085): RETREAT, not the
# CONCEDE their brief wrongly asked for; three of b26 about summoning an
# ambassador: ACCUSE (CAMEO 114), not the PROTEST its brief wrongly asked for;
# three each of b29 and b30 about an apology: SUPPORT (CAMEO 055), not the
# CONCEDE their brief wrongly asked for (their figures above are on the
# writers' labels).
# Two b27 pairs the writer labelled different by the first article's
# category (a Western accusation of China, and Beijing's rejection of it)
# are the same ACCUSE: the rejecting article's accusation is the one
# rejected (their notes say so). The b24 and b25 briefs also put
# military exercises under MOBILIZE, where the coder codes joint exercises
# of allies as COOPERATE; those labels stayed the writers' until fourteen
# pairs of b18, b19 and b24 about exercises of allies (Zapad, Balikatan,
# Talisman Sabre, Freedom Shield) were labelled COOPERATE, as the brief now
# says (their notes keep the writers' MOBILIZE; two more pairs are right
# under both the start and the end rules of that session). Two b22 pairs that the writer labelled different
# (an announced trip and the visit it announced) are the same, as the
# project counts a plan and its happening (their notes say so).
# The b12 brief stated the first two conventions, the b13 to b21 briefs all
# of them (b14's to b21's also that a pledge of aid is AGREE, CAMEO 033,
# where the coder codes a pledge of aid as AID and one of bare money as AGREE;
# b22's and b23's that it is AID). b23's brief also said that a plan and its
# happening, and the days of one visit, are one happening.
# Measured at the end of the session b62 joined (5,044 pairs, 2,398 same):
# precision 0.959, recall 0.723, clustering precision 0.959, clustering
# recall 0.833 (4,314 pairs); on the 4,957 pairs before b62, 0.959 / 0.729
# / 0.959 / 0.839 after all of that session's rules but the last (0.959 /
# 0.721 / 0.959 / 0.836 at its start). Its coder rules (a group named by
# what it is of, a destination hung on the last of two objects, warplanes
# entering a zone, possessive warnings, a government's warning of its
# tariffs, "X should strike Y" said by X's side, people barred from a
# state's territory, cyberattacks, certainty that another did a hostile
# act, giving in, letting a captive go, detainee swaps, medical cargo,
# tariffs in force in a misparsed clause, "shortly after", wire-dateline
# dates) raised the 4,342 pairs outside the kept-out batches from 0.962 /
# 0.748 to 0.962 / 0.757; the kept-out batches b49, b51, b53, b54, b58 and
# b60 scored the same at its start and end, and so did b61 and b59.
# Measured at the end of the session b61 joined (4,957 pairs, 2,354 same):
# precision 0.959, recall 0.721, clustering precision 0.959, clustering
# recall 0.836 (4,225 pairs; 0.958 / 0.714 / 0.958 / 0.833 on 4,200 with the
# rules at the start of that session). Its coder rules (goods received from
# a named sender, forces that drill, sail or fly together, a labour strike
# launched, climbdowns and admitted responsibility, a state's name on
# sanctions another takes, troops crossing into a country, tariffs signed,
# "countries including A and B", a demand of a capital read as its place)
# and clustering rules (militants of a creed put where they struck are
# nobody named; a release or a deployment told from either side on one day)
# raised the 4,342 pairs outside the kept-out batches from 0.962 / 0.741 to
# 0.962 / 0.748, and b61's; the kept-out batches b49, b51, b53, b54, b58
# and b60 scored the same at its start and end.
# Measured at the end of the session b59 and b60 joined (4,870 pairs, 2,313
# same): precision 0.958, recall 0.718, clustering precision 0.958,
# clustering recall 0.835 (4,137 pairs; 0.958 / 0.707 / 0.958 / 0.826 on
# 4,126 with the rules at the start of that session). Its coder rules
# (missions a state is ordered to close, warnings of one's own act, aid
# aboard vehicles sent, joint training, signed statements) gained only
# b59's pairs; its clustering rules (a possible act with the report that it
# happened, missiles with air strikes, an own-state target with one abroad,
# truces brokered as agreements) 15 pairs of the others for one merge. The
# kept-out batches b49, b51, b53, b54, b58 and b60 scored the same at its
# start and end.
# Measured at the end of the session b57 and b58 joined (4,696 pairs, 2,227
# same): precision 0.965, recall 0.714, clustering precision 0.965,
# clustering recall 0.829 (3,995 pairs; 0.963 / 0.706 / 0.963 / 0.821 on
# 3,987 with the rules at the start of that session). Of that session's
# changes, counting two days' slack for talks (not calls) gained six open
# pairs and cost two of the kept-out b51 (0.595 -> 0.548).
# Measured at the end of the session b50 and b51 joined (4,263 pairs, 2,024
# same): precision 0.959, recall 0.701, clustering precision 0.959,
# clustering recall 0.817 (3,617 pairs; 0.957 / 0.689 / 0.957 / 0.813 on
# 3,576 with the rules at the start of that session); 0.9573 / 0.7054 /
# 0.9573 / 0.8205 on the 4,081 pairs before them (0.9562 / 0.6976 / 0.9562
# / 0.8194 at the start).
# Measured at the end of the session b48 and b49 joined (4,081 pairs, 1,938
# same): precision 0.956, recall 0.698, clustering precision 0.956,
# clustering recall 0.819 (3,434 pairs; 0.957 / 0.694 / 0.957 / 0.816 on
# 3,430 with the rules at the start of that session).
# Measured at the end of the session b46 and b47 joined (3,909 pairs, 1,854
# same): precision 0.959, recall 0.697, clustering precision 0.959,
# clustering recall 0.819 (3,283 pairs; 0.959 / 0.696 / 0.959 / 0.821 on
# 3,270 with the rules at the start of that session); 0.9600 / 0.7041 /
# 0.9600 / 0.8244 on the 3,739 pairs before them (0.9600 / 0.7035 / 0.9600
# / 0.8243 at the start).
# Measured at the end of the session b44 and b45 joined (3,739 pairs, 1,774
# same): precision 0.960, recall 0.703, clustering precision 0.960,
# clustering recall 0.824 (3,142 pairs; 0.960 / 0.696 / 0.960 / 0.819 with
# the rules at the start of that session); 0.962 / 0.710 / 0.962 / 0.830 on
# the 3,568 pairs before them (0.962 / 0.705 at the start).
# Measured at the end of the session b41 to b43 joined (3,568 pairs, 1,694
# same): precision 0.962, recall 0.705, clustering precision 0.962,
# clustering recall 0.828 (2,991 pairs; 0.953 / 0.698 / 0.953 / 0.822 with
# the rules at the start of that session); 0.963 / 0.714 / 0.963 / 0.832 on
# the 3,307 pairs before them (0.963 / 0.710 at the start).
# Measured at the end of the session b39 and b40 joined (3,307 pairs, 1,575
# same): precision 0.963, recall 0.710, clustering precision 0.963,
# clustering recall 0.829 (2,778 pairs; 0.967 / 0.692 / 0.967 / 0.830 with
# the rules at the start of that session); 0.965 / 0.713 / 0.965 / 0.827 on
# the 3,220 pairs before b40 (0.969 / 0.695 at the start), 0.965 / 0.720 /
# 0.965 / 0.834 on the 3,133 before b39 (0.969 / 0.702 at the end of the
# session before). The precision floors were lowered to 0.94 when these
# attachments came (they cost 0.004); the recall floor stays 0.69.
# Measured at the end of the session b37 and b38 joined (3,133 pairs, 1,492
# same): precision 0.969, recall 0.702, clustering precision 0.969,
# clustering recall 0.835 (2,593 pairs; 0.969 / 0.699 / 0.969 / 0.832 when
# b38 joined, 0.969 / 0.684 / 0.969 / 0.818 with the rules at the start of
# that session); 0.970 / 0.710 / 0.970 / 0.843 on
# the 3,046 pairs before b38 (0.969 / 0.695 / 0.969 / 0.828 at the start;
# 0.969 / 0.700 when b37 joined), 0.969 / 0.712 / 0.969 / 0.846 on the
# 2,953 before b37 (0.969 / 0.703 at the start).
# Measured at the end of the session b35 and b36 joined (2,953 pairs, 1,408
# same): precision 0.969, recall 0.703, clustering precision 0.969,
# clustering recall 0.831 (2,455 pairs; 0.969 / 0.702 / 0.969 / 0.832 when
# they joined); 0.969 / 0.715 / 0.969 / 0.834 on
# the 2,781 pairs before them (0.970 / 0.710 / 0.970 / 0.830 with the rules
# at the start of that session; 0.968 / 0.690 / 0.968 / 0.826 on all 2,953).
# Measured at the end of the session b32 to b34 joined (2,781 pairs, 1,323
# same): precision 0.970, recall 0.710, clustering precision 0.970,
# clustering recall 0.830 (2,339 pairs; 0.970 / 0.701 / 0.970 / 0.823 when
# they joined); 0.971 / 0.716 / 0.971 / 0.836 on the 2,520 pairs before
# them (0.972 / 0.699 / 0.972 / 0.827 with the rules at the start of that
# session and the same labels; 0.972 / 0.682 / 0.972 / 0.812 on all 2,781).
# Measured at the end of the session b28 to b31 joined (2,520 pairs, 1,198
# same): precision 0.972, recall 0.697, clustering precision 0.972,
# clustering recall 0.826 (2,092 pairs; 0.970 / 0.694 / 0.970 / 0.829 when
# b30 and b31 joined); 0.975 / 0.713 / 0.975 / 0.835 on
# the 2,342 pairs before b30 and b31 (0.973 / 0.706 / 0.973 / 0.832 when b28
# and b29 joined mid-session), 0.978 / 0.727 / 0.978 / 0.849 on the 2,166
# before b28 (0.973 / 0.713 / 0.973 / 0.838 at the start of that session).
# Measured at the end of the session b26 and b27 joined (2,166 pairs, 1,028
# same): precision 0.973, recall 0.713, clustering precision 0.973,
# clustering recall 0.838 (1,811 pairs); 0.973 / 0.722 / 0.973 / 0.846 on
# the 1,987 pairs before them (0.972 / 0.699 / 0.972 / 0.822 with the rules
# at the start of that session, under the current scoring); when they
# joined: 0.973 / 0.707 / 0.973 / 0.831.
# Measured when b24 and b25 joined (1,987 pairs, 942 same): precision 0.965,
# recall 0.696, clustering precision 0.965, clustering recall 0.819 (1,675
# pairs); before they joined: 0.967 / 0.728 / 0.967 / 0.838 on 1,802 pairs
# (0.967 / 0.721 / 0.967 / 0.838 at the start of that session).
# Measured when b22 and b23 joined (1,802 pairs, 853 same): precision 0.967,
# recall 0.715, clustering precision 0.967, clustering recall 0.835 (1,537
# pairs); before they joined: 0.969 / 0.728 / 0.969 / 0.846 on 1,615 pairs
# (0.966 / 0.708 / 0.966 / 0.829 at the start of that session).
# Measured (1,615 pairs, 767 same): precision 0.966, recall 0.704, clustering
# precision 0.966, clustering recall 0.830 (1,364 pairs), when the recall
# floors were raised from 0.65 and 0.79; when b21 joined: 0.966 / 0.698 /
# 0.966 / 0.824 (1,358 pairs); before b21 joined:
# 0.965 / 0.717 / 0.965 / 0.832 on 1,527 pairs. When b20 joined: 0.964 /
# 0.693 / 0.964 / 0.819 (1,283 pairs); before b20 joined:
# 0.966 / 0.718 / 0.966 / 0.831 on 1,437 pairs (0.965 / 0.694 at the start
# of that session). When b19 joined: 0.965 / 0.691 / 0.965 / 0.817 on 1,437
# pairs; before b19 joined:
# 0.964 / 0.704 / 0.964 / 0.822 on 1,347 pairs (0.963 / 0.683 when b17 and
# b18 joined); before b17 and b18 joined: 0.958 / 0.704 / 0.958 / 0.823 on
# 1,165 pairs (0.958 / 0.697 at the start of that session). When b16
# joined: 0.957 / 0.686 / 0.957 / 0.817. When b15 joined: 0.954 / 0.695 /
# 0.954 / 0.822 on 1,070 pairs; before b15 joined: 0.962 / 0.706 / 0.962 /
# 0.828 on 980 pairs; when b14 joined:
# 0.959 / 0.687 / 0.959 / 0.814; before b14 joined:
# 0.965 / 0.700 / 0.965 / 0.817 on 889 pairs; before b13 joined:
# 0.975 / 0.706 / 0.975 / 0.824 on 798 pairs; before b12 joined:
# 0.972 / 0.716 / 0.972 / 0.851 on 706 pairs; before b11: 0.974 / 0.742 /
# 0.974 / 0.870 on 615 pairs.
FLOORS = {
    "precision": 0.94,
    "recall": 0.69,
    "clustering_precision": 0.94,
    "clustering_recall": 0.81,
}


@pytest.fixture(scope="module")
def outcomes(resources):
    return dedup.evaluate(resources.config, resources=resources)


@pytest.fixture(scope="module")
def by_pair(outcomes):
    return {(o.pair.a, o.pair.b): o for o in outcomes}


def test_store_dedup_fixtures_are_balanced_and_complete():
    folder = dedup.fixtures_dir()
    pairs = dedup.load_pairs(folder / dedup.PAIRS)
    ids = [json.loads(line)["id"] for line in
           (folder / dedup.ARTICLES).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(ids) == len(set(ids))
    assert len(pairs) >= 40
    same = sum(p.same for p in pairs)
    assert 0.4 <= same / len(pairs) <= 0.6
    assert {x for p in pairs for x in (p.a, p.b)} <= set(ids)


def test_store_dedup_accuracy_floors(outcomes):
    overall = Scores.of(outcomes)
    clustering = Scores.of(o for o in outcomes if o.extracted)
    measured = {
        "precision": overall.precision,
        "recall": overall.recall,
        "clustering_precision": clustering.precision,
        "clustering_recall": clustering.recall,
    }
    report = dedup.error_table([o for o in outcomes if not o.correct])
    for name, floor in FLOORS.items():
        assert measured[name] >= floor, f"{name} {measured[name]:.3f} < {floor}\n{report}"


@pytest.mark.parametrize("a, b", [
    ("modi-japan-plan", "modi-japan-arrival"),            # plan, then the visit
    ("poland-troops-border", "poland-troops-border-third"),  # weekday vs date
    ("drc-rwanda-plan", "drc-rwanda-signed"),             # plan, then the signing
    ("nk-threatens-drills", "nk-threatens-drills-pyongyang"),       # country vs capital
    ("xi-serbia", "xi-serbia-followup"),                  # "the Chinese leader"
    ("macron-zelensky-call", "macron-zelensky-call-kyiv"),  # next day, other side's account
    ("us-sanctions-venezuela", "us-sanctions-venezuela-caracas"),  # the article is about Caracas
    ("erdogan-iraq-plan", "erdogan-iraq-baghdad"),        # a visit's two stops are one visit
    ("lo-pak-shells-poonch", "lo-pak-shells-poonch-followup"),  # region vs town, new toll
])
def test_store_dedup_same_happening_shares_a_cluster(by_pair, a, b):
    outcome = by_pair[(a, b)]
    assert outcome.pair.same and outcome.predicted, dedup.error_table([outcome])


@pytest.mark.parametrize("a, b", [
    ("us-russia-geneva", "us-russia-vienna"),             # Geneva vs Vienna, two days apart
    ("eu-sanctions-iran-air", "us-sanctions-iran-oil"),   # EU vs US, same target, same week
    ("china-accuses-philippines", "philippines-accuses-china"),  # roles reversed
    ("xi-serbia", "xi-hungary"),                          # one tour, two countries
    ("nk-threatens-drills", "nk-threatens-november"),     # same parties, another month
    ("serbia-kosovo-plan", "serbia-kosovo-denial"),       # a plan vs a denial
    ("macron-zelensky-call", "macron-erdogan-call"),      # same caller, same day, another callee
    ("tr-strikes-iraq", "tr-strikes-syria"),              # "killing 12" is the Syria strike's
    ("il-strike-gaza-school", "il-strike-khan-younis"),   # unplaced strike, another town
    ("ru-detains-us-soldier", "ru-detains-us-moscow"),    # unplaced arrest, another town
    ("us-sanctions-venezuela", "us-sanctions-nicaragua"),  # same day, another target
])
def test_store_dedup_lookalikes_stay_apart(by_pair, a, b):
    outcome = by_pair[(a, b)]
    assert not outcome.pair.same and not outcome.predicted, dedup.error_table([outcome])


def _mention(article: str, cluster: int, event: str = "CONSULT") -> Mention:
    return Mention(article_id=article, event=event, cluster_id=cluster, date="2024-06-18",
                   enddate="2024-06-18", factuality="asserted", historical=False,
                   actors=("KOR",), recipients=("CHN",), place=None, event_text="met")


def test_store_dedup_scoring_classes_each_error():
    pairs = [LabelledPair("a", "b", True, "CONSULT"), LabelledPair("a", "c", True, "CONSULT"),
             LabelledPair("a", "d", False, "CONSULT"), LabelledPair("a", "e", True, "CONSULT")]
    mentions = {"a": [_mention("a", 1)], "b": [_mention("b", 1)], "c": [_mention("c", 2)],
                "d": [_mention("d", 1)], "e": [_mention("e", 1, event="ACCUSE")]}
    reasons = [o.reason for o in score_pairs(pairs, mentions)]
    assert reasons == ["ok", "split", "merged", "extraction miss: e"]
    scores = Scores.of(score_pairs(pairs, mentions))
    assert (scores.precision, scores.recall) == (0.5, 1 / 3)


def test_store_dedup_a_background_mention_is_not_what_an_article_is_about():
    # b leads with its own happening (cluster 2) and recalls a's (cluster 1)
    pairs = [LabelledPair("a", "b", False, "SANCTION"), LabelledPair("b", "c", True, "SANCTION")]
    mentions = {"a": [_mention("a", 1, "SANCTION")],
                "b": [_mention("b", 2, "SANCTION"), _mention("b", 1, "SANCTION")],
                "c": [_mention("c", 2, "SANCTION")]}
    assert [o.reason for o in score_pairs(pairs, mentions)] == ["ok", "ok"]


def test_store_dedup_a_lead_is_the_first_mention_the_coder_took_for_news():
    # "the Houthis, who have fought the coalition since 2015, said they struck
    # Abu Dhabi": the background fight comes first in the text, the strike is
    # the news; history with no date has no cluster.
    pairs = [LabelledPair("a", "b", True, "ASSAULT")]
    history = dataclasses.replace(_mention("a", 7, "ASSAULT"), historical=True)
    undated = dataclasses.replace(_mention("a", 0, "ASSAULT"), cluster_id=None)
    mentions = {"a": [history, undated, _mention("a", 3, "ASSAULT")],
                "b": [_mention("b", 3, "ASSAULT")]}
    assert [o.reason for o in score_pairs(pairs, mentions)] == ["ok"]


def test_store_dedup_fixtures_missing_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="tests/fixtures/dedup"):
        dedup.fixtures_dir(tmp_path / "somewhere" / "module.py")


def test_store_clusters_open_ended_period_does_not_overflow(tmp_path):
    # "the first since ..." periods reach back to the first day of the calendar
    state = Entity(text="India", name="India", country="IND", sector="GOV", type="state")
    early = Event(id="e1", event="CONSULT", mode=None, date=dt.date.min,
                  enddate=dt.date(2024, 7, 7), date_precision="day", factuality="asserted",
                  historical=True, event_text="visit", text="Its first visit since.",
                  span=(0, 22), actor=(state,), recipient=(), quad_code=1, intensity=1.0)
    article = Article(id="a1", url=None, source="Wire", title="t", text="Its first visit since.",
                      published=dt.datetime(2024, 7, 8, tzinfo=dt.timezone.utc), language="en")
    with Store(tmp_path / "t.duckdb") as store:
        store.ingest([Extraction(article=article, events=(early,))])
        again = replace(article, id="a2", text="Again its first visit since.")
        store.ingest([Extraction(article=again, events=(early,))])
        assert store.counts()["clusters"] == 1
