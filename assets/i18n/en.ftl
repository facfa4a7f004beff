# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue).
meta-locale = en-GB
meta-date = { $weekday } { $day } { $month } { $year }
meta-day_month = { $weekday } { $day } { $month }
# Between a day and its time, or a day and the days left ("Sat 12 Dec 2026, 11:00").
meta-separator = {", "}

app-name = CityRights
app-version = version { $version }
app-loading = Opening your database…

# Navigation
nav-label = Main
nav-skip_to_main = Skip to main content
nav-dashboard = Dashboard
nav-engagements = Engagements
nav-recommendations = Recommendations
nav-settings = Settings
nav-bin = Bin
nav-demo = demo
nav-demo_hint = Demo data: a fictional city to explore the app.
nav-no_city = City not set up yet
nav-next_due = Next due
nav-nothing_due = No date of any engagement is still to come.
nav-missed =
    { $n ->
        [one] 1 missed deadline
       *[other] { $n } missed deadlines
    }
nav-not_found = This page does not exist.
nav-back_to_dashboard = Go to the dashboard

# Generic
common-save = Save
common-cancel = Cancel
common-edit = Edit
common-delete = Delete
common-remove = Remove
common-saved = Saved
common-close = Close
common-undo = Undo
common-save_changes = Save changes
common-discard_changes = Discard changes
common-keep_editing = Keep editing
common-unsaved = Unsaved changes
common-loading = Loading…
common-optional = (optional)
common-retry = Try again
common-none = —
common-estimate = estimate
common-estimate_hint = An estimate from typical timelines, not an official date.
common-words_of_limit = { $words } / { $limit } words
common-words_no_limit = { $words ->
        [one] { $words } word
       *[other] { $words } words
    } (limit not known)
common-joint = joint
common-individual = individual
common-error_prefix = Something went wrong:

# Relative time (from the days_left the core computes, or display-only from `due`)
days-today = today
days-tomorrow = tomorrow
days-in = in { $n } days
days-overdue_today = overdue by less than a day
days-overdue =
    { $n ->
        [one] overdue by 1 day
       *[other] overdue by { $n } days
    }
days-passed_today = passed less than a day ago
days-passed =
    { $n ->
        [one] passed 1 day ago
       *[other] passed { $n } days ago
    }

# Times and zones
time-end_of_day = end of day
time-zone_time = { $city } time
time-original = { $time } { $zone } ({ $tz })
time-original_with_date = { $date }, { $time } { $zone } ({ $tz })
zone-Europe_Zurich = Geneva
# The other UN duty stations whose zones the app offers, as this language names the city
# (any other zone shows the English city of its IANA name).
zone-Europe_Vienna = Vienna
zone-America_New_York = New York
zone-Africa_Nairobi = Nairobi

# Start-up
startup-error_title = CityRights could not open its database
startup-error_file = File
startup-error_reason = Reason
startup-error_unchanged = The file was not changed. You can open another database file, or start a new, empty one.
startup-open_other = Open another file
startup-start_new = Start a new database
startup-status_failed = The app could not check its database.

welcome-title = Welcome to CityRights
welcome-p1 = CityRights helps your city’s human rights office prepare its contributions to the UN human rights mechanisms: the Universal Periodic Review, the treaty bodies and the Special Procedures.
welcome-p2 = It keeps every deadline in one place, so you always know what is due next.
welcome-demo = Explore with demo data
welcome-demo_hint = A fictional city with a few engagements, to see how everything works.
welcome-setup = Set up my city
welcome-setup_hint = Enter your city’s details and start with your own data.
welcome-setup_title = Set up your city
welcome-setup_intro = These details appear on your submissions. You can change them later in Settings.

# City profile
city-name = City name
city-country = Country code (ISO 3166-1 alpha-3)
city-country_hint = Three letters, e.g. AUT for Austria, COL for Colombia.
city-state_under_review = State under review
city-state_hint = The State whose reviews you contribute to, as it should be named.
city-contact_name = Contact person or office
city-contact_email = Contact e-mail
city-language = Language of submissions
city-paper_size = Paper size
city-logo = Logo (on the cover page of PDF exports)
city-logo_none = No logo
city-logo_set = A logo is set
city-logo_choose = Choose logo…
city-logo_remove = Remove logo
paper-a4 = A4
paper-letter = US Letter

lang-en = English
lang-fr = French
lang-es = Spanish
lang-ru = Russian
lang-ar = Arabic
lang-zh = Chinese

# Settings
settings-title = Settings
settings-language_title = Language
settings-language_label = Language of the interface
settings-language_system = Same as this computer ({ $name })
settings-language_system_other = Same as this computer (its language is not one of the six: English)
settings-language_hint = Saved on this computer. Each submission keeps its own language, chosen when it is created.
settings-city_title = Your city
settings-db_title = Where your data is kept
settings-db_path = Database file
settings-db_hint = All your data is in this one file on this computer. Include it in your backups.
settings-saved = Saved
settings-backups_title = Backups
settings-backups_text = CityRights backs up your data by itself: a few seconds after it starts, every 4 hours while it runs, and before every upgrade. Each backup is checked after it is written.
settings-backups_link = See the backups, back up now, or restore one
settings-second_label = Second backup folder
settings-second_none = None chosen: backups are kept on this computer only.
settings-second_hint = Every backup is also written to this folder, for example a USB key or a department share, so that a broken or stolen laptop does not take the backups with it.
settings-second_reachable = Reachable: the next backup will be copied there.
settings-second_unreachable = Not reachable: { $problem }. Backups still go to the data folder.
settings-second_choose = Choose folder…
settings-second_change = Choose another folder…
settings-second_forget = Stop copying there
settings-second_chosen = Backups will also be written to { $folder }.
settings-second_forgotten = Backups are no longer copied to a second folder. The copies already there stay.
departments-title = Departments
departments-intro = The city’s departments that answer for recommendations: a recommendation’s follow-up and “Set department” choose from this list. A name typed there as a new department joins it. Renaming one here renames it on its recommendations too; giving it a name already on the list merges the two spellings.
departments-none = No departments yet. Add the ones that answer for recommendations, or type one in a recommendation’s follow-up.
departments-col_name = Department
departments-col_count = Recommendations
departments-col_actions = Actions
departments-rename = Rename
departments-rename_label = New name for “{ $name }”
departments-remove = Remove
departments-remove_question = Take “{ $name }” off the list of departments?
departments-add_label = New department
departments-add = Add department
departments-added = “{ $name }” is on the list.
departments-renamed = “{ $old }” is now “{ $new }” ({ $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    } changed).
departments-merged = “{ $old }” was merged into “{ $new }” ({ $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    } changed).
departments-removed = “{ $name }” was taken off the list.

# Backups and restore
backups-title = Backups
backups-intro = A backup is a checked copy of your whole database. CityRights makes one a few seconds after it starts, every 4 hours while it runs, and before every upgrade; it keeps every backup of the last day, one a day for 14 days and one a week for 8 weeks.
backups-where = Kept in { $folder }.
backups-back_up_now = Back up now
backups-backing_up = Backing up…
backups-made = Backed up: { $holds }.
backups-made_second = A copy is in { $folder } too.
backups-second_failed = The backup was made on this computer, but its second copy could not be written: { $problem }
backups-second_failed_last = The last backup ({ $when }) was made on this computer, but its second copy could not be written: { $problem }
backups-empty = No backups yet. The first one is made a few seconds after the app starts, once there is something to back up; or use “Back up now”.
backups-col_when = Made on
backups-col_why = Why
backups-col_holds = What it holds
backups-col_size = Size
backups-col_restore = Restore
backups-holds = { $engagements }, { $submissions }, { $words }
backups-engagements =
    { $n ->
        [one] 1 engagement
       *[other] { $n } engagements
    }
backups-submissions =
    { $n ->
        [one] 1 submission
       *[other] { $n } submissions
    }
backups-words =
    { $n ->
        [one] 1 word
       *[other] { $n } words
    }
backups-damaged = Damaged, cannot be restored: { $reason }.
backups-unavailable = Cannot be checked right now, so not offered for restore (it is kept): { $reason }. Try again later.
backups-restore = Restore
backups-restore_label = Restore the backup of { $when }
backups-restore_question = Restore the backup of { $when } ({ $holds })? Your current database is backed up first, so nothing is lost: it will be listed here as “Before a restore”.
backups-restore_confirm = Restore this backup
backups-restored = Restored the backup of { $when }. The database as it was is kept as a backup (“Before a restore”).
backups-settings_link = Copy the backups to a second folder too (Settings)
backups-move_text = Moving to another computer?
backups-move_link = Export the whole workspace to one file and import it there (Settings → Move to another computer)
backup_reason-startup = At start-up
backup_reason-periodic = Every 4 hours
backup_reason-manual = Backed up by hand
backup_reason-before_migration = Before an upgrade
backup_reason-before_restore = Before a restore
backup_reason-before_import = Before a workspace import

# Settings → Move to another computer (workspace export and import)
move-title = Move to another computer
move-intro = To move to a new laptop, export the whole workspace into one file here, copy the file to the new computer (a USB key, a department share), install CityRights there and import it. The second backup folder is not moved: choose it again on the new computer.
move-export = Export workspace…
move-exporting = Exporting…
move-exported = The workspace was saved to { $path } ({ $size }). It holds { $engagements }, { $submissions } and { $recommendations }.
move-exported_logo = The city logo is in it too.
move-personal = The file also holds personal data: the names and contact details of the people who took part in consultations. Keep it safe — do not send it by ordinary e-mail or leave it in a shared folder — and delete it once the workspace is imported on the new computer.
move-import = Import workspace…
move-import_question = Import a workspace exported on another computer? All the data on this computer (engagements, submissions, recommendations, the city profile) will be replaced by the data in the file you choose next. Your current database is backed up first, so nothing is lost: you can restore it from the Backups screen, where it is listed as “Before a workspace import”.
move-import_confirm = Choose the file and import
move-imported = Imported the workspace from { $from } (exported on { $when } with CityRights { $version }): { $engagements }, { $submissions } and { $recommendations }.
move-imported_backup = The data that was here before is kept as a backup (“Before a workspace import”) on the Backups screen.
move-import_failed = The workspace was not imported. { $message }
move-nothing_changed = Nothing on this computer was changed.
move-recommendations =
    { $n ->
        [one] 1 recommendation
       *[other] { $n } recommendations
    }

# Dashboard
dashboard-title = Dashboard
dashboard-next_title = What is due next
dashboard-next_for = Engagement:
dashboard-nothing_next = No date of any engagement is still to come.
dashboard-nothing_next_hint = Add the deadlines of your engagements (submission windows, sessions, internal milestones) to see them here.
dashboard-upcoming_title = Next { $n } days
dashboard-soon_hint = Highlighted: due within 7 days.
dashboard-overdue_title = Missed deadlines
dashboard-overdue_intro = Deadlines the city had to meet that passed with nothing sent by then. Each stays here, however old, until you mark it handled — for example once a late submission was sent or accepted, or you decided to wait for the next cycle.

# Where a deadline stands (the core's state), and marking a missed one as handled
deadline-met = met
deadline-met_by = Met by “{ $title }”, sent on { $date }.
deadline-handled_on = Marked handled on { $date }.
deadline-mark_handled = Mark as handled
deadline-mark_not_handled = Undo “handled”
deadline-undo = Undo
deadline-handled_status = “{ $title }” is marked as handled.
deadline-unhandled_status = “{ $title }” is a missed deadline again.
dashboard-drafts_title = Drafts in progress
dashboard-no_drafts = No submission is being drafted.
dashboard-empty_title = No engagements yet
dashboard-empty_text = An engagement is one review or call your city takes part in, for example the Universal Periodic Review of your country. Create your first engagement, then add its deadlines: they will appear here, soonest first.
dashboard-col_due = Due
dashboard-col_when = When
dashboard-col_mechanism = Mechanism
dashboard-col_milestone = Milestone
dashboard-col_engagement = Engagement
dashboard-col_title = Title
dashboard-col_words = Words
dashboard-col_status = Status

# Engagements
engagements-title = Engagements
engagements-new = New engagement
engagements-filter_mechanism = Mechanism
engagements-filter_stage = Stage
engagements-all_mechanisms = All mechanisms
engagements-all_stages = All stages
engagements-col_mechanism = Mechanism
engagements-col_title = Title
engagements-col_state = State
engagements-col_stage = Stage
engagements-col_next = Next milestone
engagements-no_next = No milestone ahead
engagements-empty = You have no engagements yet. An engagement is one review or call your city takes part in, such as the UPR of your country or a call for input of a Special Rapporteur. Choose “New engagement” to create the first one.
engagements-no_match = No engagement matches these filters.
engagements-show_all = Show all engagements
engagements-count = { $n } of { $total } engagements

# Engagement form
engagement_form-new_title = New engagement
engagement_form-edit_title = Edit engagement
engagement_form-mechanism = Mechanism
engagement_form-choose_mechanism = Choose a mechanism…
engagement_form-mechanism_option = { $acronym } — { $name }
engagement_form-title = Title
engagement_form-title_hint = E.g. “UPR of Slovenia, 4th cycle”.
engagement_form-state = State under review
engagement_form-session = Session or call
engagement_form-session_hint = E.g. “4th cycle, Working Group session 48”.
engagement_form-mandate = Mandate
engagement_form-mandate_none = Not set
engagement_form-mandate_other = Another mandate (type its name)
engagement_form-mandate_other_label = Name of the other mandate
engagement_form-stage = Stage
engagement_form-notes = Notes

# Engagement detail
engagement-state = State under review
engagement-session = Session or call
engagement-mandate = Mandate
engagement-stage = Stage
engagement-stages_label = Stages of this engagement
engagement-stage_saved = Stage changed to “{ $stage }”.
engagement-notes = Notes
engagement-back = All engagements
engagement-delete_question = Move this engagement to the bin? You can restore it from the Bin.
engagement-move_to_bin = Move to bin
engagement-not_specified = not given
engagement-milestones_title = Milestones
engagement-no_milestones = No milestones yet. Add the submission window, the session dates and your own internal deadlines, so they appear on the dashboard.
engagement-add_milestone = Add milestone
engagement-col_kind = What it marks
engagement-col_title = Title
engagement-col_due = Date and time
engagement-col_when = When
engagement-col_actions = Actions
engagement-until = until { $date }
engagement-remove_question = Move the milestone “{ $title }” to the bin? You can restore it, with its reminders, from the Bin.
engagement-submissions_title = Submissions
engagement-no_submissions = No submissions for this engagement yet.
engagement-col_sub_title = Title
engagement-col_sub_status = Status
engagement-col_sub_words = Words
engagement-col_sub_kind = Individual or joint

# Milestone form
milestone_form-add_title = Add a milestone
milestone_form-edit_title = Edit milestone
milestone_form-kind = What it marks
milestone_form-choose_kind = Choose…
milestone_form-title = Title
milestone_form-date = Date
milestone_form-end_date = Last day
milestone_form-end_date_hint = For an event of several days, such as a session.
milestone_form-time = Time
milestone_form-time_hint = Leave empty if it is due at the end of the day.
milestone_form-time_zone = Time zone
milestone_form-time_zone_hint = A city (Geneva, New York) or a zone name (Europe/Zurich). UPR submission windows close at 23:59 Geneva time. The treaty bodies and the Special Procedures give their dates without a time zone: use your own.
milestone_form-is_estimate = This date is an estimate
milestone_form-basis = Where the estimate comes from
milestone_form-notes = Notes
milestone_form-reminder_days = Remind me (days before)
milestone_form-reminder_days_hint = Days before the date, separated by commas, e.g. 30, 7, 1. Leave empty for no reminders.

# Calendar (issue 5)
calendar-nav = Calendar
calendar-title = Calendar
calendar-intro = Every date of every engagement, in your time zone ({ $zone }). Official deadlines also show their own time, such as 23:59 Geneva time.
calendar-filter_mechanism = Mechanism
calendar-filter_engagement = Engagement
calendar-filter_kind = Kind of date
calendar-all_mechanisms = All mechanisms
calendar-all_engagements = All engagements
calendar-all_kinds = Everything
calendar-go_to = Go to date
calendar-today = Today
calendar-month = Month
calendar-week = Week
calendar-agenda = Agenda
calendar-view_label = View
calendar-all_day = all day
calendar-span = { $start } – { $end }
calendar-agenda_missed = Missed deadlines
calendar-agenda_empty = No date of any engagement is still to come.
calendar-next_hint = Next: { $title } on { $date } ({ $engagement }).
calendar-next_go = Show { $month }
calendar-previous = Previous
calendar-next = Next
calendar-more = +{ $n } more
calendar-legend = Legend
calendar-legend_overdue = Overdue: missed, not yet marked handled
calendar-legend_met = Met by a submission
calendar-legend_handled = Missed, marked handled
calendar-legend_soon = Due within 7 days
calendar-legend_estimate = Estimate
calendar-tag_overdue = overdue
calendar-tag_soon = soon
calendar-tag_met = met
calendar-tag_handled = handled
calendar-tag_estimate = estimate
calendar-export = Export to calendar…
calendar-export_hint = An .ics file for Outlook and other calendars. Importing it again updates the same events.
calendar-exported =
    { $n ->
        [one] 1 milestone was written to { $path }.
       *[other] { $n } milestones were written to { $path }.
    }
calendar-export_cancelled = No file was chosen; nothing was exported.
calendar-new_milestone = New milestone
calendar-new_on = New milestone on { $date }
calendar-choose_engagement = For the engagement
calendar-choose_engagement_option = Choose an engagement…
calendar-no_engagements = Create an engagement first: a milestone always belongs to one.
calendar-empty = No milestones yet. Open an engagement and add its dates, or click a day on the calendar to add one.
calendar-no_match = No milestone matches these filters.
calendar-open_engagement = Open the engagement “{ $title }”
calendar-when = When
calendar-own_time = Set in
calendar-basis = Basis of the estimate
calendar-reminders = Reminders
calendar-reminders_none = None
calendar-reminders_days = { $days } days before
calendar-notes = Notes
calendar-close = Close
calendar-moved = “{ $title }” moved to { $date }.
calendar-move_official_question = “{ $title }” is an official date ({ $kind }). Move it { $direction ->
        [earlier] { $days ->
            [one] 1 day earlier
           *[other] { $days } days earlier
        }
       *[later] { $days ->
            [one] 1 day later
           *[other] { $days } days later
        }
    } anyway? Do this only if the UN changed it.
calendar-move_official_confirm = Move the official date
calendar-move_estimate_question = “{ $title }” ({ $kind }) is an estimate of a UN date, not an official one. Move it { $direction ->
        [earlier] { $days ->
            [one] 1 day earlier
           *[other] { $days } days earlier
        }
       *[later] { $days ->
            [one] 1 day later
           *[other] { $days } days later
        }
    }? Do this when the UN has announced the real date.
calendar-move_estimate_confirm = Move the estimate
calendar-move_time_refused = To change the time of a milestone, edit it: drag and drop moves it by whole days.

# Proposed timelines (issue 5)
timeline-session_date = First day of the session
timeline-session_date_hint = Optional. For the UPR, the Working Group session. With it, CityRights proposes the usual deadlines, for you to check.
timeline-session_end_date = Last day of the session
timeline-title = Proposed timeline
timeline-intro = These are the usual milestones of this kind of engagement, worked out from the session date. Each estimate says what it rests on: check it against the UN’s announcement and change the date when you know it.
timeline-none_known = No typical timeline
timeline-add_this = Add “{ $title }”
timeline-add_selected = Add the selected milestones
timeline-skip = Skip, add dates later
timeline-basis = Basis
timeline-not_estimate = As you entered it.
timeline-nothing_selected = Select at least one milestone, or choose “Skip”.
timeline-passed = Already past.
timeline-state_step = The State’s report
timeline-state_step_hint = This is the State’s step, not the city’s: it is shown under “State reports” and is never counted as something the city missed.

# Reminders (issue 5)
reminder-banner_title = Due soon
reminder-banner_intro = Reminders that fell due while CityRights was closed:
reminder-which = { $n }-day reminder
reminder-show_all = Show all { $n }
reminder-show_fewer = Show fewer
reminder-missed = passed while CityRights was closed
reminder-dismiss = Dismiss

# Rules
rules-title = Rules in force
rules-overridden = Changed by the city for this engagement.
rules-word_limit_individual = Word limit, individual submission
rules-word_limit_joint = Word limit, joint submission
rules-words = { $n } words
rules-not_known = not known
rules-footnotes = Footnotes
rules-footnotes_count = Counted toward the limit
rules-footnotes_do_not_count = Not counted toward the limit
rules-footnotes_unknown = No source says whether footnotes count, so they are counted to be safe.
rules-formats = File formats
rules-languages = Languages
rules-front_matter = How it opens
rules-status = Status
rules-source = Source
rules-note = Note
rules-stale = This rule’s source is more than a year old, or was not read in the last year — check it before relying on it.
rules-override_open = Override for this engagement
rules-override_title = Override for this engagement
rules-override_intro = Use the figures stated for this engagement (for example in the call for input). Leave a field empty to keep the default.
rules-override_individual = Word limit, individual submission
rules-override_joint = Word limit, joint submission
rules-override_footnotes = Footnotes count toward the limit
rules-override_footnotes_default = Keep the default
rules-override_footnotes_yes = Yes, they count
rules-override_footnotes_no = No, they do not count
rules-override_source = Source of these figures
rules-override_source_hint = E.g. “Call for input of 3 March 2026, para. 4”.
rules-override_date = Date of the source
rules-override_clear = Go back to the default rules
rules-override_saved = The rules for this engagement were saved.
rules-override_cleared = The default rules apply again.
rules-whole_number = Type a whole number of words, for example 2815.

format-docx = Word (.docx)
format-pdf = PDF
front_matter-header_block = A few header lines
front_matter-cover_page = A cover page
rule_status-confirmed = Stated by { $who } (page read on { $date })
rule_status-confirmed_undated = Stated by { $who }
rule_status-third_party = Reported by { $who } ({ $date })
rule_status-third_party_undated = Reported by { $who }
rule_status-unconfirmed = Not confirmed: no source states it
rule_status-set_by_city = Not confirmed — set by you
rules-source_date = Date of the source
rules-source_undated = The source is undated

# Bin
bin-title = Bin
bin-intro = Deleted engagements, submissions, sections, milestones and recommendations wait here until you restore them — whole, with everything they held — or empty the bin.
bin-empty = The bin is empty.
bin-col_kind = What
bin-col_title = Title
bin-col_context = Where it was
bin-col_deleted = Deleted
bin-col_actions = Actions
bin-restore = Restore
bin-restored = “{ $title }” was restored.
bin-empty_button = Empty the bin
bin-empty_question = Delete everything in the bin for good? This cannot be undone.
bin-delete_for_good = Delete for good
bin-emptied =
    { $n ->
        [one] The bin was emptied (1 item deleted for good).
       *[other] The bin was emptied ({ $n } items deleted for good).
    }

bin_kind-engagement = Engagement
bin_kind-submission = Submission
bin_kind-section = Section
bin_kind-milestone = Milestone
bin_kind-recommendation = Recommendation

# Submissions (issue 3: drafting)
submissions-nav = Submissions
submissions-title = Submissions
submissions-new = New submission
submissions-empty = No submissions yet. A submission is the document your city sends for an engagement, such as its contribution to the UPR. Open an engagement and choose “New submission”, or choose “New submission” here.
submissions-col_title = Title
submissions-col_engagement = Engagement
submissions-col_mechanism = Mechanism
submissions-col_status = Status
submissions-col_words = Words
submissions-col_updated = Updated
submissions-search_label = Search all drafts
submissions-search_hint = Finds words in every section of every submission, in any language.
submissions-search_results = Search results
submissions-search_none = Nothing found for “{ $query }”.
submissions-search_count =
    { $n ->
        [one] 1 place found
       *[other] { $n } places found
    }
submissions-hit_where = { $submission } › { $section }
submissions-import = Import draft…
submissions-import_hint = A Word (.docx) or Markdown file: headings start sections, numbered paragraphs and footnotes are kept; what cannot come across is listed.
submissions-import_cancelled = No file was chosen; nothing was imported.

# The submission form
submissions-form_new_title = New submission
submissions-form_edit_title = Submission details
submissions-engagement = Engagement
submissions-choose_engagement = Choose an engagement…
submissions-no_engagements = Create an engagement first: a submission always belongs to one review or call.
submissions-template = Template
submissions-template_sections = Sections of this template
submissions-choose_engagement_first = Choose the engagement first: the templates depend on its mechanism.
submissions-title_field = Title
submissions-title_hint = E.g. “Joint submission of the City of Exampleville and the Ombudsperson”.
submissions-language = Language
submissions-co_submitters = Co-submitters
submissions-co_submitters_hint = Choose them for a joint submission: they are named in the front matter, and the joint word limit applies.
submissions-no_stakeholders = No stakeholders recorded yet.
submissions-add_co_submitter = Add a co-submitter
submissions-stakeholder_name = Name of the co-submitter
submissions-stakeholder_acronym = Acronym
submissions-stakeholder_kind = Kind
submissions-stakeholder_add = Add
submissions-stakeholder_added = “{ $name }” was added and chosen.
submissions-may_publish = May the submission be published?
submissions-may_publish_hint = Treaty bodies ask whether they may publish what they receive.
submissions-may_publish_yes = Yes
submissions-may_publish_no = No
submissions-may_publish_undecided = Not decided yet
submissions-create = Create submission
submissions-stakeholder_kind-city = City or local government
submissions-stakeholder_kind-nhri = National human rights institution
submissions-stakeholder_kind-nmirf = National mechanism for implementation, reporting and follow-up
submissions-accreditation = Accreditation (GANHRI)
submissions-accreditation_hint = The UPR gives an A-status institution its own section in the summary of stakeholders’ information.
submissions-accreditation_unknown = Not given
submissions-accreditation-a_status = A status (fully compliant with the Paris Principles)
submissions-accreditation-b_status = B status (partially compliant)
submissions-accreditation-not_accredited = Not accredited
submissions-stakeholder_kind-ngo = NGO
submissions-stakeholder_kind-ministry = Ministry
submissions-stakeholder_kind-academic = University or research centre
submissions-stakeholder_kind-regional_organization = Regional organization
submissions-stakeholder_kind-other = Other

# The submission screen
drafting-back = All submissions
drafting-engagement = Engagement
drafting-status = Status
drafting-status_saved = Status changed to “{ $status }”.
drafting-template = Template
drafting-language = Language
drafting-kind = Individual or joint
drafting-edit_details = Edit details
drafting-delete = Delete submission
drafting-delete_question = Move this submission, with all its sections, to the bin? You can restore it from the Bin.
drafting-move_to_bin = Move to bin
drafting-front_matter = Front matter
drafting-front_matter_header_block = The header lines that open the submission (not a separate page).
drafting-front_matter_cover_page = The cover page.
drafting-words =
    { $words ->
        [one] { $words } word
       *[other] { $words } words
    }
drafting-word_count_label = Word count
drafting-count_hint_footnotes = Everything sent is counted, as Word counts it: the title, the front matter, the headings, the text and the footnotes.
drafting-count_hint_no_footnotes = Everything sent is counted, as Word counts it, except the footnotes: the rule in force leaves them out.
drafting-count_breakdown = { $words ->
        [one] { $words } word
       *[other] { $words } words
    }: { $parts }
drafting-count_breakdown_excluded = { $words ->
        [one] { $words } word
       *[other] { $words } words
    }: { $parts }; not counted: { $excluded }
drafting-count_breakdown_label = Where the words are
# One part of the word count: "12 title", "2,420 text" (the number is already formatted).
count_part-title = { $n } title
count_part-front_matter = { $n } front matter
count_part-headings = { $n } headings
count_part-text = { $n } text
count_part-footnotes = { $n } footnotes
drafting-saved = Saved
drafting-not_saved = Not saved
drafting-saving = Saving…
drafting-save_failed = Your text is kept on this screen and will be saved again in a moment. { $message }
drafting-save_damaged = Not saved: the stored text of this section cannot be read, so nothing was written over it. Your text stays on this screen: copy it somewhere safe, then restore an earlier revision (Revisions) or a backup (Settings → Backups). { $message }
drafting-sections = Sections
drafting-section_words_label = Words in “{ $title }”
drafting-section_title = Section title
drafting-owner = Owner
drafting-owner_hint = Department or person
drafting-section_status = Section status
drafting-section_status-to_draft = To draft
drafting-section_status-drafted = Drafted
drafting-section_status-reviewed = Reviewed
drafting-section_status-approved = Approved
drafting-move_up = Move up
drafting-move_down = Move down
drafting-remove_section = Remove section
drafting-remove_section_question = Move the section “{ $title }” to the bin? You can restore it from the Bin.
drafting-guidance = Guidance for this section
drafting-guidance_hint = Advice from the template. It is never part of the text.
drafting-add_section = Add section
drafting-new_section_title = Title of the new section
drafting-no_sections = This submission has no sections yet. Add the first one.
drafting-checks = Checks
drafting-checks_none = No problems found.
drafting-severity-error = Must fix
drafting-severity-warning = Warning
drafting-severity-info = Note
drafting-go_to_section = Go to “{ $title }”
drafting-conflict_title = This section was changed elsewhere
drafting-conflict_text = Another window or another copy of CityRights saved “{ $title }” after you started editing it. Your text has not been saved and nothing was overwritten.
drafting-conflict_reload = Load their text
drafting-conflict_keep = Keep my text
drafting-conflict_keep_hint = Keeping your text saves it on top of theirs; their text stays in the revisions.

# Recording what was sent
drafting-mark_submitted = Mark as submitted
drafting-mark_title = Record what was sent
drafting-mark_intro = After you choose these, CityRights asks for the exact file you sent, keeps a copy with its SHA-256 fingerprint, and locks that version of the text.
drafting-sent_on = Date sent
drafting-channel = How it was sent
drafting-channel_hint = E.g. the UPR online submission system, or an e-mail to the secretariat.
drafting-channel_upr = UPR online submission system
drafting-channel_email = E-mail to the committee secretariat
drafting-channel_sp = E-mail to the mandate’s address in the call for input
drafting-choose_file = Choose the file sent…
drafting-mark_cancelled = No file was chosen; nothing was recorded.
drafting-sent_title = What was sent
drafting-sent_date = Sent on
drafting-sent_channel = Channel
drafting-sent_file = File
drafting-sent_sha = SHA-256
drafting-edited_since_sent = The text was edited after it was sent. The version sent is kept in the revisions.
drafting-outcome_title = What came back
drafting-acronym = Acronym given by OHCHR
drafting-acronym_hint = E.g. “JS3” for a joint submission, as in the summary of stakeholders’ information.
drafting-cited = Paragraphs of the OHCHR summary that cite it
drafting-cited_hint = E.g. “12, 40, 43”.
drafting-outcome_save = Save
drafting-outcome_saved = Saved.
drafting-read_only_title = Sent: this version is read-only
drafting-read_only_text = This submission was marked as submitted on { $date } ({ $channel }). What was sent stays as it was: its text, sections and details cannot be changed. To change them, start a new version; the record of what was sent (date, channel, file, SHA-256 and the locked version of the text) is kept.
drafting-read_only_text_no_record = This submission is marked as submitted. What was sent stays as it was: its text, sections and details cannot be changed. To change them, start a new version.
drafting-start_new_version = Start a new version
drafting-start_new_version_question = Start a new version of this submission? Its text can be changed again afterwards. What was sent stays recorded as it is: the date, the channel, the file with its SHA-256 and the locked version of the text.
drafting-marked = Marked as submitted. The text is read-only now; to change it, start a new version.
drafting-reopened_note = A new version was started on { $date }. The record below is what was sent before it, kept as it was.
drafting-earlier_sends = Sent before
drafting-earlier_send = { $date }, { $channel }: { $file } (SHA-256 { $sha })
drafting-section_read_only = Read-only: this version was sent.

# The editor
editor-section_text = Section text: { $title }
editor-toolbar = Formatting of “{ $title }”
editor-bold = Bold
editor-italic = Italic
editor-link = Link
editor-block_type = Text style
editor-chart_note = Chart drawn from the implementation plan as it stands: the PDF and Word files show it as a picture, with these numbers.
editor-paragraph = Paragraph
editor-heading = Heading { $level }
editor-bullet_list = Bullet list
editor-ordered_list = Numbered list
editor-quote = Quote
editor-table = Insert table
editor-add_row = Add table row
editor-numbered = Numbered paragraph
editor-add_footnote = Add footnote
editor-add_citation = Add citation
editor-footnote_button = + Footnote
editor-citation_button = + Citation
editor-undo = Undo
editor-redo = Redo
editor-shortcut = { $name } ({ $keys })
editor-footnotes = Footnotes of “{ $title }”
editor-footnote_edit = Edit footnote { $n }
editor-footnote_delete = Delete footnote { $n }
editor-footnote_empty = (empty footnote)
editor-footnote_title_new = Add a footnote
editor-footnote_title_edit = Edit footnote { $n }
editor-footnote_text = Footnote text
editor-footnote_save = Save footnote
editor-footnote_keys = Enter saves the footnote; Shift+Enter starts a new line.
editor-citation_title_new = Add a citation
editor-citation_title_edit = Edit citation
editor-citation_symbol = Document symbol
editor-citation_symbol_hint = E.g. A/HRC/59/15 (a UPR report) or E/C.12/AUT/CO/4 (concluding observations).
editor-citation_paragraph = Paragraph or recommendation
editor-citation_paragraph_hint = E.g. 140.7. Leave empty to cite the whole document.
editor-citation_save = Save citation
editor-citation_delete = Delete citation
editor-citation_needs_symbol = Type the document symbol, e.g. A/HRC/59/15.
editor-citation_placement_hint = The citation goes into the sentence at the cursor as set in Settings → Citations: in brackets before the full stop, or in a footnote.
citations-title = Citations
citations-legend = How a new citation is written
citations-hint = For citations added from now on with “+ Citation”; those already in the text stay as they are.
citations-example = Example:
citations-saved = Saved. Citations added from now on are written this way.
citation_style-parenthetical = In brackets, before the sentence’s full stop
citation_style-footnote = In a footnote, after the sentence’s full stop
editor-link_title = Link
editor-link_href = Link address
editor-link_hint = Web (http://, https://) or e-mail (mailto:) addresses only.
editor-link_apply = Apply link
editor-link_remove = Remove link
editor-link_refused = This link cannot be kept: only web (http, https) and e-mail (mailto) addresses are allowed.
editor-link_needs_text = Select the words to link first.

# Revisions
revisions-open = Revisions
revisions-title = Revisions
revisions-intro = Snapshots of the whole submission: taken while you write (at most one every 10 minutes), before every restore, and when a version is sent. Name one to find it again — the current text, or any revision below.
revisions-rename = Rename
revisions-give_name = Name it
revisions-rename_label = Name of the revision of { $when }
revisions-rename_save = Save name
revisions-renamed = Renamed “{ $name }”.
revisions-name_label = Name the current text
revisions-name_hint = E.g. “Sent to legal review”.
revisions-name_save = Save this version
revisions-named = Saved as “{ $name }”.
revisions-none = No revisions yet: they appear as you write.
revisions-col_when = When
revisions-col_kind = Kind
revisions-col_name = Name
revisions-col_words = Words
revisions-col_actions = Actions
revisions-kind-auto = Automatic
revisions-kind-named = Named
revisions-kind-before_restore = Before a restore
revisions-kind-sent = Sent
revisions-kind-contribution = Contribution accepted
revisions-view = View
revisions-restore = Restore
revisions-restore_question = Restore the text of { $when }? The current text is kept as a revision first, so this can be undone.
revisions-restored = The text of { $when } was restored.
revisions-compare_title = Compare two versions
revisions-compare_from = Older version
revisions-compare_to = Newer version
revisions-current = The current text
revisions-compare = Compare
revisions-viewing = The text of { $when }
revisions-close_view = Close
revisions-inserted = Added:
revisions-deleted = Removed:
revisions-change-same = unchanged
revisions-change-changed = changed
revisions-change-added = added
revisions-change-removed = removed
revisions-legend = Added words are underlined, removed words are struck through.
revisions-no_difference = The two versions are the same.
revisions-option = { $when } — { $kind }{ $name }

# Recommendations (issue 6)
recommendations-title = Recommendations
recommendations-import_button = Import…
recommendations-add = Add a recommendation
recommendations-add_title = Add a recommendation
recommendations-export_csv = Export follow-up matrix (CSV)…
recommendations-exported = Wrote { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    } to { $path }.
recommendations-export_pdf = Export follow-up matrix (PDF)…
recommendations-exported_pdf = Wrote { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    } on { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } to { $path }.
recommendations-empty_title = No recommendations yet
recommendations-empty_p1 = Bring in the recommendations the UN addressed to your State: the text of a UPR Working Group report (copied from the PDF), OHCHR’s thematic list of recommendations (Word), the Universal Human Rights Index export (JSON), or a CSV file.
recommendations-empty_p2 = Then find the ones that concern the city, say who answers for them, and follow what has been done. Press “Import…” to begin.
recommendations-overview = Overview
recommendations-overview_total = { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    }; { $within } within the city’s competence (exclusive or shared).
recommendations-new_since_last = The last import added { $n ->
        [one] { $n } new recommendation
       *[other] { $n } new recommendations
    }.
recommendations-chart_row = { $theme }: { $n ->
        [one] { $n } recommendation — show it
       *[other] { $n } recommendations — show them
    }
recommendations-nothing_new = The last import added nothing new: everything in it was already here, unchanged.
recommendations-nothing_new_updated = The last import added no new recommendation and updated { $n } already here.
recommendations-export_follows_filter = The exports hold what the current filter shows: { $n } of { $total } recommendations. Clear the filters to export them all.
recommendations-exported_filtered = Wrote what the current filter shows ({ $n } of { $total } recommendations) to { $path }.
recommendations-show_new = Show them
recommendations-chart_title = Local status by theme
recommendations-no_theme = No theme
recommendations-filters = Find recommendations
recommendations-search = Search
recommendations-search_hint = Words of the text, a State, a symbol or a paragraph number (e.g. housing Roma, Portugal, 140.7).
recommendations-search_placeholder = e.g. housing Roma, Portugal, 140.7
recommendations-all = All
recommendations-filter_symbol = Document
recommendations-filter_mechanism = Mechanism
recommendations-filter_cycle = Cycle
recommendations-filter_theme = Theme
recommendations-filter_sdg = SDG
recommendations-sdg_n = SDG { $n }
recommendations-filter_response = Response
recommendations-filter_competence = Competence
recommendations-filter_department = Department
recommendations-filter_status = Local status
recommendations-filter_tag = Tag
recommendations-filter_new = New since the last import
recommendations-more_filters = More filters
recommendations-more_filters_set = More filters ({ $n } set)
recommendations-fewer_filters = Fewer filters
recommendations-count = Showing { $n } of { $total }
recommendations-clear_filters = Show all
recommendations-no_match = No recommendation matches these filters.
recommendations-show_more = Show { $n } more
recommendations-bulk = Change the selected recommendations
recommendations-selected = { $n } selected
recommendations-bulk_tag = Tag to add or remove
recommendations-bulk_status = Status to set
recommendations-bulk_competence = Competence to set
recommendations-bulk_department = Department to set
recommendations-add_tag = Add tag
recommendations-remove_tag = Remove tag
recommendations-set_status = Set status
recommendations-set_competence = Set competence
recommendations-set_department = Set department
recommendations-bulk_tagged = Tag added to { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    }.
recommendations-bulk_untagged = Tag removed from { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    }.
recommendations-bulk_changed = { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    } changed.
recommendations-clear_selection = Clear selection
recommendations-bulk_replace-set_department = { $replaced } of the { $selected } selected already have a department; replace them?
recommendations-bulk_replace-set_competence = { $replaced } of the { $selected } selected already have a competence; replace it?
recommendations-bulk_replace-set_local_status = { $replaced } of the { $selected } selected already have a status; replace it?
recommendations-bulk_replace_one-set_department = 1 of the { $selected } selected already has a department; replace it?
recommendations-bulk_replace_one-set_competence = 1 of the { $selected } selected already has a competence; replace it?
recommendations-bulk_replace_one-set_local_status = 1 of the { $selected } selected already has a status; replace it?
recommendations-bulk_replace_all = Replace
recommendations-bulk_keep = { $n ->
        [one] Keep theirs, change the other one
       *[other] Keep theirs, change the other { $n }
    }
recommendations-select_all = Select all shown
recommendations-select_one = Select { $ref }
recommendations-open = Open { $ref }
recommendations-no_paragraph = (no number)
recommendations-col_reference = Para.
recommendations-col_text = Recommendation
recommendations-col_response = Response
recommendations-col_competence = Competence
recommendations-col_department = Department
recommendations-col_status = Local status
recommendations-col_theme = Themes
recommendations-new = new
recommendations-detail_title = Recommendation
recommendations-recommended_by = Recommending States
recommendations-cycle = Cycle and session
recommendations-kind = Kind
recommendations-groups = Groups of persons
recommendations-sdgs = SDGs
recommendations-published = Published
recommendations-source = Imported from
recommendations-city_follow_up = The city’s follow-up
recommendations-save_follow_up = Save follow-up
recommendations-detail_competence = Municipal competence
recommendations-detail_department = Responsible department
recommendations-department_none = None
recommendations-department_other = Another department (type its name)
recommendations-department_new = Name of the new department
recommendations-department_new_hint = It joins the city’s list of departments (Settings → Departments).
recommendations-detail_status = Status in the city
recommendations-tags = Tags
recommendations-tags_hint = Words of your own to group recommendations, separated by commas (e.g. housing, council 2027).
recommendations-save_tags = Save tags
recommendations-evidence = What the city has done
recommendations-no_evidence = No evidence recorded yet.
recommendations-evidence_date = Date
recommendations-evidence_note = What was done
recommendations-add_evidence = Add evidence
recommendations-remove_evidence = Remove the evidence of { $date }
recommendations-keep_evidence = Keep the evidence of { $date }
recommendations-evidence_removed = removed when you save
recommendations-evidence_new_hint = Added to the list when you save.
recommendations-unsaved_question = The follow-up of { $ref } has changes you have not saved. Save them before closing?
recommendations-cited_in = Cited in
recommendations-not_cited = Not cited in any draft yet.
recommendations-delete = Move to bin
recommendations-delete_question = Move { $ref } to the bin, with the city’s follow-up (competence, department, status, tags, evidence)? You can restore it whole from the Bin.
recommendations-delete_unsaved = Your unsaved changes to it will be lost.
recommendations-paragraph = Paragraph
recommendations-list_hint = Several, separated by semicolons.
recommendations-mechanism_hint = UPR, a treaty body (CESCR, CRC…) or SP.
recommendations-import_title = Import recommendations
recommendations-import_kind = What to import
recommendations-report_text = Report text
recommendations-report_text_hint = Paste section II “Conclusions and/or recommendations” (or the whole report) as copied from the PDF; page headers and wrapped lines are fine.
recommendations-file = File
recommendations-choose_file = Choose file…
recommendations-choose_text_file = Or choose a text file…
recommendations-no_file = No file chosen
recommendations-country = Country code (ISO 3166-1 alpha-3)
recommendations-country_hint = Only the recommendations addressed to this State are kept, e.g. SVN for Slovenia.
recommendations-symbol = Document symbol
recommendations-symbol_optional = Document symbol (optional)
recommendations-symbol_hint_report = The report’s symbol, e.g. A/HRC/59/15: recommendations are cited by it.
recommendations-symbol_hint_other = Only needed when the file does not say which report its rows belong to.
recommendations-mapping_title = Which column holds what ({ $n ->
        [one] { $n } row
       *[other] { $n } rows
    })
recommendations-no_column = — none —
recommendations-column_n = Column { $n }
recommendations-preview_caption = The first rows of the file
recommendations-import = Import
recommendations-importing = Importing…
recommendations-importing_percent = Importing… { $percent }%
recommendations-cancel_import = Cancel import
recommendations-import_done = { $imported } imported, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
recommendations-close = Close
recommendations-picker_label = Find a recommendation
recommendations-picker_hint = Type words of its text, a State or a paragraph number; choose one to cite it.
recommendations-picker_none = Nothing found for “{ $query }”.
recommendations-picker_or_type = Or cite another document by its symbol:
recommendations-import_kind-report = UPR Working Group report (text)
recommendations-import_kind-thematic_list = OHCHR thematic list of recommendations (Word)
recommendations-import_kind-uhri = Universal Human Rights Index export (JSON)
recommendations-import_kind-csv = CSV file
recommendations-import_kind_hint-report = One recommendation per number (140.1, 140.2…), with its recommending States.
recommendations-import_kind_hint-thematic_list = Gives each recommendation the State’s response (Supported, Noted), its themes and SDGs; updates those already imported from the report.
recommendations-import_kind_hint-uhri = The bulk export of uhri.ohchr.org (about 360 MB); read as a stream, keeping one State. Importing a newer export updates what is there.
recommendations-import_kind_hint-csv = A spreadsheet saved as CSV; you say which column holds what.
recommendations-csv_field-text = Text
recommendations-csv_field-symbol = Document symbol
recommendations-csv_field-paragraph = Paragraph
recommendations-csv_field-recommending_states = Recommending States
recommendations-csv_field-response = Response
recommendations-csv_field-themes = Themes
recommendations-csv_field-sdgs = SDGs
recommendations-csv_field-mechanism = Mechanism
recommendations-csv_field-cycle = Cycle
recommendations-response-supported = Supported
recommendations-response-partially_supported = Partially supported
recommendations-response-noted = Noted
recommendations-response-pending = Pending
recommendations-competence-exclusive = Exclusive
recommendations-competence-shared = Shared
recommendations-competence-none = None
recommendations-competence-unknown = Unknown
recommendations-local_status-not_started = Not started
recommendations-local_status-in_progress = In progress
recommendations-local_status-implemented = Implemented
recommendations-local_status-not_applicable = Not applicable
recommendations-source-uhri = the UHRI export
recommendations-source-report = a Working Group report
recommendations-source-thematic_list = a thematic list
recommendations-source-csv = a CSV file
recommendations-source-manual = typed in by hand

# Enumerations from the core
stage-upcoming = Upcoming
stage-drafting = Drafting
stage-submitted = Submitted
stage-under_review = Under review
stage-outcome_adopted = Outcome adopted
stage-follow_up = Follow-up

kind-window_opens = Submission window opens
kind-window_closes = Submission window closes
kind-pre_session = Pre-sessional working group
kind-session = Session
kind-outcome_adoption = Adoption of the outcome
kind-follow_up_due = Follow-up due
kind-internal = Internal milestone
kind-state_report = State report (the State’s step)

submission_status-planned = Planned
submission_status-drafting = Drafting
submission_status-internal_review = Internal review
submission_status-approved = Approved
submission_status-submitted = Submitted
submission_status-acknowledged = Acknowledged

# Word export and import (issue 7)
export-word = Export Word…
export-word_busy = Exporting…
export-word_hint = A Word document (.docx) with the front matter, numbered paragraphs and footnotes, as in the PDF.
export-word_asked = This mechanism asks for Word files: export the .docx to send it.
export-word_saved = Saved as { $path }.
export-cancelled = No file was chosen; nothing was exported.
export-must_fix_question = These must be fixed before the submission is sent. Export anyway?
export-must_fix_list = Must fix
export-anyway = Export anyway
export-not_exported = Nothing was exported. The checks beside the text say what to fix.
# PDF export and preview (issue 4)
export-region = Export and import
export-pdf = Export PDF…
export-pdf_busy = Exporting PDF…
export-pdf_hint = The PDF to send: front matter, numbered paragraphs, footnotes at the foot of each page.
export-pdf_asked = This mechanism asks for PDF files: export the PDF to send it.
export-pdf_saved =
    { $pages ->
        [one] Saved as { $path } (1 page).
       *[other] Saved as { $path } ({ $pages } pages).
    }
export-preview = Preview PDF
export-preview_title = Preview of the PDF
export-preview_loading = Laying out the PDF…
export-preview_pages =
    { $pages ->
        [one] 1 page, exactly as “Export PDF…” writes it.
       *[other] { $pages } pages, exactly as “Export PDF…” writes it.
    }
export-preview_pages_region = Pages of the PDF
export-preview_page = Page { $n } of { $total }
export-preview_unreadable = The preview could not show the PDF ({ $detail }). Export PDF… still writes the file.
export-preview_close = Close
word_import-section = Import a department’s document…
word_import-section_hint = A Word (.docx) or Markdown file becomes one new section at the end of this submission.
word_import-section_added = The document was added as the section “{ $title }”.
word_import-cancelled = No file was chosen; nothing was imported.
word_import-notices_title = What the import changed or left out
word_import-open_submission = Open the new submission
# Consultations on the engagement screen (issue 8, personal data)
consultations-title = Consultations
consultations-hint = Who the city consulted for this engagement: the “Methodology and consultations” section of a submission.
consultations-add = Add consultation
consultations-none = No consultations recorded yet. Add the meetings, surveys and written inputs that informed the submission.
consultations-col_date = Date
consultations-col_topic = Topic
consultations-col_format = Format
consultations-col_participants = Participants
consultations-col_actions = Actions
consultations-kept_until = Personal data kept until { $date }
consultations-removed = personal data removed
consultations-count =
    { $n ->
        [one] 1 participant
       *[other] { $n } participants
    }
consultations-add_title = Add a consultation
consultations-edit_title = Edit the consultation
consultations-saved = Consultation saved.
consultations-deleted = Consultation deleted.
consultations-delete_question = Delete the consultation “{ $topic }” and its list of participants? This cannot be undone (backups made before still hold it).
consultations-delete_confirm = Delete for good
consultation_form-date = Date
consultation_form-topic = Topic
consultation_form-format = Format
consultation_form-choose_format = Choose how it was held…
consultation_form-submission = For the submission
consultation_form-no_submission = None in particular
consultation_form-notes = Notes
consultation_form-participants = Participants
consultation_form-participants_hint = People are personal data: they are kept for the retention period set in Settings, then shown as “Participant 1”, “Participant 2”… Record a large group (survey respondents) as a number in the notes.
consultation_form-participant = Participant { $n }
consultation_form-name = Name
consultation_form-organisation = Organisation
consultation_form-organisation_hint = Choose one of your stakeholders to link it, or type any organisation.
consultation_form-role = Role
consultation_form-email = E-mail
consultation_form-phone = Phone
consultation_form-consent = Agreed to be named in the submission
consultation_form-person_notes = Notes about this person
consultation_form-of_participant = { " " }of participant { $n }
consultation_form-anonymised = Personal data removed; the organisation stays.
consultation_form-add_participant = Add participant
consultation_form-remove_participant = Remove participant { $n }
consultation_format-meeting = Meeting
consultation_format-workshop = Workshop
consultation_format-survey = Survey
consultation_format-written_input = Written input
consultation_format-interview = Interview
consultation_format-public_hearing = Public hearing
consultation_format-other = Other
# Settings → Personal data
personal-title = Personal data
personal-intro = Consultation records name people. Their names, roles, e-mail addresses, phone numbers and the notes about them are kept for the period below after the consultation’s date. After that each person becomes “Participant 1”, “Participant 2”…: the consultation stays, with its date, topic, organisations and how many took part.
personal-months = Keep personal data for (months)
personal-months_hint = 24 months is two years. Saving removes nothing by itself: the removal runs each time the app starts, and with the button below.
personal-months_save = Save period
personal-months_saved = Saved: personal data is kept for { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after each consultation.
personal-expired_none = Nobody’s personal data is past this period now.
personal-expired =
    { $n ->
        [one] The personal data of 1 participant is past this period (consultations held on or before { $date }).
       *[other] The personal data of { $n } participants is past this period (consultations held on or before { $date }).
    }
personal-purge = Remove expired personal data
personal-purged = Removed the personal data of { $n ->
        [one] { $n } participant
       *[other] { $n } participants
    } in { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    }.
personal-purged_none = Nothing was past the retention period; nothing was changed.
personal-startup = When the app started, the personal data of { $n ->
        [one] { $n } participant
       *[other] { $n } participants
    } in { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    } was removed (past the retention period).
personal-backups_note = Backups made before a removal or an erasure still hold the old data until they roll off (after 8 weeks at most), and so does any workspace file exported before.
personal-find_title = Find and erase a person
personal-find_hint = Finds a person by name or e-mail in consultations, stakeholder contacts and notes, the city’s contact, section owners and departments.
personal-query = Name or e-mail
personal-find = Find
personal-found_none = Nobody was found for “{ $query }”.
personal-appears = Appears in:
personal-by_hand = not changed automatically: edit the text, or tick the box below when erasing
personal-erase = Erase { $name }…
personal-erase_question = Erase { $name } everywhere? In each consultation they become “Participant n”; their name and e-mail are taken out of the places below. This cannot be undone.
personal-erase_confirm = Erase everywhere
personal-erased = Erased: { $p ->
        [one] { $p } participant
       *[other] { $p } participants
    } anonymised in { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    }, { $o ->
        [one] { $o } other field
       *[other] { $o } other fields
    } cleared.
personal-erased_drafts = Still mentioned in drafts (edit them by hand): { $places }.
personal-in_text = Also replace the name and e-mail in drafts and their history
personal-in_text_hint = Every mention in the text of sections, footnotes and tables, and in their earlier versions, becomes “[name removed]” or “[e-mail removed]”. A section open in an editor then has to be reloaded. The file recorded as sent to the UN is kept as it was: it is the record of what was sent.
personal-erased_text = In the text: { $s ->
        [one] { $s } section
       *[other] { $s } sections
    } and { $r ->
        [one] { $r } earlier version
       *[other] { $r } earlier versions
    } changed.

# The Library: what the UN has said about local government (entries come from the core)
nav-library = Library
library-title = Library
library-intro = What the UN has said about local government and human rights: the Human Rights Council’s resolutions, the reports written for it, and guides on national reporting and local reviews. Each entry says why it matters to a city. In a submission, cite the document itself, by its symbol.
library-filter = Find in the Library
library-filter_hint = Part of a symbol, a title or a summary, e.g. “30/49” or “housing”.
library-order = Order
library-order_kind = By kind, oldest first
library-order_newest = Newest first
library-count = Showing { $shown } of { $total } entries.
library-none_match = No entry matches “{ $query }”. Try fewer or other words.
library-empty = The Library has no entries.
library-kind_heading-resolution = Resolutions of the Human Rights Council
library-kind_heading-report = Reports
library-kind_heading-guide = Guides
library_kind-resolution = Resolution
library_kind-report = Report
library_kind-guide = Guide
library-no_symbol = no UN symbol
library-date_unknown = date not known
library-why = Why it matters to a city:
library-not_verified = Not verified
library-not_verified_hint = Check it before you cite it:
library-open = Open the document
library-open_label = Open the document: { $name }
library-address = Address: { $url }
library-no_address = No address is known: look the document up by its title.
library-checked = Checked against { $source }, on { $date }.
library-symbol_title = { $symbol } — { $title }
library-see_in = See in the Library:
# The implementation plan (#15): actions, indicators, measurements.
nav-plan = Plan
plan-title = Implementation plan
plan-intro = What the city does about the recommendations it received, and how it measures progress.
plan-new_action = New action
plan-edit_action = Edit action
plan-empty_title = No actions yet
plan-empty = Import recommendations, then add the actions the city takes on them.
plan-go_to_recommendations = Go to Recommendations
plan-group_by = Group by
plan-by_department = Lead department
plan-by_status = Status
plan-no_department = No lead department
plan-status = Status
plan-status-planned = Planned
plan-status-in_progress = In progress
plan-status-done = Done
plan-status-delayed = Delayed
plan-status-dropped = Dropped
plan-action_title = Title
plan-description = Description
plan-department = Lead department
plan-partners = Partners
plan-start = Start
plan-due = Due
plan-budget_line = Budget line
plan-sdg_targets = SDG targets
plan-sdg_targets_hint = Target numbers such as 11.1, separated by semicolons.
plan-recommendations_addressed = Recommendations it addresses
plan-chosen = { $n } chosen
plan-find_recommendation = Find a recommendation
plan-find_recommendation_hint = Words of its text, a symbol or a State; tick each one the action addresses.
plan-no_recommendation_found = No imported recommendation matches “{ $query }”.
plan-no_recommendations = No recommendations have been imported yet: import them on the Recommendations screen first.
plan-more_recommendations = Showing the first { $shown } of { $total }: search to find the others.
plan-addresses = Addresses
plan-indicators = Indicators
plan-recommendation_indicators = Indicators of recommendations
plan-add_indicator = Add indicator
plan-add_indicator_label = Add indicator to { $title }
plan-add_indicator_to = Add indicator to “{ $subject }”
plan-edit_label = Edit { $title }
plan-delete_label = Delete { $title }
plan-delete_question = Delete the action “{ $title }” with its indicators and measurements?
plan-delete_confirm = Delete action
plan-created = Action “{ $title }” added.
plan-updated = Action “{ $title }” saved.
plan-deleted = Action “{ $title }” deleted.
plan-indicator_added = Indicator “{ $name }” added.
plan-measurement_recorded = Measurement of “{ $name }” recorded.
plan-indicator_name = Name
plan-unit = Unit
plan-unit_hint = For example households, % or µg/m³.
plan-baseline_value = Baseline value
plan-baseline_date = Baseline date
plan-target_value = Target value
plan-target_date = Target date
plan-sdg_indicator = Global SDG indicator
plan-sdg_indicator_hint = Its code, for example 11.1.1.
plan-sdg_indicator_short = SDG indicator { $code }
plan-baseline = Baseline
plan-target = Target
plan-latest = Latest
plan-none_yet = none yet
plan-amount = { $value } { $unit }
plan-value_on = { $value } on { $date }
plan-value_by = { $value } by { $date }
plan-progress = { $percent } of the way to the target
plan-progress_label = Progress of { $name }
plan-no_measurement = No measurement yet: record one to see progress.
plan-progress_unknown = Progress cannot be computed: the target equals the baseline.
plan-record_measurement = Record a measurement
plan-record_measurement_of = Record a measurement of “{ $name }”
plan-value = Value
plan-value_in = Value ({ $unit })
plan-measured_on = Date
plan-source = Source
plan-source_hint = Where the value comes from, for example a register or a survey.
plan-record = Record

# Exports: the front matter's labels, in the submission's language (src/app/front_matter.rs)
# A front matter label and its colon, ready for the value ("Mechanism: "; French puts a no-break space
# before the colon, Chinese writes the full-width colon).
front_matter-label = { $label }:{" "}
front_matter-title = Title
front_matter-submitted_by = Submitted by
front_matter-joint_by = Joint submission by
front_matter-mechanism = Mechanism
front_matter-engagement = Engagement
front_matter-state = State under review
front_matter-session = Session
front_matter-contact = Contact
front_matter-publication = Publication
front_matter-may_publish = This submission may be published.
front_matter-confidential = This submission is confidential and may not be published.
front_matter-word_count = Word count
front_matter-date = Date
# The alternative text of the city's logo in an exported Word file.
export-logo_alt = Logo of { $city }
# $words is the number as written (2,410), $count the same number (for the plural form).
front_matter-words =
    { $count ->
        [one] { $words } word
       *[other] { $words } words
    }
front_matter-words_limit =
    { $count ->
        [one] { $words } word (limit { $limit })
       *[other] { $words } words (limit { $limit })
    }
# How a long date is written in an export (chrono's strftime, with the language's month names).
meta-date_pattern = %-d %B %Y
# The thousands separator of counts in an export: none where a no-break space would be
# needed (a no-break space separates words, and the word count line must count the same).
meta-thousands = ,
# The decimal separator of a value in a generated report (an indicator's "12.5 km"), as the
# language writes it with Latin digits (CLDR): a comma in French, Spanish and Russian.
meta-decimal_separator = { "." }

# The mechanisms' names as the UN writes them in this language (UNTERM; the English ones are
# those of assets/reference/mechanisms.json, which tests/catalogue.rs compares). To be checked
# by a reviewer of each language against UNTERM: entered without access to it.
mechanism-UPR = Universal Periodic Review
# The UPR's acronym as the UN writes it in the language (EPU in French and Spanish, УПО in Russian; the
# treaty bodies keep their acronyms, as OHCHR's pages in every language do).
mechanism_acronym-UPR = UPR
mechanism-CCPR = Human Rights Committee
mechanism-CESCR = Committee on Economic, Social and Cultural Rights
mechanism-CERD = Committee on the Elimination of Racial Discrimination
mechanism-CEDAW = Committee on the Elimination of Discrimination against Women
mechanism-CAT = Committee against Torture
mechanism-SPT = Subcommittee on Prevention of Torture
mechanism-CRC = Committee on the Rights of the Child
mechanism-CMW = Committee on Migrant Workers
mechanism-CRPD = Committee on the Rights of Persons with Disabilities
mechanism-CED = Committee on Enforced Disappearances
mechanism-SP = Special Procedures of the Human Rights Council
# The treaty a committee oversees, as the UN writes its title in this language (shown under the committee's name).
treaty-CCPR = International Covenant on Civil and Political Rights (ICCPR)
treaty-CESCR = International Covenant on Economic, Social and Cultural Rights (ICESCR)
treaty-CERD = International Convention on the Elimination of All Forms of Racial Discrimination (ICERD)
treaty-CEDAW = Convention on the Elimination of All Forms of Discrimination against Women
treaty-CAT = Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment
treaty-SPT = Optional Protocol to the Convention against Torture (OPCAT)
treaty-CRC = Convention on the Rights of the Child
treaty-CMW = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW)
treaty-CRPD = Convention on the Rights of Persons with Disabilities
treaty-CED = International Convention for the Protection of All Persons from Enforced Disappearance (ICPPED)

# The plan screen, its charts, its dates on the calendar and SDGs of recommendations (#15,
# parts 2, 4 and 5).
plan-by_theme = Theme
plan-by_sdg = SDG goal
plan-no_theme = No theme
plan-no_goal = No SDG goal
plan-goal_n = SDG { $n }
plan-filters = Filter the actions
plan-any_status = Any status
plan-any_department = Any department
plan-filter_status = Status to show
plan-filter_department = Department to show
plan-filter_goal = SDG goal to show
plan-any_goal = Any goal
plan-only_overdue = Only overdue
plan-clear_filters = Clear filters
plan-shown_of = Showing { $shown } of { $total } actions.
plan-no_match = No action matches these filters.
plan-overdue = overdue
plan-show_details = Show details
plan-open_plan = Open the implementation plan
plan-hide_details = Hide details
plan-no_measurements_yet = No measurements yet.
plan-measurements_of = Measurements of { $name }
charts-show_table = Show as table
charts-hide_table = Hide table
charts-actions_by_department = Actions by status per department
charts-actions_axis = Actions
charts-indicator_over_time = { $name }: values against the target
charts-measured = Measured
charts-target = Target
calendar-plan_legend = Implementation plan
calendar-plan_badge = Plan
calendar-plan_due = Due: { $title }
calendar-plan_target = Target date: { $title }
calendar-tag_done = done
reminder-plan_which = plan, { $n }-day reminder
recommendations-sdg_goals = SDG goals
recommendations-sdg_targets = SDG targets linked by the city
recommendations-no_sdg_goals = None given by the source.
recommendations-no_sdg_targets = None linked yet.
recommendations-link_sdg_target = Link an SDG target
recommendations-choose_sdg_target = Choose a target…
recommendations-link = Link
recommendations-unlink = Unlink
recommendations-unlink_label = Unlink SDG target { $code }
recommendations-sdg_linked = SDG target { $code } linked.
recommendations-sdg_unlinked = SDG target { $code } unlinked.

# --- exports in the document's language (page numbers, follow-up matrix, calendar file, generated reports) ---
# The page number in the footer of the PDF and Word files (the Word file puts its PAGE and NUMPAGES fields where the variables are).
export-page_of = Page { $page } of { $pages }
# The follow-up matrix (CSV, Excel, PDF): column headers. An Excel workbook comes back in any language, so two columns must never share a header.
matrix-column-id = ID
matrix-column-symbol = Symbol
matrix-column-paragraph = Paragraph
matrix-column-annotation_id = UHRI annotation id
matrix-column-recommendation = Recommendation
matrix-column-recommending_states = Recommending States
matrix-column-response = Response
matrix-column-mechanism = Mechanism
matrix-column-themes = Themes
matrix-column-groups = Groups of persons
matrix-column-sdg_goals = SDG goals
matrix-column-sdg_targets = SDG targets
matrix-column-competence = Competence
matrix-column-department = Department
matrix-column-actions = Actions
matrix-column-indicators = Indicators
matrix-column-local_status = Local status
matrix-column-evidence = Evidence
matrix-column-tags = Tags
matrix-column-cited_in = Cited in
# The Excel sheet's name: at most 31 characters, none of [ ] : * ? / \
matrix-sheet = Implementation matrix
matrix-title = Follow-up of the recommendations
matrix-title_to = Follow-up of the recommendations to { $state }
matrix-city = City
matrix-document = Document
matrix-recommendations = Recommendations
matrix-date = Date
matrix-subject = Follow-up matrix of recommendations
matrix-reference = { $symbol }, para. { $paragraph }
matrix-response_is = Response: { $response }
matrix-cited_in_is = Cited in: { $submissions }
# The calendar file (.ics): the calendar's name, event descriptions and alarms.
calendar_file-name = CityRights deadlines
calendar_file-end_of_day = { $date }, end of day
calendar_file-until = { $from } until { $date }
calendar_file-engagement = Engagement: { $name }
calendar_file-mechanism = Mechanism: { $name }
calendar_file-due = Due: { $when }, { $zone } time
calendar_file-estimate = ESTIMATE, not an official date. Basis: { $basis }
calendar_file-basis_not_given = not given
calendar_file-notes = Notes: { $notes }
calendar_file-summary_estimate = { $acronym }: { $title } (estimate)
calendar_file-due_today = Due today: { $summary }
calendar_file-due_tomorrow = Due tomorrow: { $summary }
calendar_file-due_in =
    { $days ->
        [one] Due in { $days } day: { $summary }
       *[other] Due in { $days } days: { $summary }
    }
calendar_file-days_before =
    { $days ->
        [one] { $summary }: { $days } day before
       *[other] { $summary }: { $days } days before
    }
calendar_file-plan_due = Plan: { $title } (due)
calendar_file-plan_target = Plan: { $title } (target date)
calendar_file-plan_action_due = Implementation plan: an action’s due date
calendar_file-plan_indicator_target = Implementation plan: an indicator’s target date
calendar_file-plan_for = For: { $value }
calendar_file-plan_department = Department: { $value }
calendar_file-plan_status = Status: { $value }
# Generated reports (report generate): titles, the template sections' titles (by template and place), labels and sentences.
report-title-upr-midterm = Mid-term report on the implementation of the UPR recommendations
report-title-tb-follow-up = Information for the follow-up procedure
report-title-local = Local human rights report
report-recommended_by = Recommended by { $states }
report-response_label = Response of the State:
report-status_label = Status in the city:
report-department_is = responsible department: { $department }
report-actions_label = Actions:
report-indicators_label = Indicators:
report-evidence_label = Evidence:
report-due = due { $date }
report-no_due = no due date
report-latest = latest { $value } ({ $date })
report-not_measured = not measured yet
report-target = target { $value } by { $date }
report-baseline = baseline { $value } ({ $date })
report-progress = { $percent }% of the way to the target
report-source = source: { $source }
report-table_total = Total
report-no_theme = No theme
report-no_department = No department
report-no_sdg = No SDG
report-chart_title-status_by_theme = Recommendations by status in the city, per theme
report-chart_title-status_by_department = Recommendations by status in the city, per responsible department
report-chart_title-status_by_sdg = Recommendations by status in the city, per SDG goal
report-chart_group-status_by_theme = Theme
report-chart_group-status_by_department = Department
report-chart_group-status_by_sdg = SDG goal
report-chart_summary_of =
    { $total ->
        [one] Of { $total } recommendation of { $symbol }: { $counts }.
       *[other] Of { $total } recommendations of { $symbol }: { $counts }.
    }
report-chart_summary =
    { $total ->
        [one] Of { $total } recommendation: { $counts }.
       *[other] Of { $total } recommendations: { $counts }.
    }
report-chart_more = The chart shows the { $shown } largest of { $all } groups; the table below lists them all.
report-introduction_of = This report by { $city } sets out what the city has done on the recommendations of { $symbol } addressed to { $state }. It was prepared from the city's implementation plan: the recommendations the city follows, the actions its departments lead, the indicators it measures and the evidence it has recorded.
report-introduction = This report by { $city } sets out what the city has done on the recommendations of the United Nations human rights mechanisms addressed to { $state }. It was prepared from the city's implementation plan: the recommendations the city follows, the actions its departments lead, the indicators it measures and the evidence it has recorded.
report-coverage = Of the { $total } recommendations recorded, { $covered } concern the city's work: those on which the city has planned an action or recorded a status other than "not started". Each is cited below with its number, its text, the response of the State, its status in the city, the actions, the latest indicator values against their targets, and the evidence.
report-none_covered = No recommendation has an action or a status other than "not started" yet. Record actions and statuses in the implementation plan, then generate the report again.
report-count_actions =
    { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
report-count_departments =
    { $n ->
        [one] { $n } department
       *[other] { $n } departments
    }
report-count_indicators =
    { $n ->
        [one] { $n } indicator
       *[other] { $n } indicators
    }
report-methodology = The information comes from the city's implementation plan: { $actions } led by { $departments }, and { $indicators } with their baselines, targets and measurements. Each figure is given with its date and source.
report-consultations_intro = The city held these consultations while preparing this report:
report-no_consultations = No consultation is recorded for this engagement yet.
report-consultation = { $date }, { $format }: { $topic }.
report-consultation_participants =
    { $n ->
        [one] { $date }, { $format }: { $topic } ({ $n } participant).
       *[other] { $date }, { $format }: { $topic } ({ $n } participants).
    }
report-chart_intro = The figure shows the recommendations by their status in the city, theme by theme.
report-next_steps = The city will continue the actions listed above and report their results in its next report. [Add the priorities and dates the city has decided.]
report-obstacles = [Describe what stands in the way: competences held at other levels of government, funding, data.]
report-foreword = [A word from the mayor or the council of { $city }: why the city reports on human rights, and the period covered.]
report-commitments = [The human rights commitments the city has made, and the bodies that carry them.]
report-contact_none = [Who at the city answers questions about this report.]
report-contact = Contact: { $contact }.
report-theme_summary =
    { $total ->
        [one] { $name }: { $total } recommendation ({ $counts }).
       *[other] { $name }: { $total } recommendations ({ $counts }).
    }
report-column-indicator = Indicator
report-column-baseline = Baseline
report-column-target = Target
report-column-latest = Latest
report-column-progress = Progress
report-column-source = Source
report-other_recommendations = Other recommendations
report-the_state = the State
report-the_city = The city
# The implementation matrix's indicator cell (Excel): a measurement, and the indicator's line.
matrix-measured = { $value } on { $date }
matrix-indicator_line = { $name }: { $latest } (baseline { $baseline } on { $baseline_date }, target { $target } by { $target_date })

# --- a file given to the app (double-clicked) ---
launch-workspace = “{ $name }” is a whole CityRights workspace. Import it? It replaces the workspace on this computer; a backup of the current one is kept first.
launch-request = “{ $name }” asks you for a contribution. Open it? This computer’s workspace becomes a contribution workspace holding only what was sent; if it holds any work, a backup of it is kept first.
launch-return = “{ $name }” is a department’s answer to a contribution request. Import it into the Contributions queue? Nothing changes until you accept it there.
launch-open = Open
launch-import = Import
launch-unknown_title = This file cannot be opened
launch-unknown = CityRights cannot open “{ $name }”: it is neither a workspace nor a contribution package.
# --- core messages (compliance checks, proposed timelines, import notices, CLI, dialogs) ---
core-list_separator = {", "}
# Between names or clauses that may hold commas of their own (co-submitters in the front matter,
# the parts of an indicator's sentence in a report): French puts a no-break space before it,
# Arabic and Chinese write their own semicolon.
core-clause_separator = {"; "}
# The comma between two clauses of a sentence the app puts together (an action's status and
# its due date); Chinese writes “，” here, not the enumeration comma “、”.
core-clause_comma = {", "}
# A mechanism's name with its acronym in brackets (front matter, PDF subject, calendar file).
core-name_and_acronym = { $name } ({ $acronym })
# Something said in brackets after what it explains, with the space before it (Chinese writes
# full-width brackets, with no space).
core-in_brackets_after = {" "}({ $text })
# The full stop that ends a sentence the app puts together.
core-full_stop = .
# A quotation the app puts together (a recommendation's words in a report), in the language's
# quotation marks (French with a no-break space inside its guillemets).
core-quoted = “{ $text }”
core-verbatim = { $text }
core-short_date_pattern = %a %-d %b %Y
core-medium_date_pattern = %-d %b %Y
core-day_month_pattern = %-d %B
core-month_year_pattern = %B %Y
compliance-over_limit = The submission has { $words } words, counting its title, front matter and headings as Word does; the limit is { $limit }. { $excess ->
        [one] Remove { $excess } word.
       *[other] Remove { $excess } words.
    }
compliance-over_limit_joint = The submission has { $words } words, counting its title, front matter and headings as Word does; the limit is { $limit } for a joint submission. { $excess ->
        [one] Remove { $excess } word.
       *[other] Remove { $excess } words.
    }
compliance-no_limit = No word limit is known for this mechanism. Check the call or the session's information note and set it in the engagement's rules.
compliance-empty_section = The section "{ $title }" is empty.
compliance-no_city_profile = The city profile is not set up: the front matter cannot name the city. Fill it in under Settings.
compliance-no_contact = The front matter has no contact person or e-mail. Add them under Settings.
compliance-no_state = The engagement does not name the State under review.
compliance-publication_undecided = Say whether the submission may be published: this mechanism asks.
compliance-language_not_accepted = { $language } is not among the languages this mechanism accepts ({ $accepted }).
compliance-language_not_usual = { $language } is not among the languages usually accepted ({ $accepted }); no rule of the mechanism says so, so check the call or the information note.
compliance-either = { $a } or { $b }
compliance-formats = This mechanism asks for { $formats } files.
compliance-formats_noted = { $note } Export { $formats }.
compliance-end_of_day = end of day
compliance-deadline_soon =
    The deadline "{ $title }" is in { $days ->
        [0] less than a day
        [one] { $days } day
       *[other] { $days } days
    } ({ $date } { $time }, { $zone }).
compliance-deadline_passed = The deadline "{ $title }" passed on { $date } ({ $zone }).
compliance-rule_stale = The source of the word limit and rules dates from { $date }, more than 12 months ago. Check it before relying on them.
compliance-rule_stale_undated = The source of the word limit and rules is undated and was not read in the last 12 months. Check it before relying on them.
timeline-no_zone = The UN gives this date without a time zone: it is set in your own time zone.
timeline-hrc_known = the Council's session HRC{ $number } starts on { $date } ({ $source })
timeline-hrc_usual = the Council's { $session } usually starts around { $date }; the exact days are an estimate until the Council publishes them ({ $source })
timeline-hrc_session_2 = February-April session
timeline-hrc_session_6 = June-July session
timeline-hrc_session_9 = September-October session
timeline-passed_window_closed = By this estimate the submission window closed on { $date }. Check the UN's page for this session: it may be too late to send a submission for this cycle.
timeline-passed_window_opened = By this estimate the submission window opened on { $date }.
timeline-date_passed = This date ({ $date }) has already passed.
timeline-upr_opens = Submission window opens
timeline-upr_opens_basis = Estimate: about six weeks before the window closes — UPR47's window ran 27 February–8 April 2024 (OHCHR's UPR submissions registration system) and UPR41's 21 February–31 March 2022 (reported by UPR Info). OHCHR announces each session's window: replace this with it.
timeline-upr_closes = Submission window closes
timeline-upr_closes_basis = Estimate: about seven months before the Working Group session — UPR47's window closed on 8 April 2024 at 23:59 Geneva time for a session on 4–15 November 2024 (OHCHR's UPR submissions registration system); UPR41's on 31 March 2022 for November 2022 (reported by UPR Info, which advises six to eight months). OHCHR announces the real date and time (23:59 Geneva time) on that system: replace this estimate with it.
timeline-upr_session = Working Group session (review)
timeline-upr_adoption_at = Adoption of the outcome at HRC{ $number }
timeline-upr_adoption = Adoption of the outcome at the Human Rights Council
timeline-upr_adoption_basis = Estimate: the first regular session of the Human Rights Council that starts at least { $months } months after the Working Group session ({ $source }); { $how }. The outcome is adopted on one day of that session, not necessarily the first. { $no_zone }
timeline-upr_midterm = Mid-term report
timeline-upr_midterm_basis = Estimate: about two years after the adoption of the outcome ({ $date }). The High Commissioner encourages every State to submit a voluntary mid-term report "about two years after the adoption of the UPR outcome" (letter to Slovenia after its fourth-cycle review, 1 October 2025); a city may report on its own follow-up at the same time. No word limit, channel or format is set for a city's mid-term report. { $no_zone }
timeline-upr_note = Typical UPR timeline. The submission window closes at 23:59 Geneva time; every date below except the session you gave is an estimate: check it against OHCHR's announcements.
timeline-crc_deadline = Deadline for reports before the { $month } pre-sessional working group
timeline-crc_deadline_basis = The CRC's fixed deadline under the simplified reporting procedure: 1 December for the February pre-sessional working group, 1 April for June, 1 August for October (OHCHR, Committee on the Rights of the Child, information for civil society). Which working group examines this State is estimated: the one about three months before the session (same page), here { $month }. Check the CRC's session page. { $no_zone }
timeline-crc_group = Pre-sessional working group ({ $month }, estimate)
timeline-crc_group_basis = Estimate: the CRC's pre-sessional working groups meet in February, June and October, about three months before the dialogue (OHCHR, same page); only the month ({ $month }) is estimated, not the days. { $no_zone }
timeline-dialogue = Session (dialogue with the State)
timeline-crc_note = The CRC's simplified reporting procedure has fixed deadlines (1 December, 1 April, 1 August); under the standard procedure they differ. No additional submissions are received between the pre-sessional working group and the session.
timeline-follow_up_years =
    under the committee's follow-up procedure the State reports back within { $years ->
        [one] one year
       *[other] { $years } years
    } on the recommendations singled out at the end of the concluding observations (OHCHR, "Follow-up to concluding observations")
timeline-follow_up_cescr = the Committee on Economic, Social and Cultural Rights assesses follow-up reports on the recommendations singled out in its concluding observations, whose last paragraph sets the interval: this date is a placeholder of two years — enter the interval given there
timeline-state_follow_up = State's follow-up report
timeline-state_follow_up_basis = Estimate: { $how }. This is the State's report, not the city's. { $no_zone }
timeline-city_follow_up = City's information to the follow-up rapporteur (optional, estimate)
timeline-city_follow_up_basis = Optional: the committee's follow-up rapporteur considers all available sources of information, national human rights institutions and NGOs among them (OHCHR, "Follow-up to concluding observations"). A city may send what it has done on the recommendations singled out, around the time the State reports. { $no_zone }
timeline-spt_note = The Subcommittee on Prevention of Torture reviews no State reports and holds no dialogue with the State: it visits places where people are deprived of their liberty and advises the State and its national preventive mechanism. Add the dates you know (a visit, a meeting with the national preventive mechanism) as milestones of your own.
timeline-cedaw_deadline = Deadline for shadow reports
timeline-cedaw_deadline_basis = Estimate: four weeks before the session, as reported by IWRAW Asia Pacific for CEDAW's 80th (2021), 81st (2022) and 86th (2023) sessions (three weeks for the 73rd, 2019). Check the information note of the session. { $no_zone }
timeline-cedaw_note = Only CEDAW's usual deadline is known, as reported by a third party. Everything except the session you gave is an estimate; the UN gives these dates without a time zone, so they are in yours.
timeline-no_deadline_note = No typical submission deadline is known for { $code }: it is set for each session in the committee's information note. Add it from there. Only the session you gave is proposed.
timeline-no_deadline_follow_up_note = No typical submission deadline is known for { $code }: it is set for each session in the committee's information note. Add it from there. Only the session you gave and the follow-up milestones are proposed.
timeline-sp_note = No typical timeline is known for the Special Procedures: each call for input, visit or report states its own deadline. Add it from the call.
import_notice-tracked_changes =
    { $n ->
        [one] { $n } tracked change was accepted: insertions are kept, deletions left out.
       *[other] { $n } tracked changes were accepted: insertions are kept, deletions left out.
    }
import_notice-comments =
    { $n ->
        [one] { $n } comment was left out.
       *[other] { $n } comments were left out.
    }
import_notice-front_matter = The front matter of a CityRights export ({ $lines }) was not imported: the app writes it from the city profile and the engagement.
import_notice-drawings =
    { $n ->
        [one] { $n } image, drawing or text box was left out: a submission holds text only. Copy any text they hold by hand.
       *[other] { $n } images, drawings or text boxes were left out: a submission holds text only. Copy any text they hold by hand.
    }
import_notice-equations =
    { $n ->
        [one] { $n } equation was left out.
       *[other] { $n } equations were left out.
    }
import_notice-embedded =
    { $n ->
        [one] { $n } embedded object or document was left out.
       *[other] { $n } embedded objects or documents were left out.
    }
import_notice-page_breaks =
    { $n ->
        [one] { $n } page or column break was left out: the export lays out its own pages.
       *[other] { $n } page or column breaks were left out: the export lays out its own pages.
    }
import_notice-hidden_text =
    { $n ->
        [one] { $n } piece of hidden text was left out.
       *[other] { $n } pieces of hidden text were left out.
    }
import_notice-table_of_contents =
    { $n ->
        [one] The table of contents ({ $n } line) was left out.
       *[other] The table of contents ({ $n } lines) was left out.
    }
import_notice-endnotes =
    { $n ->
        [one] { $n } endnote became footnote.
       *[other] { $n } endnotes became footnotes.
    }
import_notice-merged_cells =
    { $n ->
        [one] { $n } merged table cell was split: the text stays in the first cell.
       *[other] { $n } merged table cells were split: the text stays in the first cell.
    }
import_notice-nested_tables =
    { $n ->
        [one] { $n } table inside table cells became text in the cell.
       *[other] { $n } tables inside table cells became text in the cell.
    }
import_notice-symbols =
    { $n ->
        [one] { $n } symbol character from a symbol font (such as Wingdings) was left out.
       *[other] { $n } symbol characters from a symbol font (such as Wingdings) were left out.
    }
import_notice-formatting = Formatting that a submission does not keep was removed, the text kept: { $kinds }.
import_notice-formatting_underline = underline ({ $n })
import_notice-formatting_strikethrough = strikethrough ({ $n })
import_notice-formatting_highlighting = highlighting ({ $n })
import_notice-formatting_superscript = superscript or subscript ({ $n })
import_notice-formatting_colour = coloured text ({ $n })
import_notice-internal_links =
    { $n ->
        [one] { $n } link to places inside the document was kept as text.
       *[other] { $n } links to places inside the document were kept as text.
    }
import_notice-links_not_allowed = Links that are not to a web page or an e-mail address were kept as text, without the link: { $links }.
import_notice-headers_footers = The page headers and footers were not imported (the export writes its own): "{ $text }".
import_notice-heading_footnote = A footnote in the heading "{ $heading }" cannot stay in a title and was left out. Its text: "{ $text }".
import_notice-long_heading = The heading "{ $heading }" is longer than a title may be ({ $max } characters): it was shortened, and its whole text begins the section.
cli-timeline_at = at { $time } ({ $zone })
cli-timeline_by_state = [the State's]
cli-timeline_passed = PASSED: { $note }
cli-timeline_basis = Basis: { $basis }
error-invalid_date = "{ $value }" is not a valid date. Use the form YYYY-MM-DD, e.g. 2027-04-08.
error-date_out_of_range = "{ $value }" is outside the years { $first } to { $last }. Check the year.
error-no_such_mechanism = There is no mechanism "{ $code }". Use one of: { $codes }.
dialog-open_database = Open a CityRights database
dialog-new_database = Start a new CityRights database
dialog-database_file = CityRights database
dialog-city_logo = Choose the city logo (PNG image)
dialog-png_file = PNG image
dialog-second_backup_folder = Choose a second folder for the backups (a USB key, a department share)
dialog-export_workspace = Export the whole workspace to one file (to move to another computer)
dialog-import_workspace = Import a workspace exported on another computer
dialog-workspace_file = CityRights workspace
dialog-export_calendar = Export the deadlines to a calendar file
dialog-calendar_file = iCalendar file
dialog-file_sent = Choose the exact file that was sent
notification-due_today = { $mechanism }: { $title } is due today
notification-due_tomorrow = { $mechanism }: { $title } is due tomorrow
notification-due_in =
    { $days ->
        [one] { $mechanism }: { $title } is due in { $days } day
       *[other] { $mechanism }: { $title } is due in { $days } days
    }
notification-missed = { $mechanism }: { $title } was due and has passed
notification-body = { $date } { $time } { $zone } — { $engagement }
notification-body_estimate = { $date } { $time } { $zone } (estimate) — { $engagement }
notification-plan_target = target of { $title }
notification-plan_due_today = Plan: { $what } is due today
notification-plan_due_tomorrow = Plan: { $what } is due tomorrow
notification-plan_due_in =
    { $days ->
        [one] Plan: { $what } is due in { $days } day
       *[other] Plan: { $what } is due in { $days } days
    }
notification-plan_missed = Plan: { $what } was due and has passed
notification-plan_date = { $date }, end of day
dialog-import_draft = Import a draft (Word or Markdown)
dialog-import_section = Import a department's document as a section
dialog-word_or_markdown = Word or Markdown
dialog-word_file = Word document
dialog-pdf_file = PDF
dialog-export_word = Export Word
dialog-export_pdf = Export PDF
dialog-word_saved = Word document saved
dialog-pdf_saved = PDF saved
dialog-saved_as = The file was saved as { $path }.
dialog-saved_not_opened = The file is saved as { $path }, but no program could open it ({ $reason }).
dialog-open_it = Open it
dialog-close = Close
dialog-choose_uhri = Choose the UHRI export (JSON)
dialog-choose_report = Choose the report's text
dialog-text_file = Text
dialog-choose_thematic_list = Choose the thematic list (Word)
dialog-choose_csv = Choose a CSV file
cli-demo_added = Demo data added to { $path }.
cli-no_engagements = No engagements yet.
cli-engagement_added = Engagement { $id } added: { $title }
cli-nothing_due =
    { $days ->
        [one] Nothing due in the next { $days } day.
       *[other] Nothing due in the next { $days } days.
    }
cli-estimate = (estimate)
cli-days =
    { $days ->
       *[other] days
    }
cli-deadline_met = met: "{ $title }" sent on { $date }
cli-calendar_written =
    { $n ->
        [one] Wrote { $n } milestone to { $path }.
       *[other] Wrote { $n } milestones to { $path }.
    }
cli-no_submissions = No submissions yet.
cli-submission_created = Created submission { $id } "{ $title }".
cli-section_added = Added section { $section } to submission { $id } "{ $title }".
cli-stats_words = words: { $words } (no limit set)
cli-stats_words_limit = words: { $words } / { $limit }
cli-stats_breakdown = title: { $title }  front matter: { $front_matter }  headings: { $headings }  text: { $text }  footnotes: { $footnotes }
cli-stats_breakdown_no_footnotes = title: { $title }  front matter: { $front_matter }  headings: { $headings }  text: { $text }  footnotes: { $footnotes } (footnotes not counted)
cli-stats_structure = paragraphs: { $paragraphs }  footnotes: { $footnotes }  sections: { $sections }
cli-rules_limit =
    { $n ->
        [one] { $n } word
       *[other] { $n } words
    }
cli-rules_no_limit = no word limit
cli-rules_counted = Counted: { $parts }
cli-rules_languages = Languages: { $languages }
cli-rules_formats = Formats: { $formats }
cli-rules_status = Status: { $status }
cli-rules_source = Source: { $source }
cli-rules_note = Note: { $note }
error-section_conflict = The section "{ $title }" was changed elsewhere (another window or another copy of CityRights) since you started editing. Your text has not been saved over it: reload the section to see the other version, or keep yours as a new version.
error-section_unreadable = The stored text of section { $id } cannot be read ({ $reason }). It has not been changed; its earlier revisions are kept.
error-is_a_folder = { $path } is a folder. Give a file name, e.g. { $example }.
error-not_a_file = { $path } is not a file that can be imported (it is a folder, a device or a pipe). Choose the file itself.
error-file_too_large = The file is too large to import: { $size } MB, where the limit is { $limit } MB. Check that this is the right file.
error-no_text_to_import = The file has no text to import.
error-draft_other_format = CityRights imports Word (.docx) and Markdown (.md) files, not .{ $ext }. Open the file in Word or LibreOffice, save it as "Word Document (.docx)" and import that file.
error-draft_unknown_format = CityRights imports Word (.docx) and Markdown (.md) files; { $name } is neither (by its name).
error-not_found_action = Action { $id } does not exist (it may have been deleted).
error-not_found_consultation = Consultation { $id } does not exist (it may have been deleted).
error-not_found_department = Department { $id } does not exist (it may have been deleted).
error-not_found_engagement = Engagement { $id } does not exist (it may have been deleted).
error-not_found_evidence = Evidence note { $id } does not exist (it may have been deleted).
error-not_found_indicator = Indicator { $id } does not exist (it may have been deleted).
error-not_found_bin_item = Item in the bin { $id } does not exist (it may have been deleted).
error-not_found_measurement = Measurement { $id } does not exist (it may have been deleted).
error-not_found_milestone = Milestone { $id } does not exist (it may have been deleted).
error-not_found_participant = Participant { $id } does not exist (it may have been deleted).
error-not_found_recommendation = Recommendation { $id } does not exist (it may have been deleted).
error-not_found_revision = Revision { $id } does not exist (it may have been deleted).
error-not_found_section = Section { $id } does not exist (it may have been deleted).
error-not_found_sent_file = Sent file of submission { $id } does not exist (it may have been deleted).
error-not_found_stakeholder = Stakeholder { $id } does not exist (it may have been deleted).
error-not_found_submission = Submission { $id } does not exist (it may have been deleted).
cli-backup_restored = Restored the backup of { $date } ({ $engagements }, { $submissions }, { $words }). The database as it was is kept as a backup too.
cli-no_backups = No backups yet.
cli-backup_damaged = DAMAGED, cannot be restored: { $reason }
cli-backup_line = { $engagements }, { $submissions }, { $words }
cli-backup_copy = a copy is in { $path } too (checked).
cli-backup_copy_failed = the second copy was not written: { $problem }
cli-backed_up = Backed up to { $path } (checked).
cli-bin_empty = The bin is empty.
cli-bin_restored = Restored.
cli-bin_emptied = Deleted { $n ->
        [one] { $n } item
       *[other] { $n } items
    } for good.
cli-bin_confirm = Emptying the bin deletes its contents for good. Run again with --yes to confirm.
cli-no_consultations = No consultations recorded.
cli-not_verified = Not verified: { $caveat }
cli-nobody_found = Nobody found for "{ $query }".
cli-erase_with = (erase with { $how })
cli-edit_by_hand = [edit by hand]
cli-erased = Erased: { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    } anonymised in { $consultations ->
        [one] { $consultations } consultation
       *[other] { $consultations } consultations
    }, { $fields ->
        [one] { $fields } other field
       *[other] { $fields } other fields
    } changed. Backups made before still hold the old data until they roll off.
cli-erased_in_text = In the text: { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    } and { $revisions ->
        [one] { $revisions } earlier version
       *[other] { $revisions } earlier versions
    } changed; the file recorded as sent is kept as it was.
cli-still_mentioned = still mentioned in { $where }; edit the text to remove it.
cli-purged = Removed the personal data of { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    } in { $consultations ->
        [one] { $consultations } consultation
       *[other] { $consultations } consultations
    } held on or before { $date } (retention: { $months ->
        [one] { $months } month
       *[other] { $months } months
    }).
cli-workspace_imported = Imported the workspace exported on { $date } ({ $engagements ->
        [one] { $engagements } engagement
       *[other] { $engagements } engagements
    }, { $submissions ->
        [one] { $submissions } submission
       *[other] { $submissions } submissions
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }) into { $path }.
cli-workspace_backup = The database as it was is kept as the backup { $path }.
cli-workspace_written = Wrote the workspace ({ $engagements ->
        [one] { $engagements } engagement
       *[other] { $engagements } engagements
    }, { $submissions ->
        [one] { $submissions } submission
       *[other] { $submissions } submissions
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }) to { $path }.
cli-workspace_written_logo = Wrote the workspace ({ $engagements ->
        [one] { $engagements } engagement
       *[other] { $engagements } engagements
    }, { $submissions ->
        [one] { $submissions } submission
       *[other] { $submissions } submissions
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }, the city logo) to { $path }.
cli-action_added = Action { $id } added: { $title }
cli-no_actions = No actions yet.
cli-action_deleted = Action { $id } deleted.
cli-indicator_added = Indicator { $id } added: { $name }
cli-recorded = Recorded.
cli-no_indicators = No indicators yet.
cli-sdg_unlinked = Recommendation { $id } has no SDG targets now.
cli-sdg_linked = Recommendation { $id } is linked to { $targets }.
cli-no_measurement = no measurement yet
cli-measured_on = { $value } { $unit } on { $date }
cli-indicator = { $name }: { $latest } (baseline { $baseline } on { $baseline_date }, target { $target } by { $target_date })
cli-indicator_progress = { $name }: { $latest } (baseline { $baseline } on { $baseline_date }, target { $target } by { $target_date }, { $percent }% of the way)
cli-recommendations_imported = { $imported } imported, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
cli-no_recommendations = No recommendations yet.
cli-nothing_found = Nothing found for "{ $query }".
cli-recommendation_updated = { $reference }: { $status }, { $competence }, department "{ $department }", { $n ->
        [one] { $n } evidence note
       *[other] { $n } evidence notes
    }.
cli-recommendation_binned = Moved { $title } to the bin. Restore it with: cityrights bin restore recommendation { $id }
error-title_empty = The title cannot be empty. Give it a short name.
error-text_too_long = This text is too long: { $n } characters, at most { $max } are allowed. Shorten it; nothing has been lost.
error-text_nul = This text contains an invisible NUL character; remove it.
error-last_before_first = The last day cannot be before the first day.
error-invalid_time = "{ $value }" is not a valid time. Use the 24-hour form HH:MM, e.g. 23:59.
error-invalid_email = "{ $value }" is not an e-mail address.
error-invalid_iso3 = Use the three-letter country code (ISO 3166-1 alpha-3), e.g. SVN for Slovenia.
workspace-logo_left_out = The city logo { $path } was left out: { $reason }. Choose the logo again in the city profile after the import.
error-no_database_open = No database is open. Open another file or start a new one.
# --- plan in the app (wave 4) ---
matrix_xlsx-export = Export to Excel…
matrix_xlsx-import = Import from Excel…
matrix_xlsx-preview_title = What the workbook would change
matrix_xlsx-file = Workbook: { $name }
matrix_xlsx-not_written = Nothing has been written yet. Check the changes, then apply them or cancel.
matrix_xlsx-counts = Recommendations to change: { $changed }. Unchanged: { $unchanged }. Rows not found: { $unknown }.
matrix_xlsx-nothing = The workbook changes nothing: every status, department and evidence note in it is already in CityRights.
matrix_xlsx-changes_caption = Changes, by recommendation
matrix_xlsx-col_recommendation = Recommendation
matrix_xlsx-col_status = Local status
matrix_xlsx-col_department = Department
matrix_xlsx-col_evidence = New evidence
matrix_xlsx-change = { $from } → { $to }
matrix_xlsx-same = unchanged
matrix_xlsx-no_department = no department
matrix_xlsx-unknown_title = Rows not found in CityRights
matrix_xlsx-unknown_hint = These rows name no recommendation of this database. They are left out; nothing is written from them.
matrix_xlsx-col_row = Row
matrix_xlsx-col_id = ID
matrix_xlsx-col_symbol = Symbol
matrix_xlsx-col_paragraph = Paragraph
matrix_xlsx-apply = Apply these changes
matrix_xlsx-applied = The workbook's changes were written. Recommendations changed: { $n }.
matrix_xlsx-changed_since = The workbook or the recommendations changed since this preview, so nothing was written. Import the workbook again to see what it changes now.
report_generate-open = Generate a report…
report_generate-title = Generate a report from the city's data
report_generate-intro = CityRights writes a new draft submission from the recommendations, their local status, the actions, the indicators and the evidence. Edit, check and export it like any other submission.
report_generate-kind = Kind of report
report_generate-kind_upr_midterm = UPR mid-term report
report_generate-kind_tb_follow_up = Treaty-body follow-up information
report_generate-kind_local = Local human rights report
report_generate-symbol = Recommendations of
report_generate-symbol_hint = The document whose recommendations the report follows up, for example A/HRC/59/15.
report_generate-all_of_mechanism = All documents of this mechanism
report_generate-all = All recommendations
report_generate-none_yet = Import recommendations first: the report is written from them and from what the city recorded about them.
report_generate-generate = Generate the draft
report_generate-done = The draft “{ $title }” was created.
report_generate-done_counts = Sections: { $sections }. Recommendations covered: { $n }.
report_generate-open_draft = Open the draft
sdg_table-goals = SDGs: { $goals }
sdg_table-targets = SDG targets: { $targets }
report_generate-engagement = Engagement
report_generate-choose_engagement = Choose an engagement…
report_generate-no_engagement = Create an engagement first: a report is a submission to one.

# --- contributions: the core's and the CLI's messages ---
contribution-err_damaged = { $file } is not a CityRights contribution package, or it is damaged: { $why }. Nothing was changed. Ask for the file again (a file cut short in an e-mail or on a USB key is the usual cause).
contribution-err_newer = { $file } was written by a newer version of CityRights ({ $by }, package format { $found }); this version ({ $ours }) reads up to format { $known }. Nothing was changed. Install CityRights { $by } or newer, then open the file again.
contribution-err_is_return = { $file } is a department’s answer (a return package), not a request. Nothing was changed. Import it in the officer’s workspace: Contributions, “Import a returned contribution…” (cityrights contribution import FILE).
contribution-err_is_request = { $file } is a request for a contribution, not a department’s answer. Nothing was changed. Open it on the department’s computer: “Open a contribution…” (cityrights contribution open FILE).
contribution-err_other_workspace = { $file } answers a request sent from another CityRights workspace (another city or another computer). Nothing was changed. Import it in the workspace the request was sent from.
contribution-err_unknown_request = { $file } answers a request this workspace has no record of (it may have been sent before a backup was restored). Nothing was changed.
contribution-err_already_imported = { $file } was already imported ({ $when }). Nothing was changed: its changes are in the Contributions queue.
contribution-err_refused_change = The return package holds a change CityRights does not accept ({ $why }). Nothing was changed. Ask the department to send it back again from CityRights.
contribution-err_holds_work = The database { $db } already holds work. A contribution is opened in a new workspace of its own: give a new database file (cityrights --db NEW-FILE contribution open FILE), or open it from the app, which backs up this one first.
contribution-err_not_contributor = This workspace is not a contribution: there is nothing to send back. Open the contribution package you were sent first (cityrights contribution open FILE).
contribution-err_nothing_changed = Nothing has changed since the request: there is nothing to send back yet. Edit the sections (or the recommendations’ follow-up) first.
contribution-err_not_a_section = Section { $id } is not a section of “{ $title }”. Choose among its sections (cityrights submission show --submission { $submission }).
contribution-err_no_recommendation = Recommendation { $id } does not exist (or is in the bin).
contribution-err_too_many_sections = A request holds at most { $n } sections.
contribution-err_too_many_recommendations = A request holds at most { $n } recommendations.
contribution-err_choose = Choose at least one section or recommendation to ask for.
contribution-err_which = Say which changes: --all, or --section ID, --recommendation ID or --change ID.
contribution-err_no_change_section = This contribution holds no change of section { $id }.
contribution-err_no_change_recommendation = This contribution holds no change of recommendation { $id }.
contribution-err_no_change = This contribution holds no change { $id }.
contribution-due_title = { $contributor }: contribution due
contribution-due_basis = Contribution request to { $contributor }
contribution-back_title = Send the contribution back to { $city }
contribution-back_title_unnamed = Send the contribution back to the city
contribution-back_basis = Contribution requested on { $date }
contribution-cli_opened = { $path } is now the contribution workspace for { $city } (sections: { $sections }, recommendations: { $recommendations }).
contribution-cli_the_city = the city
contribution-cli_due = Due: { $date }
contribution-cli_message = Message: { $message }
contribution-cli_requested = Wrote the request (sections: { $sections }, recommendations: { $recommendations }) to { $file }.
contribution-cli_returned = Wrote the return (sections changed: { $sections }, recommendations changed: { $recommendations }) to { $file }. Send this file back to the city.
contribution-cli_imported = Imported the contribution of { $from } into the review queue (number { $id }; sections changed: { $sections }, recommendations changed: { $recommendations }, in conflict with your own changes: { $conflicts }). Nothing is changed until you accept it.
contribution-cli_none = No contribution has come back yet.
contribution-cli_line = { $id }  { $from }  { $received }  { $state }  (waiting: { $pending }, accepted: { $accepted }, rejected: { $rejected })
contribution-cli_decided = Accepted: { $accepted }, rejected: { $rejected }. The contribution is now: { $state }.
contribution-cli_conflicts = Left waiting, because you changed the same text since the request: changes { $ids }. Compare them (contribution show { $id }) and accept with --overwrite-mine, or reject them.
contribution-cli_gone = Not applied, because their section or recommendation is no longer here: changes { $ids }.
contribution-cli_show_head = Contribution { $id } from { $from } ({ $received }): { $state }
contribution-cli_show_change = { "  " }change { $id }: { $kind } { $field } “{ $label }” — { $state }
contribution-cli_conflict = { " " }(conflict)
# --- Contributions in the app (#17) ---
contrib-nav = Contributions
contrib-header = Contribution for the City of { $city }
contrib-header_unnamed = Contribution for the city
contrib-header_due = Contribution for the City of { $city }, due { $date }
contrib-header_unnamed_due = Contribution for the city, due { $date }
contrib-header_for = Asked of: { $contributor }
contrib-header_message = Message from the city:
contrib-header_returned = Last sent back on { $when }.
contrib-send_back = Send back…
contrib-send_title = Send your contribution back
contrib-send_intro = CityRights saves one file with every change made here since the request, each with your name and its time. Send that file to the city by e-mail, a shared drive or a USB key. You can keep working and send back again later.
contrib-send_author = Your name
contrib-send_author_hint = Shown to the city with each change, and kept in the history of the text.
contrib-send_save = Choose where to save…
contrib-send_cancelled = Nothing was saved: no file was chosen.
contrib-sent_back = Saved as { $path }: { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    } and { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    } changed. Send this file to the city.
contrib-ask = Ask a department…
contrib-ask_hint = A department writes its part on its own computer, in CityRights, and sends it back to you for review.
contrib-ask_title = Ask a department for a contribution
contrib-ask_intro = CityRights saves one file holding only what you choose here, the template's guidance and the rules in force. No other part of your database goes into it.
contrib-ask_sections = Sections to send
contrib-ask_choose_something = Choose at least one section or one recommendation.
contrib-ask_recommendations = Recommendations to follow up (optional)
contrib-ask_recommendations_hint = Search by symbol, number or words, then tick the recommendations the department should report on.
contrib-ask_search_label = Search the recommendations
contrib-ask_search = Search
contrib-ask_none_found = No recommendation matches this search.
contrib-ask_contributor = Department or person asked
contrib-ask_contributor_hint = For example: Housing Department.
contrib-ask_email = E-mail
contrib-ask_due = Due date
contrib-ask_due_hint = Put on the calendar, with a reminder.
contrib-ask_message = Message
contrib-ask_save = Choose where to save…
contrib-ask_cancelled = Nothing was saved: no file was chosen.
contrib-ask_saved = The request to { $contributor } was saved as { $path } ({ $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }). Send this file to them.
contrib-ask_on_calendar = The due date, { $date }, is on the calendar.
contrib-open = Open a contribution…
contrib-welcome_hint = A city asked your department to write part of its submission: open the file you received.
contrib-settings_title = Contribution from a department
contrib-settings_intro = Open a contribution file you were sent, to write your department's part. It replaces the workspace on this computer.
contrib-open_question = Open a contribution in place of this workspace? Everything here (engagements, submissions, recommendations, the city profile) is first copied to the backups folder beside the database file, where it is never deleted automatically; then this workspace is replaced by the contribution, which holds only what the city sent you. Continue?
contrib-open_confirm = Back up and open the contribution
contrib-title = Contributions
contrib-intro = The departments' answers to your requests. Importing one changes nothing in your text: you review each change and accept or reject it.
contrib-import = Import a returned contribution…
contrib-imported = The contribution from { $from } is in the queue: { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    } and { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    } changed.
contrib-imported_conflicts = { $n ->
        [one] { $n } change conflicts with your own edits.
       *[other] { $n } changes conflict with your own edits.
    }
contrib-queue = Received
contrib-queue_empty = No contribution received yet. When a department sends its file back, import it here.
contrib-col_from = From
contrib-col_received = Received
contrib-col_submission = Submission
contrib-col_state = State
contrib-col_waiting = Waiting
contrib-col_accepted = Accepted
contrib-col_rejected = Rejected
contrib-col_conflicts = Conflicts
contrib-state-pending = Waiting for review
contrib-state-accepted = Accepted
contrib-state-rejected = Rejected
contrib-state-partly = Partly accepted
contrib-review_title = Contribution from { $from }
contrib-review_about = For “{ $submission }”, sent back on { $when }.
contrib-review_due = It was due on { $date }.
contrib-open_submission = Open the submission
contrib-accept_all = Accept all that do not conflict
contrib-decided = Accepted: { $accepted }. Rejected: { $rejected }.
contrib-decided_conflicts = { $n ->
        [one] { $n } change left waiting: you edited the same text.
       *[other] { $n } changes left waiting: you edited the same text.
    }
contrib-decided_gone = { $n ->
        [one] { $n } change left waiting: its section or recommendation is no longer here.
       *[other] { $n } changes left waiting: their section or recommendation is no longer here.
    }
contrib-change_section = Section “{ $title }”
contrib-change_recommendation = Recommendation { $reference }: { $field }
contrib-change_state-pending = waiting
contrib-change_state-accepted = accepted
contrib-change_state-rejected = rejected
contrib-change_by = Changed by { $author } on { $when }.
contrib-gone = This section or recommendation is no longer in your workspace: the change cannot be accepted.
contrib-conflict_label = Conflict:
contrib-conflict_explain = you changed this text too since it was sent. Nothing is decided for you: take their text (yours stays in the history of the text) or keep yours.
contrib-sent_to_theirs = From the text sent to their text
contrib-current_to_theirs = From your current text to their text
contrib-new_evidence = New evidence note
contrib-value_sent = Sent
contrib-value_current = Yours now
contrib-value_theirs = Theirs
contrib-value_empty = (empty)
contrib-take_theirs = Take theirs (overwrite mine)
contrib-keep_mine = Keep mine (reject)
contrib-accept = Accept
contrib-reject = Reject
contrib-field-text = text
contrib-field-competence = competence
contrib-field-department = department
contrib-field-local_status = local status
contrib-field-evidence = evidence
contrib-revision_by = by { $author }

# --- the plan: editing an indicator ---
plan-edit_indicator_title = Edit the indicator “{ $name }”
plan-edit_indicator_label = Edit the indicator { $name }

# --- native dialogs of the contributions and the Excel exchange ---
dialog-contribution_file = CityRights contribution
dialog-save_request = Save the request for a contribution
dialog-open_contribution = Open a contribution you were asked for
dialog-save_return = Save your contribution to send back
dialog-import_return = Import a returned contribution
dialog-export_matrix = Export the implementation matrix
dialog-import_matrix = Import the implementation matrix
dialog-excel_file = Excel workbook

# --- a required field left empty (validate::required) ---
required-indicator_name = The indicator's name cannot be empty.
required-measurement_source = The source of the value cannot be empty.
required-contributor = The department or person asked cannot be empty.
required-your_name = Your name cannot be empty.
required-topic = The topic cannot be empty.
required-name = The name cannot be empty.
required-version_name = The name of the version cannot be empty.
required-channel = The channel cannot be empty.
required-symbol = The document symbol cannot be empty.
required-city_name = The city's name cannot be empty.
required-state_under_review = The State under review cannot be empty.
plan-measurement_actions = Actions
plan-remove_measurement_label = Remove the value { $value } of { $date }
plan-remove_measurement_question = Remove the value { $value } of { $date } from “{ $name }”? The progress is counted again without it.
plan-measurement_removed = A measurement of “{ $name }” was removed.
plan-indicator_updated = The indicator “{ $name }” was changed.
plan-delete_indicator_label = Delete the indicator { $name }
plan-delete_indicator_question = Delete the indicator “{ $name }” and its measurements ({ $n })? This cannot be undone.
plan-indicator_deleted = The indicator “{ $name }” was deleted.

# --- report charts ---
report-chart_title-actions_by_department = Actions of the implementation plan by status, per lead department
report-chart_group-actions_by_department = Lead department
report-chart_title-indicator_over_time = { $name }: values against the target over time
report-chart_title-indicator_over_time_gone = Indicator over time
report-chart_actions_summary_of =
    { $total ->
        [one] Of { $total } action on the recommendations of { $symbol }: { $counts }.
       *[other] Of { $total } actions on the recommendations of { $symbol }: { $counts }.
    }
report-chart_actions_summary =
    { $total ->
        [one] Of { $total } action of the implementation plan: { $counts }.
       *[other] Of { $total } actions of the implementation plan: { $counts }.
    }
report-chart_no_action = The implementation plan has no action on these recommendations yet, so there is no chart of actions.
report-chart_indicator_summary =
    { $n ->
        [one] { $name }: baseline { $baseline } ({ $baseline_date }), target { $target } by { $target_date }; { $n } measurement, the latest { $latest } ({ $latest_date }).
       *[other] { $name }: baseline { $baseline } ({ $baseline_date }), target { $target } by { $target_date }; { $n } measurements, the latest { $latest } ({ $latest_date }).
    }
report-chart_indicator_unmeasured = { $name }: baseline { $baseline } ({ $baseline_date }), target { $target } by { $target_date }; no measurement has been recorded yet.
report-chart_indicator_gone = The indicator this chart showed has been deleted from the implementation plan, so there is nothing to draw.
report-chart_column-date = Date
report-chart_column-value = Value
report-chart_column-source = Source
report-chart_baseline = Baseline
report-chart_target = Target
report-chart_measured = Measured
report-chart_axis_value = Value
report-chart_axis_value_in = Value ({ $unit })
report-actions_chart_intro = The figure shows the actions of the implementation plan on these recommendations by their status, department by department.
report-indicator_charts_intro = The figures below show each measured indicator against its target over time: the baseline and the measurements as a line, the target as a dashed line up to its date.
report-indicator_charts_more =
    { $n ->
        [one] { $n } more indicator has measurements; its values are given with the recommendation it measures.
       *[other] { $n } more indicators have measurements; their values are given with the recommendations they measure.
    }
# --- core errors, wave 5 ---
core-as_given = { $words }
error-newer_database = The database { $path } was written by a newer version of CityRights (schema version { $found }; this version understands up to { $known }). It has not been changed. Install the newer version of CityRights to open it, or open another file.
error-unreadable_database = The file { $path } cannot be opened as a CityRights database: { $reason }. It has not been changed.
error-db_other_program = it is a SQLite database of another program, not of CityRights
error-db_damaged_check = the file is damaged ({ $check })
error-db_no_wal = the folder does not allow SQLite's write-ahead log (journal mode stayed '{ $mode }')
error-db_cannot_read = it cannot be read ({ $reason })
error-db_is_folder = it is a folder, not a file
error-db_not_sqlite = it is not a SQLite database
error-db_not_sqlite_or_encrypted = it is not a SQLite database, or it is encrypted
error-db_damaged = the file is damaged
error-db_cannot_open = it cannot be opened (check the permissions)
error-db_read_only = it is read-only
error-db_busy = another program is using it
error-not_saved = Not saved: { $reason }. Nothing was half-written: the database is as it was before this change.
error-not_saved_disk_full = the disk that holds { $folder } is full. Free some space on it (empty the wastebasket, move large files elsewhere)
error-not_saved_read_only = the database { $path } cannot be written: the disk or the file is read-only
error-not_saved_io_failure = the disk that holds { $folder } reported a write error (a removed or failing drive?)
error-import_cancelled = The import was cancelled. Nothing of it was kept; the recommendations are as they were.
error-database = The database reported an error: { $reason }
error-io_copy_backup = Could not copy the backup to { $path }: { $reason }
error-io_copy_database = Could not copy the database to { $path }: { $reason }
error-io_create = Could not create { $path }: { $reason }
error-io_create_backup_folder = Could not create the backup folder { $path }: { $reason }
error-io_create_folder = Could not create the folder { $path }: { $reason }
error-io_create_folder_for = Could not create the folder for { $path }: { $reason }
error-io_delete_old_backup = Could not delete the old backup { $path }: { $reason }
error-io_find_folder = Could not find the folder of { $path }: { $reason }
error-io_finish_backup = Could not finish the backup { $path }: { $reason }
error-io_finish_copy = Could not finish the copy { $path }: { $reason }
error-io_lock = Could not lock { $path }: { $reason }
error-io_open = Could not open { $path }: { $reason }
error-io_open_lock_file = Could not open the lock file { $path }: { $reason }
error-io_replace_database = Could not put the new database in place of { $path }: { $reason }
error-io_read = Could not read { $path }: { $reason }
error-io_read_backup_folder = Could not read the backup folder { $path }: { $reason }
error-io_read_settings = Could not read the settings file { $path }: { $reason }
error-io_read_snapshot = Could not read the snapshot { $path }: { $reason }
error-io_remove = Could not remove { $path }: { $reason }
error-io_replace_settings = Could not replace the settings file { $path }: { $reason }
error-io_unpack = Could not unpack { $path }: { $reason }
error-io_write = Could not write { $path }: { $reason }
error-io_write_man_pages = Could not write the manual pages into { $path }: { $reason }
error-io_write_settings = Could not write the settings file { $path }: { $reason }
error-io_reason_not_found = the file or folder does not exist
error-io_reason_permission = permission denied (ask whoever manages this computer for the right to use this folder)
error-io_reason_exists = a file of that name already exists
error-io_reason_disk_full = the disk is full (free some space on it)
error-io_reason_read_only = the disk is read-only
error-io_reason_is_folder = it is a folder, not a file
error-io_reason_not_folder = a part of the path is a file, not a folder
error-uhri_record_too_large = Record { $record } (from line { $line }) is larger than { $max } MB: this is not the UHRI export, or the file is damaged. Nothing was imported.
error-uhri_no_list = the file does not start with '[': it is not the UHRI bulk export (a JSON list of records)
error-uhri_record_missing = a ',' is followed by ']' (a record is missing)
error-uhri_expected_record = expected a record (a '{"{"}'), found { $found }
error-uhri_expected_comma = expected ',' or ']' after record { $record }, found { $found }
error-uhri_after_end = there is more after the end of the list ({ $found })
error-uhri_byte = the byte { $code }
error-uhri_empty = The file is empty. Nothing was imported.
error-uhri_ends_in_record = The file ends in the middle of record { $record } (which starts at line { $line }, column { $column }): it was probably cut off while downloading. Download it again. Nothing was imported.
error-uhri_ends_in_list = The file ends at line { $line } without closing the list of records (after record { $record }): it was probably cut off while downloading. Download it again. Nothing was imported.
error-uhri_cannot_read = The file could not be read: { $reason }. Nothing was imported.
error-uhri_syntax = The UHRI file cannot be read at line { $line }, column { $column }: { $what }. Nothing was imported; if the file was downloaded, download it again.
error-uhri_damaged = The UHRI file is damaged at line { $line }, column { $column } (in record { $record }): { $what }. Nothing was imported; if the file was downloaded, download it again.
error-uhri_not_uhri = This does not look like the UHRI export: its first record (line { $line }) has none of the fields AnnotationId, Countries and Text. Nothing was imported.
error-csv_unreadable = The CSV file cannot be read at line { $line }: { $what }. Nothing was imported.
error-csv_no_header = The CSV file is empty or has no header line. Its first line should name the columns (e.g. Symbol, Paragraph, Recommendation). Nothing was imported.
error-csv_choose_text = Choose the column that holds the text of the recommendations.
error-csv_choose_symbol = Choose the column that holds the document symbol, or give the symbol of the report all the rows belong to (e.g. A/HRC/59/15).
error-csv_no_such_column =
    { $n ->
        [one] The file has { $n } column; column { $column } does not exist.
       *[other] The file has { $n } columns; column { $column } does not exist.
    }
error-csv_column = column { $column }
error-csv_text_empty = Line { $line }: the column "{ $column }" (the recommendation's text) is empty. Fill it in or remove the row, or choose another column. Nothing was imported.
error-csv_symbol_empty = Line { $line }: the column "{ $column }" (the document symbol) is empty. Nothing was imported.
error-csv_not_a_response = Line { $line }, column "{ $column }": "{ $value }" is not a response (Supported, Partially supported, Noted or Pending). Is it the right column? Nothing was imported.
error-csv_no_rows = The CSV file has a header but no rows. Nothing was imported.
error-text_file_too_large =
    { $what ->
        [csv] The CSV file is { $size } MB; at most { $max } MB are accepted. Is it the right file?
       *[other] The report file is { $size } MB; at most { $max } MB are accepted. Is it the right file?
    }
error-text_file_not_utf8 =
    { $what ->
        [csv] The CSV file is not UTF-8 text: the byte at offset { $offset } (line { $line }) is not valid UTF-8. It was probably saved in another encoding (such as Windows-1252). Save it as UTF-8 and import it again. Nothing was imported.
       *[other] The report file is not UTF-8 text: the byte at offset { $offset } (line { $line }) is not valid UTF-8. It was probably saved in another encoding (such as Windows-1252). Save it as UTF-8 and import it again. Nothing was imported.
    }
error-report_no_symbol = Give the report's document symbol, e.g. A/HRC/59/15: recommendations are cited by it.
error-report_nul = The text contains a NUL byte (line { $line }), which text never contains: it is probably not the text of a report. Nothing was imported.
error-report_none_found = No recommendations were found. The text should hold the section "Conclusions and/or recommendations" of the Working Group report, with recommendations numbered like "140.1 Ratify …". Copy that section (or the whole report) from the PDF and try again. Nothing was imported.
error-report_no_text = Recommendation { $number } (line { $line }) has no text. Nothing was imported.
error-report_gap = Recommendation { $missing } is missing: after { $before } (line { $line }) the next number found is { $next } (line { $next_line }). Part of the text was probably lost when it was copied; copy the whole section again. Nothing was imported.
error-limit_import = { $what } CityRights cannot import it: check that this is the right file. Nothing was imported.
error-limit_save = { $what } Nothing was saved; split the text into several sections.
error-limit_nodes = The text has more than { $max } paragraphs, list items, table cells and text runs in one section.
error-limit_footnotes = The text has more than { $max } footnotes in one section.
error-limit_text = The text would be more than { $max } MB, far more than any report.
error-limit_depth = The text nests lists or quotes more than { $max } levels deep.
error-limit_columns = A table has { $n } columns; at most { $max } are allowed.
error-limit_cells = A table has { $n } cells; at most { $max } are allowed.
error-limit_attribute =
    { $what ->
        [chart] A chart is { $n } characters long; at most { $max } are allowed.
        [link] A link is { $n } characters long; at most { $max } are allowed.
       *[other] A citation is { $n } characters long; at most { $max } are allowed.
    }
error-limit_heading = A heading has level { $level }; levels go from 1 to 6.
error-limit_link = A link goes somewhere other than a web page or an e-mail address (only http, https and mailto links are kept).
error-limit_nested_footnote = A footnote holds another footnote; a footnote can only hold text.
error-limit_footnote_copies = The file calls its footnotes so often that their text would take more than { $max } MB.
error-md_utf16 = The file is not UTF-8 text: it starts (at byte offset 0) with the mark of UTF-16 text. Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.
error-md_not_utf8 = The file is not UTF-8 text: the byte at offset { $offset } (line { $line }) is not valid UTF-8. It was probably saved in another encoding (such as Windows-1252 or Latin-1). Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.
error-md_nul = The file contains a NUL byte (at byte offset { $offset }, line { $line }), which text files never contain: it is probably not a Markdown file, or it was saved as UTF-16. Save it as UTF-8 text and import it again.
error-md_empty = The file is empty: there is nothing to import.
error-md_nothing = The file has no text to import: it holds no headings, paragraphs, lists, quotes or tables.
error-md_too_large = The file is too large to import: { $size } MB, where the limit is { $max } MB. A submission is far smaller than that: check that this is the right file, or split it.
error-md_undefined_footnote = Footnote [^{ $label }] is used on line { $line } but never defined.
error-md_table_limit = { $what } (Line { $line } of the file.) CityRights cannot import it: split the table, or check that this is the right file. Nothing was imported.
error-md_nesting = The file nests lists, quotes or emphasis more than { $max } levels deep (on line { $line }). CityRights cannot import such a structure: check that this is the right file.
error-md_footnote_in_heading = The heading on line { $line } calls a footnote, but section and submission titles cannot carry footnotes. Move the footnote call into the text below the heading and import the file again.
error-md_footnote_copies = The file calls its footnotes so often that their text would take more than { $max } MB (the call on line { $line } is one too many). Check that this is the right file.
error-docx_too_large = The file is too large to import: { $size } MB, where the limit is { $max } MB. A draft is far smaller than that: check that this is the right file.
error-docx_old_or_protected = This is not a .docx file: it is either an older Word document (.doc) or a password-protected one. Open it in Word or LibreOffice, remove the password if there is one, save it as "Word Document (.docx)" and import that file.
error-docx_not_zip = This is not a Word (.docx) file: a .docx file is a zip archive, and this file is not one. If it was renamed from another format, open it in Word or LibreOffice and save it as "Word Document (.docx)".
error-docx_no_body = The file has no document body: it is damaged or not a Word document.
error-docx_bad_zip = The file is damaged and cannot be imported: its zip structure cannot be read ({ $what }). If Word or LibreOffice can open it, save it again as .docx and import the new file.
error-docx_too_many_entries = The file holds { $n } entries, more than any Word document ({ $max } at most): it is not a draft that can be imported.
error-docx_damaged_part = The file is damaged and cannot be imported: its part { $name } cannot be read ({ $what }).
error-docx_not_utf8 = it is not UTF-8 text
error-docx_part_too_large = The file cannot be imported: its part { $name } is larger than { $max } MB once unpacked, far more than the text of any draft (the file may be built to exhaust memory).
error-docx_parts_too_large = The file cannot be imported: its text parts add up to more than { $max } MB once unpacked, far more than any draft.
error-docx_part_utf16 = The file cannot be imported: its part { $name } is written in UTF-16, which Word does not write. Open the file in Word or LibreOffice and save it again as .docx.
error-docx_missing_part = The file is not a complete Word document: it has no { $name }. If Word or LibreOffice can open it, save it again as .docx and import the new file.
error-docx_nothing = The file has no text to import: it holds no headings, paragraphs, lists or tables.
error-thematic_not_docx = This is not a Word document (.docx). Open the thematic list in Word and save it as "Word Document (*.docx)", then import it again. Nothing was imported.
error-thematic_damaged = The Word document is damaged ({ $what }). Nothing was imported.
error-thematic_too_large = The Word document's text is larger than { $max } MB: this is not a thematic list. Nothing was imported.
error-thematic_broken_xml = The Word document is damaged: its text (word/document.xml) cannot be read at byte { $offset } ({ $what }). Open it in Word, save it again, and import it again. Nothing was imported.
error-thematic_cell_too_large = A cell of the table holds more than { $max } KB of text, far more than any recommendation: this is not a thematic list. Nothing was imported.
error-thematic_no_source = Row { $row } of the table (recommendation { $number }) has no "Source of Position" from which to know the report it belongs to. Give the report's symbol (e.g. A/HRC/59/15) with the import. Nothing was imported.
error-thematic_none_found = No recommendations were found in this Word document. A thematic list is a table whose rows start with the recommendation's number ("140.7 Ratify …"). Nothing was imported.
error-xlsx_too_many_rows = There are more rows than an Excel sheet holds (1,048,575): export one document at a time.
error-xlsx_password = The workbook is protected by a password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that file.
error-xlsx_damaged = The file is damaged or is not an Excel workbook, so it cannot be read ({ $what }). If Excel or LibreOffice can open it, save it again as .xlsx and import the new file.
error-xlsx_no_sheet = The workbook has no sheet to read.
error-xlsx_beyond_row = The sheet "{ $sheet }" has a cell at { $cell }, beyond row { $max }: far more rows than any matrix of recommendations. Delete what is below the table and try again.
error-xlsx_beyond_column = The sheet "{ $sheet }" has a cell at { $cell }, beyond column { $max }. Delete what is to the right of the table and try again.
error-xlsx_cell_too_long = Cell { $cell } holds more than { $max } characters, more than Excel itself allows: the file was not written by Excel or CityRights.
error-xlsx_empty_sheet = The sheet "{ $sheet }" is empty: there is no header row to read.
error-xlsx_too_large = The file is larger than { $max } MB, far more than a matrix of recommendations: check that this is the right file.
error-xlsx_old_or_protected = This is an older Excel file (.xls) or a password-protected workbook. Open it in Excel or LibreOffice, save it as .xlsx without a password, and import that file.
error-xlsx_not_zip = The file is not an Excel workbook (.xlsx): it cannot be opened as one. Save it from Excel or LibreOffice as .xlsx and import that file.
error-xlsx_too_many_parts = The file holds { $n } parts, more than any Excel workbook ({ $max } at most): it is not a matrix that can be read.
error-xlsx_bad_entry = The file is damaged: part { $n } of its zip cannot be read ({ $what }).
error-xlsx_part_too_large = The file cannot be read: its part { $name } is larger than { $max } MB once unpacked, far more than any matrix (the file may be built to exhaust memory).
error-xlsx_bad_part = The file is damaged: its part { $name } cannot be read ({ $what }).
error-xlsx_parts_too_large = The file cannot be read: its parts add up to more than { $max } MB once unpacked, far more than any matrix.
error-xlsx_too_many_strings = The file cannot be read: it announces { $n } different texts, more than { $max } (the file may be built to exhaust memory).
error-xlsx_bad_strings = The file is damaged: its part { $name } does not start as a list of texts.
error-ws_newer =
    { $what ->
        [file_format] This workspace file was written by a newer version of CityRights ({ $app_version } — file format { $found }); this version ({ $this_version }) understands up to file format { $known }. Nothing was changed. Install CityRights { $app_version } or newer on this computer, then import the file again.
       *[other] This workspace file was written by a newer version of CityRights ({ $app_version } — schema version { $found }); this version ({ $this_version }) understands up to schema version { $known }. Nothing was changed. Install CityRights { $app_version } or newer on this computer, then import the file again.
    }
error-ws_no_folder = The folder { $folder } does not exist. Choose an existing folder for the workspace file.
error-ws_not_ours = This is not a CityRights workspace file, or it is damaged: { $why }. Nothing was changed. Export the workspace again on the other computer (cityrights workspace export -o FILE) and import that file.
error-pkg_zip_unreadable = its zip structure cannot be read ({ $what })
error-ws_too_many_entries = it holds { $n } entries where a workspace holds at most { $max }
error-pkg_no_manifest = it has no manifest.json
error-pkg_manifest_unreadable = its manifest cannot be read ({ $what })
error-pkg_manifest_too_large = its manifest is far too large
error-pkg_manifest_format = its manifest says it is "{ $format }"
error-ws_unexpected_entry = its manifest names an unexpected entry "{ $name }"
error-pkg_named_twice = its manifest names "{ $name }" twice
error-ws_entry_too_large = its entry { $name } would unpack to { $bytes } bytes, more than the { $max } MB allowed
error-ws_no_database = it holds no database
error-ws_damaged = The workspace file is damaged: { $why }. Nothing was changed. Copy the file again from the other computer, or export it again there.
error-pkg_not_listed = its manifest does not list { $name }
error-pkg_entry_unreadable = its entry { $name } cannot be read ({ $what })
error-ws_entry_size = its entry { $name } is not the size the manifest gives
error-ws_entry_larger = its entry { $name } is larger than the manifest says
error-pkg_entry_checksum = its entry { $name } does not match the checksum in its manifest
error-ws_damaged_database = The database inside the workspace file { $why }. Nothing was changed. Export the workspace again on the other computer and import the new file.
error-wsdb_cannot_open = cannot be opened ({ $what })
error-wsdb_cannot_read = cannot be read ({ $what })
error-wsdb_not_ours = is not a CityRights database
error-wsdb_no_version = has no schema version
error-wsdb_damaged = is damaged ({ $check })
error-wsdb_unknown_version = has an unknown schema version
error-wsdb_wrong_kind = holds a { $kind } named { $table } where CityRights keeps a table
error-wsdb_rows_rejected = holds rows of { $table } that CityRights cannot take ({ $what })
error-wsdb_cannot_upgrade = cannot be upgraded ({ $what })
error-wsdb_dangling = holds rows of { $table } that point to records it does not hold
error-wsdb_nothing = nothing
error-wsdb_a_value = a value
error-wsdb_bad_value = holds a value CityRights never writes (table { $table }, row{ $row }, column { $column }: { $found } where { $expected } belongs)
error-wsdb_bad_section = holds a section whose text CityRights cannot read (section { $id }, "{ $title }": { $what })
error-wsdb_bad_revision = holds a saved version of submission { $submission } that CityRights cannot read (revision { $id }: { $what })
error-pkg_too_many_entries = it holds { $n } entries where a package holds at most { $max }
error-pkg_entry_over = its entry { $name } would unpack to { $bytes } bytes, more than the { $max } allowed
error-pkg_total_over = it would unpack to { $bytes } bytes, more than the { $max } allowed
error-pkg_unlisted_entry = it holds an entry "{ $name }" that its manifest does not list
error-pkg_entry_size = its entry { $name } is not the size its manifest gives
error-pkg_too_large = it is larger than the { $max } MB a package may be
error-pkg_bad_ids = its manifest's identifiers are not ones CityRights writes
error-pkg_request_unreadable = its request cannot be read ({ $what })
error-pkg_request_too_large = it asks for more sections or recommendations than a request holds
error-pkg_request_empty = it asks for nothing
error-pkg_names_too_long = one of its names or its message is far too long
error-pkg_section_refused = the text of its section "{ $title }" is refused: { $what }
error-pkg_too_much_evidence = a recommendation in it carries too many evidence notes
error-pkg_changes_unreadable = its list of changes cannot be read ({ $what })
error-pkg_too_many_changes = it holds more changes than a return may
error-pkg_sender_too_long = its sender's name is far too long
error-pkg_author_too_long = one of its changes names an author far too long
error-pkg_no_changeset = its change of { $field } { $id } has no changeset
error-pkg_change_too_large = one of its changes is far too large
error-database_closed = The database is closed.
error-file_exists = { $path } already exists. Choose a new file name: an existing file is never overwritten.
error-demo_not_empty = This database already holds data, so the demo was not added. Use a new, empty database file for the demo.
error-not_a_backup_name = { $name } is not a CityRights backup file name.
error-copy_failed_check = The copy of the database failed its check ({ $check }) and was removed. The database itself is unchanged.
error-backup_of_another = The backup { $name } is not a backup of { $path }: it belongs to another database. Your database has not been changed; choose one of its own backups.
error-settings_unreadable = The settings file { $path } cannot be read ({ $what }). Choose the second backup folder or the citation style again in Settings; either writes a new file.
error-choose_second_folder = Choose a folder for the second copy of the backups.
error-not_a_full_path = { $folder } is not a full path. Choose the folder with "Choose folder…".
error-second_is_data_folder = This is the data folder, where the backups already go. Choose another drive: a USB key or a department share.
error-not_a_language = “{ $value }” is not a language CityRights speaks: choose one of { $codes }.
error-type_symbol = Type the document's symbol, e.g. A/HRC/59/15.
error-search_not_understood = This search could not be understood. Search for plain words, without quotation marks or symbols.
error-search_index_damaged = The search index of this database is damaged, so the search cannot be answered. Your texts are not affected by this message. Restore the latest backup (Settings → Backups), or export the workspace and import it again, which rebuilds the index.
error-revision_unreadable = Revision { $id } cannot be read ({ $what }).
error-versions_of_two = Both versions must belong to the same submission.
error-sent_file_empty = The file is empty: choose the file that was actually sent.
error-not_submitted_yet = The submission "{ $title }" (id { $id }) is not marked as submitted: its text can be edited already.
error-mark_submitted_first = Mark the submission as submitted first.
error-template_other_mechanism = The template "{ $name }" is not for this mechanism. Choose one made for it.
error-choose_un_language = Choose one of the six UN languages.
error-co_submitter_gone = One of the co-submitters no longer exists.
error-section_text_unreadable = The text of section { $id } cannot be read ({ $what }).
error-profile_before_logo = Set up the city profile first, then choose its logo.
error-consultation_date = Give the date of the consultation (YYYY-MM-DD, e.g. 2027-03-02).
error-consultation_topic_empty = The topic cannot be empty. Say in a few words what the consultation was about.
error-consultation_topic_long = The topic is too long: at most { $max } characters. Shorten it; nothing has been lost.
error-consultation_format = Choose how the consultation was held (a meeting, a survey, written input…).
error-consultation_submission = Choose one of this engagement's submissions, or none.
error-participants_max = At most { $max } participants can be named; record a larger group as a number in the notes.
error-participant_no_name = Participant { $n } has no name. Give their name, or remove the row.
error-participant_email = "{ $value }" (participant { $n }) is not an e-mail address. Correct it or leave it empty.
error-departments_full = The city's list already has { $max } departments, the most it can hold. Choose one of them, or remove unused ones in Settings.
error-department_name_empty = The department's name cannot be empty. To take it off the list, remove it.
error-type_department = Type the department's name, e.g. "Housing department".
error-recommendation_too_long = Recommendation { $symbol } { $paragraph } is { $size } KB long, where the longest the UN writes are a few KB (at most { $max } KB are accepted): this file is not what it seems. Nothing was imported.
error-recommendation_text_empty = The text of the recommendation cannot be empty.
error-recommendation_in_bin = { $symbol }, para. { $paragraph } is in the Bin. Restore it from the Bin instead of adding it again: it comes back with the city's follow-up.
error-recommendation_exists = { $symbol }, para. { $paragraph } is already in the list. Search for it instead of adding it again.
error-tag_empty = The tag cannot be empty. Type a word or two, e.g. "housing".
error-note_empty = Write what was done, e.g. "Council decision 2026/14 funds 200 homes".
error-select_one = Select at least one recommendation first.
error-bulk_max = At most { $max } recommendations can be changed at once.
error-department_in_use =
    { $n ->
        [one] { $n } recommendation names “{ $name }” as its responsible department, so it stays on the list. Give it another department first, or rename the department (a name already on the list merges the two).
       *[other] { $n } recommendations name “{ $name }” as their responsible department, so it stays on the list. Give them another department first, or rename it (a name already on the list merges the two).
    }
error-not_a_file_nothing_changed = { $path } is not a file; nothing was changed.
error-database_in_use = CityRights is open on { $path } (or another command is writing to it). Close the app, then run the command again: only one program may change a database at a time.
error-not_a_file_name = { $path } is not a file name.
error-change_unreadable = A change waiting for review cannot be read: { $what }
error-unknown_mechanism = Unknown mechanism "{ $code }". Choose the UPR, a treaty body or the Special Procedures.
error-no_recommendation = There is no recommendation { $id } (it may be in the bin). Choose one from the list of recommendations.
error-sdg_targets_max = A recommendation may be linked to at most { $max } SDG targets.
error-xlsx_rows_twice = Rows { $first } and { $second } are both { $reference }: keep one of them and import again.
error-xlsx_row = Row { $row } ({ $reference }): { $what } Nothing was imported.
error-xlsx_no_columns = none
error-xlsx_not_a_matrix = The sheet "{ $sheet }" is not an implementation matrix: its first row has no column { $missing }. Its columns are: { $columns }. Export the matrix from CityRights (recommendations export-xlsx), fill in that file and import it.
error-input_too_large = The input is larger than { $max } MB: check that this is the right file.
cli-count_sections =
    { $n ->
        [one] { $n } section
       *[other] { $n } sections
    }
cli-count_paragraphs =
    { $n ->
        [one] { $n } numbered paragraph
       *[other] { $n } numbered paragraphs
    }
cli-count_footnotes =
    { $n ->
        [one] { $n } footnote
       *[other] { $n } footnotes
    }
cli-count_pages =
    { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
cli-count_recommendations =
    { $n ->
        [one] { $n } recommendation
       *[other] { $n } recommendations
    }
cli-count_words =
    { $n ->
        [one] { $n } word
       *[other] { $n } words
    }
cli-count_actions =
    { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
cli-docx_written = Wrote { $path } ({ $sections }, { $paragraphs }, { $footnotes }).
cli-pdf_written = Wrote { $path } ({ $pages }, { $paragraphs }, { $footnotes }).
cli-section_replaced = Replaced the text of "{ $title }" (version { $version }); the submission now has { $words }.
cli-no_revisions = No revisions yet.
cli-revision_by = (by { $author })
cli-recommendations_written = Wrote { $recommendations } to { $path }.
cli-recommendations_pdf_written = Wrote { $recommendations } on { $pages } to { $path }.
cli-matrix_evidence = Row { $row }, { $reference }: evidence added: { $value }
cli-matrix_change = Row { $row }, { $reference }: { $field } "{ $from }" → "{ $to }"
cli-no_id = none
cli-matrix_unknown = Row { $row }: no recommendation { $symbol } { $paragraph } (ID { $id }) in this database.
cli-matrix_summary =
    { $dry_run ->
        [yes] Would be: { $changed } changed, { $unchanged } unchanged, { $unknown } unknown.
       *[other] Done: { $changed } changed, { $unchanged } unchanged, { $unknown } unknown.
    }
cli-man_pages_written = Manual pages written to { $path }.
cli-report_created = Submission { $id } "{ $title }" created with { $sections }, citing { $recommendations }. Open it to edit, or export it with `cityrights export pdf --submission { $id } -o FILE.pdf`.
cli-progress_by_theme = By theme:
cli-progress_by_department = By department:
cli-progress_by_sdg = By SDG:
cli-progress_line = { $name }: { $recommendations } ({ $not_started } not started, { $in_progress } in progress, { $implemented } implemented, { $not_applicable } not applicable; { $actions })
error-already_submitted = The submission "{ $title }" (id { $id }) is already marked as submitted. To send a corrected version, start a new version first ("Start a new version" on the submission screen, or `cityrights submission reopen --submission { $id } --json`): the record of what was sent is kept.
error-already_submitted_on = The submission "{ $title }" (id { $id }) is already marked as submitted on { $date } ({ $channel }). To send a corrected version, start a new version first ("Start a new version" on the submission screen, or `cityrights submission reopen --submission { $id } --json`): the record of what was sent is kept.
error-nothing_to_send = The submission "{ $title }" (id { $id }) has no text (0 words), so there is nothing to keep as the version that was sent. If it was written elsewhere, import the file that was sent first ("Import a department's document…", or `cityrights submission import --into-submission { $id } FILE`), then mark it as submitted.
error-submission_read_only = The submission "{ $title }" (id { $id }) was marked as submitted: what was sent stays as it was, so its text, sections and details cannot be changed. To change them, start a new version ("Start a new version" on the submission screen, or `cityrights submission reopen --submission { $id } --json`); the record of what was sent (date, channel, file, SHA-256 and the locked version) is kept.
error-submitted_only_by_marking = A submission becomes "Submitted" (and then "Acknowledged") only through "Mark as submitted", which records the date, the channel and the exact file that was sent (CLI: `cityrights submission mark-submitted --submission { $id } --file FILE --channel TEXT`).
error-unknown_symbol = No recommendation of "{ $symbol }" is recorded. Check the symbol (for example A/HRC/59/15) or import its recommendations first.
error-not_an_action_status = "{ $value }" is not a status of an action. Use one of: { $codes }.
error-action_list_max =
    { $what ->
        [recommendations] An action may list at most { $max } recommendations; this one lists { $n }.
        [partners] An action may list at most { $max } partners; this one lists { $n }.
       *[other] An action may list at most { $max } SDG targets; this one lists { $n }.
    }
error-action_needs_recommendation = An action must address at least one recommendation. Choose the recommendation it answers.
error-due_before_start = The due date ({ $due }) is before the start ({ $start }). Move one of them.
error-value_too_large = { $value } is too large for a value here.
error-not_a_number = "{ $value }" is not a number. Write the value as digits, e.g. 120 or 3.5.
error-indicator_owner = An indicator belongs to one action or to one recommendation: name one of them.
error-baseline_date = Give the date of the baseline (YYYY-MM-DD).
error-target_date = Give the date by which the target should be reached (YYYY-MM-DD).
error-target_after_baseline = The target's date ({ $target }) must come after the baseline's ({ $baseline }).
error-zone_empty = Give a time zone: a city such as Geneva or New York, or a zone name such as Europe/Zurich.
error-zone_too_long = A time zone is at most { $max } characters: a city such as Geneva or New York, or a zone name such as Europe/Zurich.
error-zone_unknown = "{ $value }" is not a time zone CityRights knows. Write a city, such as Geneva or New York, or a zone name such as Europe/Zurich.
error-zone_unknown_suggest = "{ $value }" is not a time zone CityRights knows. Did you mean { $suggestions }? Write a city, such as Geneva or New York, or a zone name such as Europe/Zurich.
error-not_a_country_code = "{ $value }" is not an ISO 3166-1 alpha-3 code of a UN member or observer State. Give the three-letter code, e.g. SVN for Slovenia or BOL for Bolivia.
error-not_a_report_kind = "{ $value }" is not a kind of report. Use one of: { $codes }.
error-not_a_report_language = “{ $value }” is not a language CityRights writes reports in: choose one of { $codes }.
error-no_library_entry = The Library has no entry "{ $id }".
error-unknown_template = Unknown template "{ $key }".
error-word_limit_range = A word limit must be between 1 and 100,000 words.
error-not_a_value_of =
    { $what ->
        [competence] "{ $value }" is not a competence. Use one of: { $codes }.
       *[other] "{ $value }" is not a local status. Use one of: { $codes }.
    }
error-no_sdg_code =
    { $what ->
        [target] There is no SDG target "{ $code }". Write it as the UN numbers it, e.g. { $example }.
       *[other] There is no SDG indicator "{ $code }". Write it as the UN numbers it, e.g. { $example }.
    }
error-chart_glyph = The chart cannot show "{ $chars }": none of the fonts CityRights ships has it. Rename the theme or department that uses it and export again.
error-cli_import_target = Give --engagement ID (a new submission) or --into-submission ID (a new section).
error-cli_person = Give --person ID or --email EMAIL.
error-cli_not_one_of = "{ $value }" is not one of: { $codes }.
error-cli_map_form = "{ $value }" is not FIELD=HEADER, e.g. text=Recommendation.
error-cli_map_no_column = The file has no column "{ $header }". Its columns are: { $columns }.
error-cli_map_field = "{ $value }" is not a field: use symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism or cycle.
error-cli_template_for = The template "{ $key }" is not for { $mechanism }. Templates for it: { $templates }.
error-milestone_bad_date = The milestone "{ $title }" has an unreadable date ({ $date }); edit it in the app, then export again.
error-retention_months = Give a number of months from 1 to { $max } (24 is two years).
error-person_query_short = Type at least two letters of the person's name or e-mail address.
error-person_already_removed = This person's data has already been removed.
error-no_data_for_email = No personal data with the e-mail address { $email } was found.
error-email_to_erase = Give the e-mail address to erase.
error-reminder_not_days = "{ $value }" is not a number of days. Write the days before the date, separated by commas, e.g. 30, 7, 1 (or leave empty for no reminders).
error-reminder_too_early = A reminder can be at most { $max } days before the date ({ $n } was given).
error-reminders_max = At most 10 reminders can be set for one milestone.
error-milestone_kind = Choose what this milestone marks.
error-date_out_of_reach = That date is out of range.
error-nothing_to_handle = “{ $title }” asks nothing of the city by its date, so there is nothing to mark as handled.
error-not_passed_yet = “{ $title }” has not passed yet: only a missed deadline can be marked as handled.
error-window_closes_before_opening = The submission window cannot close ({ $closes }) before it opens ({ $opens }). Check both dates.
error-stakeholder_kind = Choose what kind of stakeholder this is.
error-synced_folder = { $path } is inside a { $sync } folder. Sync programs copy the database while it is being written, which can damage it. Keep the database on this computer's own disk (the default place) and let the automatic backups go to the synced folder instead.
error-network_drive = { $path } is on a network drive ({ $fs }). SQLite's locking and write-ahead log are not safe there: two computers could damage the file. Keep the database on this computer's own disk (the default place); a network folder is fine for the backups.
error-search_too_long =
    { $what ->
        [characters] This search is too long ({ $n } characters). A search can be at most { $max_words } words and { $max_chars } characters: search for a few words or one sentence of the text.
       *[other] This search is too long ({ $n } words). A search can be at most { $max_words } words and { $max_chars } characters: search for a few words or one sentence of the text.
    }
error-choose_uhri_first = Choose the UHRI export first.
error-logo_unreadable = it cannot be read ({ $reason })
error-logo_not_a_file = it is not an ordinary file (a device, a pipe or a folder)
error-logo_too_large = it is larger than { $max } MB, far more than a logo
error-logo_city = The file { $path } cannot be the city logo: { $why }. Choose a PNG image.
error-logo_not_png = it is not a PNG image
error-logo_not_png_because = it is not a PNG image ({ $what })
error-logo_word = The city logo { $path } cannot be used in the Word file: { $why }. Choose a PNG file in the city profile, or remove the logo; nothing was written.
error-logo_pdf = The city logo { $path } cannot be used in the PDF: { $why }. Choose a PNG file in the city profile, or remove the logo; nothing was written.
error-logo_pixels = its pixels could not be read ({ $what })
error-logo_pixels_max = it is { $width } × { $height } pixels; at most { $max } × { $max } is accepted
error-logo_colours = its colours could not be expanded
error-mechanism_kind_unknown = Unknown mechanism kind { $kind }
error-mechanism_rule_damaged = The stored rule of { $code } is damaged: { $what }
error-not_a_value_of_field = "{ $value }" is not a value of { $field }.

# --- templates ---
# The submission templates' words (assets/templates/*.json give their structure): each
# template's name and description (the template picker, in the interface's language), and
# each section's title and guidance (a new submission's sections, in the submission's language).
template-upr_stakeholder-name = UPR stakeholder submission
template-upr_stakeholder-description = A city's written submission to the Universal Periodic Review of its State, as an "other stakeholder", alone or jointly. The form rules (word limit, format) are OHCHR's; the section structure is advice. OHCHR publishes the full text of every stakeholder submission on its website (A/HRC/WG.6/48/SVN/3, note 2): write nothing you would not publish.
template-upr_stakeholder-s1-title = Summary and key words
template-upr_stakeholder-s1-guidance = In one short paragraph, give the city's main concerns and its headline recommendations. Then list a few key words for the human rights areas covered (for example: right to adequate housing; migrants; non-discrimination). An introductory summary and key words are encouraged (older OHCHR guidance, third-party source).
template-upr_stakeholder-s2-title = The city and its competences
template-upr_stakeholder-s2-guidance = Say in 2 to 4 sentences what the city is, which competences it has for the rights discussed (housing, schools, policing, social services...) and its human rights commitments and bodies. Say plainly what is outside its competence. This explains why a local government is reporting.
template-upr_stakeholder-s3-title = Methodology and consultations
template-upr_stakeholder-s3-guidance = State where the evidence comes from (municipal data, complaints, surveys, the city's human rights report), the period covered, and who was consulted: residents, NGOs, the national human rights institution, other municipalities.
template-upr_stakeholder-s4-title = Follow-up to the previous review
template-upr_stakeholder-s4-guidance = Take each relevant recommendation from the last cycle. Quote its number and recommending State(s), e.g. "140.7 ... (Maldives) (Portugal)", and whether it was supported or noted. Then assess implementation at local level: what the city did, what changed (with data), and what gaps remain, including gaps caused by national law or funding. Cover noted recommendations too where relevant.
template-upr_stakeholder-s5-title = New developments
template-upr_stakeholder-s5-guidance = Cover significant local developments since the last review (new ordinances, crises, displacement, climate impacts) that no previous recommendation addresses. Tie each one to a human rights standard.
template-upr_stakeholder-s6-title = Recommendations to the State
template-upr_stakeholder-s6-guidance = Propose a small number of recommendations addressed to the State under review: UPR recommendations are made by States to States. Make each action-oriented and measurable, and say which level of government must act and what resources or coordination it needs. Where a past recommendation was not implemented, propose repeating it "as previously recommended".
template-upr_midterm-name = UPR mid-term report
template-upr_midterm-description = A voluntary mid-term report on the recommendations of the last UPR cycle, about two years after the Human Rights Council adopted the outcome, by the city or the city with partners. No word limit, channel or format is set for a city's mid-term report: the stakeholder limits of the UPR do not apply, and you may set your own limit in the engagement's rules. The structure is a suggestion.
template-upr_midterm-s1-title = Summary
template-upr_midterm-s1-guidance = Give the cycle, the review date and the symbol of the Working Group report, and the main findings in a few lines.
template-upr_midterm-s2-title = Method and partners
template-upr_midterm-s2-guidance = Who took part, which data were used, and the period covered.
template-upr_midterm-s3-title = Implementation of the recommendations
template-upr_midterm-s3-guidance = One row per recommendation in a table: number, text, recommending State, position (supported or noted), local relevance, action taken, evidence or indicator, status (no action / ongoing / completed).
template-upr_midterm-s4-title = Priority themes
template-upr_midterm-s4-guidance = A narrative on the themes where the city acted most, with data.
template-upr_midterm-s5-title = Obstacles
template-upr_midterm-s5-guidance = What stands in the way, including coordination between levels of government and funding.
template-upr_midterm-s6-title = Next steps
template-upr_midterm-s6-guidance = What the city will do before the next review.
template-tb_list_of_issues-name = Treaty body: input to the list of issues
template-tb_list_of_issues-description = Input to a committee's list of issues (LOI) or list of issues prior to reporting (LOIPR): short, made of questions, with no recommendations for the concluding observations. The city writes as a public authority that is part of the State party: coordinate with the national reporting body.
template-tb_list_of_issues-s1-title = Executive summary
template-tb_list_of_issues-s1-guidance = List the priority concerns in order of priority, in a few lines.
template-tb_list_of_issues-s2-title = About the submitting city
template-tb_list_of_issues-s2-guidance = Describe the city, its mandate and competences, and why its information is reliable. Say that the submitter is a public authority rather than an NGO. The city is part of the State party: OHCHR's pages call what others send 'submissions by non-State party stakeholders', and A/HRC/28/62 notes that human rights obligations extend to all levels of government. Coordinate with the national body that prepares the State report before contradicting it, and say where the city's view differs and why.
template-tb_list_of_issues-s3-title = Issues and suggested questions
template-tb_list_of_issues-s3-guidance = For each issue (follow the treaty's articles, or for the CRC the Committee's clusters): give a brief context with local data, explain why it belongs in the list of issues, and propose 1 to 3 precise questions the Committee could put to the State. Do not write recommendations for the concluding observations at this stage.
template-tb_list_of_issues-s4-title = Sources
template-tb_list_of_issues-s4-guidance = Reference every factual claim. Say who collected the data, when and how. Never rely on unnamed sources.
template-tb_session_report-name = Treaty body: report for the session
template-tb_session_report-description = A comprehensive report for the committee's constructive dialogue with the State, by article or by list-of-issues question, with suggested recommendations. The city writes as a public authority that is part of the State party: coordinate with the national reporting body.
template-tb_session_report-s1-title = Executive summary
template-tb_session_report-s1-guidance = List the priority concerns and the key recommendations in order of priority.
template-tb_session_report-s2-title = About the submitting city
template-tb_session_report-s2-guidance = Describe the city, its mandate and competences, and its credibility. Disclose that the submitter is a public authority rather than an NGO. The city is part of the State party: OHCHR's pages call what others send 'submissions by non-State party stakeholders', and A/HRC/28/62 notes that human rights obligations extend to all levels of government. Coordinate with the national body that prepares the State report before contradicting it, and say where the city's view differs and why.
template-tb_session_report-s3-title = Issues by article or list-of-issues question
template-tb_session_report-s3-guidance = Follow the treaty's articles in order (or, under the simplified procedure, the list-of-issues questions by number). For each: what is happening locally, with disaggregated data; what the State report omits or misstates and whether previous concluding observations were implemented; precise evidence; and specific, country-tailored recommendations.
template-tb_session_report-s4-title = Suggested recommendations
template-tb_session_report-s4-guidance = Gather the recommendations you propose for the concluding observations, specific and measurable, in order of priority.
template-tb_session_report-s5-title = Conclusion
template-tb_session_report-s5-guidance = Briefly restate the main issues. You may repeat the recommendations.
template-tb_session_report-s6-title = Sources
template-tb_session_report-s6-guidance = Cite sources precisely. For the CRC, annexes are outside the word limit (as reported by Child Rights Connect).
template-tb_follow_up_info-name = Treaty body: information for the follow-up procedure
template-tb_follow_up_info-description = Information for a committee's follow-up rapporteur on the few recommendations the concluding observations single out for follow-up (their last paragraphs name them and the interval). The follow-up report is the State's; the rapporteur considers all available sources, national human rights institutions and NGOs among them, so the city may send its own information. No word limit is published for it: keep it short.
template-tb_follow_up_info-s1-title = Summary
template-tb_follow_up_info-s1-guidance = The concluding observations (symbol and date), the recommendations singled out for follow-up (paragraph numbers), and the city's overall assessment in two or three lines.
template-tb_follow_up_info-s2-title = Recommendations singled out for follow-up
template-tb_follow_up_info-s2-guidance = Quote each recommendation singled out, with its paragraph number, as the concluding observations write it.
template-tb_follow_up_info-s3-title = What the city has done
template-tb_follow_up_info-s3-guidance = For each of them: the measures the city took, with dates, budgets and figures, and what changed for the people concerned. Say plainly what is not done and why. The city is part of the State party: where it differs from the State's follow-up report, say so with evidence.
template-tb_follow_up_info-s4-title = Sources
template-tb_follow_up_info-s4-guidance = Reference every figure: who collected it, when and how.
template-sp_call_for_input-name = Special Procedures: response to a call for input
template-sp_call_for_input-description = A response to a call for input of a Special Procedures mandate holder or OHCHR, keyed to the call's own question numbers. Add one section per question of the call. Answer only what the city can evidence; the call states its own word limit, language and deadline.
template-sp_call_for_input-s1-title = Question 1
template-sp_call_for_input-s1-guidance = Repeat the question (or its number) as the title of this section; add one section per question of the call and answer only those the city can evidence. For each answer: (i) the legal and policy framework at city level; (ii) measures and good practices, with dates and budgets; (iii) data and results, disaggregated; (iv) challenges, including dependence on national law or funding.
template-sp_call_for_input-s2-title = Annex links
template-sp_call_for_input-s2-guidance = Links to the ordinances, reports and datasets referred to.
template-state_report_input-name = Input to the State's national report or consultation
template-state_report_input-description = The city's contribution to the report its State prepares for the UPR or a treaty body, or to the State's national consultation on it. It goes to the national body that coordinates the report (often a national mechanism for implementation, reporting and follow-up), not to the UN: the UN's word limits do not apply, so follow what the national body asks.
template-state_report_input-s1-title = Summary
template-state_report_input-s1-guidance = In a few lines: what the city contributes, on which recommendations or articles, and the one or two points it most wants the national report to reflect.
template-state_report_input-s2-title = The city's competences and sources
template-state_report_input-s2-guidance = Which public services the city runs for the rights concerned (housing, water, schools, policing, social services…), and where the data below come from, with their dates.
template-state_report_input-s3-title = Implementation at local level
template-state_report_input-s3-guidance = For each recommendation or article the national report will cover: what the city did since the last review, with figures and dates, and what changed for residents. Quote the recommendation's number or the article.
template-state_report_input-s4-title = Challenges that need national action
template-state_report_input-s4-guidance = What the city cannot solve alone: national law, funding, data, coordination between levels of government. Say what national action would help.
template-state_report_input-s5-title = Proposed text for the national report
template-state_report_input-s5-guidance = Optional: short paragraphs the national body can take over as they stand, in the report's own style.
template-state_report_input-s6-title = Contact for follow-up
template-state_report_input-s6-guidance = Who at the city answers the national body's questions, and by when the city can check the draft report.
template-local_human_rights_report-name = Local human rights report
template-local_human_rights_report-description = The city's own periodic report on human rights in the city, as human rights cities publish every year or two: what the city committed to, what it did, what the UN recommended and how it follows up, with data. It is addressed to residents and the city council, and can be shared with the UN mechanisms as evidence. No UN word limit applies.
template-local_human_rights_report-s1-title = Foreword
template-local_human_rights_report-s1-guidance = A short word from the mayor or the council: why the city reports on human rights, and the period covered.
template-local_human_rights_report-s2-title = The city's commitments
template-local_human_rights_report-s2-guidance = The human rights commitments the city has made (a charter, a declaration, council decisions), and the bodies that carry them (an office, an ombudsperson, a commission).
template-local_human_rights_report-s3-title = Progress by theme
template-local_human_rights_report-s3-guidance = One part per theme (housing, water, education, health, safety, participation…): what was planned, what was done, with figures and dates, and what remains.
template-local_human_rights_report-s4-title = UN recommendations and their follow-up
template-local_human_rights_report-s4-guidance = The recommendations the UN mechanisms addressed to the State that concern the city's competences, what the city did on each, and its status.
template-local_human_rights_report-s5-title = Participation
template-local_human_rights_report-s5-guidance = How residents, civil society and the national human rights institution took part in preparing this report.
template-local_human_rights_report-s6-title = Indicators
template-local_human_rights_report-s6-guidance = The indicators the city follows, with baseline, target and latest value, and their sources.
template-local_human_rights_report-s7-title = Next steps
template-local_human_rights_report-s7-guidance = What the city will do before the next report, who is responsible, and by when.

# --- CLI help (clap) ---
# `cityrights --help` in the reader's language (src/cli/help.rs). clap's own words first: the
# headings end with their colon, as the language writes it.
cli-clap-usage = Usage:
cli-clap-commands = Commands:
cli-clap-arguments = Arguments:
cli-clap-options = Options:
cli-clap-print_help = Print help
cli-clap-print_help_more = Print help (see more with '--help')
cli-clap-print_help_summary = Print help (see a summary with '-h')
cli-clap-print_version = Print version
cli-clap-help_command = Print this message or the help of the given subcommand(s)
cli-clap-help_command_arg = Print help for the subcommand(s)
cli-clap-default = default:
cli-clap-possible_values = possible values:
cli-clap-error = error:
cli-clap-unknown_argument = unexpected argument '{ $arg }' found
cli-clap-unknown_command = unrecognized subcommand '{ $command }'
cli-clap-missing_argument = the following required arguments were not provided: { $args }
cli-clap-missing_command = '{ $command }' requires a subcommand but one was not provided
cli-clap-invalid_value = invalid value '{ $value }' for '{ $arg }'
cli-clap-similar_command = tip: a similar subcommand exists: '{ $suggestion }'
cli-clap-similar_argument = tip: a similar argument exists: '{ $suggestion }'
cli-clap-similar_value = tip: a similar value exists: '{ $suggestion }'
cli-clap-more = For more information, try '--help'.
# The commands' descriptions and their arguments' help, word for word the doc comments of
# src/cli/*.rs (the test in src/cli/help.rs says which are missing or different).
cli-help = CityRights: a city's contributions to the UN human rights mechanisms, from the command line.
cli-help-_after = The database is the app's own file unless --db is given; the CITYRIGHTS_DB environment variable overrides the default for the app and the CLI alike.
cli-help--db = Database file to use (default: $CITYRIGHTS_DB, else the app's file in the OS data directory)
cli-help-demo = Fill an empty database with the demo city "Exampleville (demo)" (refuses a non-empty one)
cli-help-engagements = Engagements: the reviews and calls the city takes part in
cli-help-engagements-list = List engagements (id, title, mechanism, stage)
cli-help-engagements-add = Add an engagement (CODE as `engagements list` prints it: UPR, CESCR…, SP); with --session-start, its session as a milestone
cli-help-engagements-add--state = The State under review
cli-help-deadlines = Milestones due from now to DAYS ahead, soonest first
cli-help-deadlines--within = How many days ahead to look
cli-help-deadlines--json = Print a JSON array (engagement_id, kind, title, due, time_zone, …)
cli-help-calendar = The calendar: every milestone as an iCalendar file, for Outlook and other calendars
cli-help-calendar-export = Write the milestones to an iCalendar (.ics) file: one event per milestone with a stable UID (importing again updates rather than duplicates), times in UTC, one alarm per reminder
cli-help-calendar-export--output = The file to write (replaced if it exists)
cli-help-calendar-export--engagement = Only the milestones of this engagement (default: every engagement)
cli-help-calendar-export--language = The language of the descriptions and alarms (en, fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's)
cli-help-export = Export a submission to a file for the UN: PDF or Word (.docx)
cli-help-export-docx = Write a submission as a Word document: the template's front matter, paragraphs numbered 1, 2, 3… through Word's numbering, real footnotes, page numbers, A4 or Letter
cli-help-export-docx--submission = The submission to export
cli-help-export-docx--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-export-pdf = Write a submission as a PDF ready to send: the template's front matter, numbered paragraphs, footnotes at the foot of their page, outline, page numbers; in any of the six UN languages
cli-help-export-pdf--submission = The submission to export
cli-help-export-pdf--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-export-pdf--json = Print what was written as JSON (path, pages, bytes, paragraphs, footnotes)
cli-help-submissions = Submissions: list them
cli-help-submissions-list = List submissions (id, engagement_id, title, status)
cli-help-submission = One submission: import it from Markdown or Word, count its words, mark it as submitted, or start a new version after it was sent
cli-help-submission-import = Create a submission from a Markdown (.md) or Word (.docx) file, chosen by extension: headings start sections, paragraphs and numbered paragraphs come across, footnotes stay footnotes. With --into-submission the file becomes one new section of that submission instead. What a Word file held that could not come across (comments, tracked changes accepted, images…) is listed on stderr
cli-help-submission-import--engagement = The engagement the new submission is for
cli-help-submission-import--into_submission = Add the file to this existing submission as one section (a department's document)
cli-help-submission-import--title = Title of the submission, or of the section with --into-submission (default: the file's title)
cli-help-submission-import--language = The language of the new submission's text (default: the city's default language): its exports' front matter, dates and hyphenation follow it
cli-help-submission-import--file = The file: .md (UTF-8 Markdown) or .docx (Word)
cli-help-submission-import--json = Print {"{"}"id": …{"}"}
cli-help-submission-show = A submission in brief: its title, language and sections (id, title, words, owner)
cli-help-submission-show--json = Print {"{"}"id", "title", "language", "status", "sections": [{"{"}"id", "title", "words", "owner"{"}"}]{"}"}
cli-help-submission-stats = Words, limit, paragraphs, footnotes and sections of a submission. The words are those of the document as sent — title, front matter, section headings, text and (when the rule counts them) footnotes —, with each part's words in `breakdown`
cli-help-submission-mark-submitted = Record that a submission was sent: the date, the channel and the exact file (kept in the database with its SHA-256), with a locked revision of the text. Its text is read-only afterwards, until a new version is started with `submission reopen`; the engagement's stage moves forward to "submitted"
cli-help-submission-mark-submitted--file = The exact file that was sent (at most 100 MB)
cli-help-submission-mark-submitted--channel = How it was sent, e.g. "UPR online submission system" or "e-mail to the secretariat"
cli-help-submission-mark-submitted--date = When it was sent (default: today)
cli-help-submission-mark-submitted--json = Print what was recorded: sha256, revision_id, engagement_stage…
cli-help-submission-reopen = Start a new version of a submission marked as submitted: its text can be changed again, and the record of what was sent (date, channel, file, SHA-256, locked revision) is kept
cli-help-submission-reopen--json = Print what was done and what was kept
cli-help-section = One section: replace its text from a Markdown or Word file
cli-help-section-replace = Replace a section's text with a Markdown (.md) or Word (.docx) file's, as an edit in the editor would: a new version of the section, the state before kept as a revision when one is due, its title unchanged. Refused when the submission was sent
cli-help-section-replace--file = The file: .md (UTF-8 Markdown) or .docx (Word)
cli-help-section-replace--json = Print {"{"}"id", "version", "words"{"}"}
cli-help-revisions = The revisions of a submission (automatic, named, as sent, accepted contributions)
cli-help-revisions-list = The revisions of a submission, newest first: automatic, named, before a restore, as sent, and accepted contributions (which name their author)
cli-help-revisions-list--json = Print [{"{"}"id", "kind", "name", "author", "created", "words"{"}"}]
cli-help-contribution = Contributions from departments: ask for sections and recommendations in a package, work on it on another computer, send it back, and review what came back before it changes anything
cli-help-contribution-request = Save a contribution package asking a department (or a person) for sections of a submission and/or recommendations with their follow-up: the file holds exactly what is chosen, the template's guidance, the rule in force and the due date, nothing else of the city's database. The request is recorded; the due date goes on the calendar
cli-help-contribution-request--sections = A section to ask for (repeat for several; none and no --recommendation: every section of the submission)
cli-help-contribution-request--recommendations = A recommendation to ask about (repeat for several)
cli-help-contribution-request--to = Who is asked: "Housing Department", or a person's name
cli-help-contribution-request--due = When the contribution is due
cli-help-contribution-request--message = A message for the contributor, shown when the package is opened
cli-help-contribution-request--output = The package file to write (.cityrights-contribution)
cli-help-contribution-request--json = Print {"{"}"request_id", "sections", "recommendations", "file", "milestone_id"{"}"}
cli-help-contribution-open = Make this database the contributor workspace of a request package: a new database holding only what was sent (use --db NEW-FILE; a database holding work is refused)
cli-help-contribution-open--json = Print {"{"}"sections", "recommendations", "submission_id", "origin", "path"{"}"}
cli-help-contribution-return = In a contributor workspace: save a return package of everything changed since the request, each change with its author and time
cli-help-contribution-return--author = Who made the changes (default: the contributor the request named)
cli-help-contribution-return--json = Print {"{"}"sections_changed", "recommendations_changed", "file"{"}"}
cli-help-contribution-import = Import a department's return package into the review queue. Nothing of the city's text or follow-up changes until a change is accepted
cli-help-contribution-import--json = Print {"{"}"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …{"}"}
cli-help-contribution-list = The review queue: every return received, with where it stands (pending, accepted, rejected, partly accepted)
cli-help-contribution-show = One return's changes: per section the text sent, the contributor's and the current one, word by word; per recommendation each changed field
cli-help-contribution-accept = Accept changes of a return: each becomes the city's text or follow-up; accepted text is a new revision naming its author. A change the officer also made meanwhile is left waiting and named as a conflict, unless --overwrite-mine
cli-help-contribution-accept--sections = The changes of this section (repeat for several)
cli-help-contribution-accept--recommendations = The changes of this recommendation (repeat for several)
cli-help-contribution-accept--changes = One change, by its id in `contribution show` (repeat for several)
cli-help-contribution-accept--all = Every change still waiting
cli-help-contribution-accept--overwrite_mine = Take the contributor's value even where the officer changed it since the request (the officer's text stays in the revision taken before)
cli-help-contribution-reject = Reject changes of a return: nothing of them is written
cli-help-contribution-reject--sections = The changes of this section (repeat for several)
cli-help-contribution-reject--recommendations = The changes of this recommendation (repeat for several)
cli-help-contribution-reject--changes = One change, by its id in `contribution show` (repeat for several)
cli-help-contribution-reject--all = Every change still waiting
cli-help-recommendations = Recommendations to the State: import them (UHRI export, Working Group report, OHCHR thematic list, CSV), list, search, export the follow-up matrix
cli-help-recommendations-import-uhri = Import the recommendations addressed to one State from the OHCHR Universal Human Rights Index bulk export (JSON, read as a stream). Importing again updates by AnnotationId
cli-help-recommendations-import-uhri--file = The UHRI bulk export (export-full-en.json)
cli-help-recommendations-import-uhri--country = The State, as an ISO 3166-1 alpha-3 code (e.g. SVN)
cli-help-recommendations-import-uhri--json = Print {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-report = Import the recommendations of a UPR Working Group report from its text (as copied from the PDF, or saved with pdftotext). FILE may be "-" for standard input
cli-help-recommendations-import-report--symbol = The report's document symbol, e.g. A/HRC/59/15
cli-help-recommendations-import-thematic-list = Import OHCHR's thematic list of recommendations (.docx): responses, themes, SDGs. Updates the recommendations already imported from the report
cli-help-recommendations-import-thematic-list--symbol = The report's symbol, when the list gives no "Source of Position"
cli-help-recommendations-import-csv = Import a CSV file. Columns are matched by their header names unless given with --map (e.g. --map text=Recommendation --map symbol="Document")
cli-help-recommendations-import-csv--map = FIELD=HEADER: symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism or cycle, and the header of the column that holds it
cli-help-recommendations-import-csv--symbol = The symbol of every row, when the file has no symbol column
cli-help-recommendations-list = List recommendations (id, symbol, paragraph, text, recommending_states, response, …)
cli-help-recommendations-list--symbol = Only those of this document, e.g. A/HRC/59/15
cli-help-recommendations-search = Full-text search, best match first
cli-help-recommendations-search--limit = How many matches at most
cli-help-recommendations-export-csv = Write the follow-up matrix (recommendation, competence, department, status, evidence) as CSV
cli-help-recommendations-export-csv--symbol = Only those of this document
cli-help-recommendations-export-csv--language = The language of its headers and own words (en, fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's)
cli-help-recommendations-export-pdf = Write the follow-up matrix as a PDF table (landscape, the header repeated on every page)
cli-help-recommendations-export-pdf--symbol = Only those of this document
cli-help-recommendations-export-pdf--language = The language of its headers and own words (en, fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's)
cli-help-recommendations-export-xlsx = Write the implementation matrix as an Excel workbook (.xlsx): one row per recommendation with its ID, symbol, paragraph, UHRI annotation id, text, recommending States, response, themes, groups, SDG goals and targets, competence, department, actions, indicators, local status and evidence; a header row with filters, frozen panes, wrapped text
cli-help-recommendations-export-xlsx--symbol = Only those of this document
cli-help-recommendations-export-xlsx--language = The language of its headers and own words (en, fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's)
cli-help-recommendations-import-xlsx = Read an implementation matrix (.xlsx, as export-xlsx writes it) back: its Local status, Department and Evidence columns. Rows are matched by ID, then UHRI annotation id, then symbol and paragraph. Evidence notes are only added, never removed
cli-help-recommendations-import-xlsx--dry_run = Show what would change and write nothing
cli-help-recommendations-import-xlsx--json = Print {"{"}"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"{"}"}
cli-help-recommendations-update = Change the city's follow-up of one recommendation; --evidence adds a note dated today
cli-help-recommendations-update--id = The recommendation's id (`recommendations list --json`)
cli-help-recommendations-update--local_status = not_started, in_progress, implemented or not_applicable
cli-help-recommendations-update--department = The responsible department (from the city's list; a new name joins it)
cli-help-recommendations-update--competence = exclusive, shared, none or unknown
cli-help-recommendations-update--evidence = What was done, added as an evidence note dated today
cli-help-recommendations-update--json = Print the recommendation as `list --json` does, with its `evidence` notes
cli-help-recommendations-delete = Move a recommendation to the bin, with the city's follow-up (competence, department, status, tags, evidence). `cityrights bin restore recommendation ID` brings it back
cli-help-recommendations-delete--id = The recommendation's id (`recommendations list --json`)
cli-help-recommendations-delete--json = Print it as the bin lists it: {"{"}"kind", "id", "title", "context", "deleted_at"{"}"}
cli-help-bin = The bin: deleted engagements, submissions and sections
cli-help-bin-list = List what is in the bin
cli-help-bin-restore = Take an item out of the bin
cli-help-bin-restore--kind = engagement, submission, section, milestone or recommendation
cli-help-bin-empty = Delete everything in the bin for good (asks for --yes)
cli-help-bin-empty--yes = Confirm that everything in the bin is to be deleted for good
cli-help-backup = Backups: make one, list them, or restore one (the current database is backed up first)
cli-help-backup-create = Back up the database now (into `backups/` beside it), checked after it is written
cli-help-backup-list = List the backups, newest first, with what they hold
cli-help-backup-restore = Put a backup in place of the database. The current database is backed up first
cli-help-backup-restore--file = The backup file (see `backup list`)
cli-help-workspace = The whole workspace as one file (database and city logo), to move to another computer
cli-help-workspace-export = Write the database (a consistent, checked snapshot) and the city logo to one file. Works while the app is open
cli-help-workspace-export--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-workspace-export--json = Print {"{"}"path", "bytes", "engagements", "submissions", …{"}"}
cli-help-workspace-import = Replace the database with the workspace in FILE, after checking the file whole. The current database is backed up first; a file from a newer CityRights is refused
cli-help-workspace-import--json = Print {"{"}"path", "bytes", "engagements", "submissions", "backup", …{"}"}
cli-help-consultations = Consultations: who the city consulted for an engagement, with the people who took part
cli-help-consultations-list = List consultations, newest first, with their participants
cli-help-consultations-list--engagement = Only those of this engagement
cli-help-personal-data = Personal data of consulted people: find a person, erase them everywhere, or remove what is past the retention period. Backups made before still hold the old data
cli-help-personal-data-find = Find people whose name or e-mail contains QUERY, with every place they appear
cli-help-personal-data-erase = Erase a person everywhere in one transaction: as a participant they become "Participant n" (the consultation stays); their name and e-mail leave contacts and notes. Mentions in drafts are listed, not changed (unless --in-text)
cli-help-personal-data-erase--person = A participant's id (from `personal-data find`): that person, wherever their name or e-mail appears
cli-help-personal-data-erase--email = Everyone recorded with this e-mail address
cli-help-personal-data-erase--in_text = Also replace the name and e-mail in drafts and their history (earlier versions) with "[name removed]" / "[e-mail removed]". The file recorded as sent is not changed
cli-help-personal-data-purge-expired = Anonymise the participants of consultations older than the retention period
cli-help-library = What the UN has said about local government: resolutions, reports and guides, with why each matters to a city (built in; needs no database)
cli-help-library-list = List every entry, grouped by kind (resolutions, reports, guides), oldest first: symbol, title, date, why it matters to a city, address, and whether it is verified
cli-help-library-list--json = Print a JSON array (id, symbol, title, author, date, kind, summary, url, verified, caveat, source, read_on)
cli-help-rules = The submission rule in force for a mechanism (and a template): word limit, what is counted, languages, formats, and where it comes from (works without a database)
cli-help-rules--mechanism = Mechanism code: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED or SP
cli-help-rules--template = A template's ID (its file name in assets/templates, e.g. upr_midterm): some do not take the mechanism's word limit
cli-help-rules--joint = The limit for a joint submission (several co-submitters)
cli-help-rules--json = Print JSON: `word_limit` (null when none), `counts`, `languages`, `formats`, `status`, `source`, `last_confirmed`, and more
cli-help-actions = The implementation plan's actions: what the city does about recommendations
cli-help-actions-add = Add an action that addresses one or more recommendations
cli-help-actions-add--recommendations = A recommendation it addresses (its id; at least one)
cli-help-actions-add--department = The lead department
cli-help-actions-add--partners = A partner (a stakeholder or any organisation), once per partner
cli-help-actions-add--status = planned, in_progress, done, delayed or dropped (default: planned)
cli-help-actions-add--budget_line = The budget line, as the city's budget names it
cli-help-actions-add--sdg_targets = An SDG target it serves ("11.1"), once per target
cli-help-actions-list = List the actions (id, title, department, status, start, due, recommendations, sdg_targets, indicators), by due date
cli-help-actions-list--recommendation = Only those addressing this recommendation
cli-help-actions-update = Change an action's status or due date
cli-help-actions-update--status = planned, in_progress, done, delayed or dropped
cli-help-actions-delete = Delete an action for good, with its indicators and their measurements
cli-help-indicators = The implementation plan's indicators and their measurements
cli-help-indicators-add = Add an indicator under an action or directly under a recommendation
cli-help-indicators-add--sdg_indicator = A global SDG indicator it reports on ("11.1.1")
cli-help-indicators-measure = Record a measurement of an indicator
cli-help-indicators-measure--source = Where the value comes from
cli-help-indicators-list = List indicators (id, name, unit, baseline, target, latest, progress, measurements)
cli-help-indicators-list--action = Only those of this action
cli-help-sdgs = The Sustainable Development Goals (built in), and the SDG targets linked to a recommendation
cli-help-sdgs-goals = The 17 goals (in the language of LANG, else English; --json gives all six UN languages, and the source)
cli-help-sdgs-link = Link SDG targets to a recommendation (replacing those linked before; none clears them)
cli-help-timeline = The milestones the app proposes for a session (works without a database)
cli-help-timeline-propose = The milestones the app proposes for a session (the same as the app's "proposed timeline"): every one except the session is an estimate, with its basis
cli-help-timeline-propose--mechanism = Mechanism code: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED or SP
cli-help-timeline-propose--session_start = First day of the session (for the UPR, of the Working Group session)
cli-help-timeline-propose--session_end = Last day of the session, if known
cli-help-timeline-propose--json = Print JSON: an object with `mechanism`, `deadline_known`, `note` and `milestones` (`kind`, `title`, `due`, `time_zone`, `estimate`, `basis`, `passed`, …)
cli-help-report = Reports written from the city's implementation plan, as new draft submissions
cli-help-report-generate = Write a report from what the city recorded, as a new draft submission of an engagement: a UPR mid-term report, information for a treaty body's follow-up, or the city's own human rights report
cli-help-report-generate--kind = upr-midterm, tb-follow-up or local
cli-help-report-generate--engagement = The engagement the new submission belongs to
cli-help-report-generate--symbol = Only the recommendations of this document (e.g. A/HRC/59/15)
cli-help-report-generate--language = The report's language: its headings and sentences, and the new submission's (en, fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's)
cli-help-report-generate--json = Print submission_id, title, sections (id, title) and recommendations_covered (ids)
cli-help-progress = The recommendations by the city's local status, per theme, department and SDG goal
cli-help-progress--symbol = Only the recommendations of this document (e.g. A/HRC/59/15)
cli-help-progress--json = Print by_theme, by_department and by_sdg, each a list of {"{"}name, recommendations, not_started, in_progress, implemented, not_applicable, actions{"}"}
cli-help-path = Print where the database file is
cli-help-man-page = Write this command line's manual pages (roff) into a folder, for the packages
cli-help-man-page--out_dir = The folder to write `cityrights.1` and the commands' pages into
# Help of the arguments that had none (each argument says what it is, its unit or format).
cli-help-engagements-list--json = Print a JSON array (id, title, mechanism, stage, state_under_review, session, next_milestone, submissions) instead of lines
cli-help-engagements-add--mechanism = The mechanism's code: UPR, a treaty body's acronym (CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED) or SP
cli-help-engagements-add--title = The engagement's title, as the city names it
cli-help-engagements-add--session_start = Date of the session's first day, YYYY-MM-DD: added as the engagement's session milestone (Geneva time)
cli-help-engagements-add--json = Print the engagement added as JSON (id, mechanism, title, state_under_review, session, stage, …)
cli-help-submissions-list--json = Print a JSON array (id, engagement_id, engagement_title, mechanism, title, status, joint, words, limit, updated_at) instead of lines
cli-help-submission-show--submission = The submission's id (see `submissions list`)
cli-help-submission-stats--submission = The submission's id (see `submissions list`)
cli-help-submission-stats--json = Print JSON: words, limit, paragraphs, footnotes, sections, body_words, footnote_words and `breakdown` (each part's words)
cli-help-submission-mark-submitted--submission = The submission's id (see `submissions list`)
cli-help-submission-reopen--submission = The submission's id (see `submissions list`)
cli-help-section-replace--section = The section's id (see `submission show`)
cli-help-revisions-list--submission = The submission's id (see `submissions list`)
cli-help-contribution-request--submission = The submission the request is about (its id, see `submissions list`)
cli-help-contribution-request--email = The contributor's e-mail address, recorded with the request and written in the package
cli-help-contribution-open--file = The request package received (.cityrights-contribution)
cli-help-contribution-return--output = The return package to write (replaced if it exists), to send back to the city
cli-help-contribution-import--file = The return package a department sent back
cli-help-contribution-list--json = Print a JSON array (id, request_id, submission_id, submission_title, from, received, returned, state, pending, accepted, rejected, conflicts)
cli-help-contribution-show--id = The return's id (see `contribution list`)
cli-help-contribution-show--json = Print JSON: summary, request and changes (each with the texts sent, theirs and current, and their word-by-word differences)
cli-help-contribution-accept--id = The return's id (see `contribution list`)
cli-help-contribution-accept--json = Print {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-contribution-reject--id = The return's id (see `contribution list`)
cli-help-contribution-reject--json = Print {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-recommendations-import-report--file = The report's text (.txt), or - for standard input
cli-help-recommendations-import-report--json = Print {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-thematic-list--file = The thematic list (.docx)
cli-help-recommendations-import-thematic-list--json = Print {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-csv--file = The CSV file (its first row: the column headers), or - for standard input
cli-help-recommendations-import-csv--json = Print {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-list--json = Print a JSON array (id, symbol, paragraph, reference, text, recommending_states, response, competence, department, local_status, tags, sdg_goals, sdg_targets, …) instead of lines
cli-help-recommendations-search--query = The words to look for in the text and reference (all must appear; the last may be the start of a word)
cli-help-recommendations-search--json = Print a JSON array (id, symbol, paragraph, reference, text, recommending_states, response, pieces) instead of lines
cli-help-recommendations-export-csv--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-recommendations-export-pdf--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-recommendations-export-xlsx--output = The file to write (replaced if it exists; written whole or not at all)
cli-help-recommendations-import-xlsx--file = The workbook to read (.xlsx, as export-xlsx writes it)
cli-help-bin-list--json = Print a JSON array (kind, id, title, context, deleted_at), newest first, instead of lines
cli-help-bin-restore--id = The item's id, as `bin list` prints it
cli-help-backup-create--json = Print the backup made as JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, …)
cli-help-backup-list--json = Print a JSON array (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, damaged) instead of lines
cli-help-workspace-import--file = The workspace file to read (as `workspace export` writes it)
cli-help-consultations-list--json = Print a JSON array (id, engagement_id, submission_id, held_on, topic, format, notes, personal_data_until, participants) instead of lines
cli-help-personal-data-find--query = Part of a name or e-mail address (at least two characters; capitals do not matter)
cli-help-personal-data-find--json = Print a JSON array (target, name, email, occurrences) instead of lines
cli-help-personal-data-erase--json = Print JSON: participants, consultations, other_fields, left_in_drafts, sections_changed, revisions_changed
cli-help-personal-data-purge-expired--json = Print JSON: retention_months, cutoff, participants, consultations
cli-help-actions-add--title = The action's title
cli-help-actions-add--description = What the action consists of (optional)
cli-help-actions-add--start = When the action starts, YYYY-MM-DD (optional)
cli-help-actions-add--due = When the action is due, YYYY-MM-DD (optional)
cli-help-actions-add--json = Print the action added as JSON (id, title, department, status, start, due, recommendations, sdg_targets, indicators, …)
cli-help-actions-list--json = Print a JSON array (id, title, description, department, partners, start, due, status, budget_line, recommendations, sdg_targets, indicators) instead of lines
cli-help-actions-update--id = The action's id (see `actions list`)
cli-help-actions-update--due = The new due date, YYYY-MM-DD
cli-help-actions-update--json = Print the action as changed, as JSON (the fields of `actions list --json`)
cli-help-actions-delete--id = The action's id (see `actions list`)
cli-help-actions-delete--json = Print {"{"}"id", "deleted"{"}"}
cli-help-indicators-add--action = The action it measures (its id, see `actions list`); or else --recommendation
cli-help-indicators-add--recommendation = The recommendation it measures directly (its id), instead of an action
cli-help-indicators-add--name = The indicator's name, e.g. "Households rehoused"
cli-help-indicators-add--unit = Its unit, e.g. "%" or "households" (optional)
cli-help-indicators-add--baseline = The value at the start, a number (12, -3.5, 1 200 or 0,75)
cli-help-indicators-add--baseline_date = Date of the baseline value, YYYY-MM-DD
cli-help-indicators-add--target = The value to reach, a number
cli-help-indicators-add--target_date = Date by which the target is to be reached, YYYY-MM-DD (required; after the baseline date)
cli-help-indicators-add--json = Print the indicator added as JSON (id, action, recommendation, name, unit, baseline, target, latest, progress, measurements, …)
cli-help-indicators-measure--indicator = The indicator's id (see `indicators list`)
cli-help-indicators-measure--value = The value measured, a number
cli-help-indicators-measure--date = Date of the measurement, YYYY-MM-DD
cli-help-indicators-measure--json = Print the indicator with its new measurement as JSON (the fields of `indicators list --json`)
cli-help-indicators-list--json = Print a JSON array (id, action, recommendation, name, unit, baseline, target, sdg_indicator, latest, progress, measurements) instead of lines
cli-help-sdgs-goals--json = Print JSON: source, commit, read_on and goals (goal, short and title in the six languages)
cli-help-sdgs-link--recommendation = The recommendation's id (`recommendations list --json`)
cli-help-sdgs-link--targets = An SDG target ("11.1"), once per target; none unlinks them all
cli-help-sdgs-link--json = Print {"{"}"id", "sdg_targets"{"}"}

# --- remaining English (wave 6) ---
# A value of a field as the officer types it, with its label ("not_started (Not started)").
core-code_label = { $code } ({ $label })
# Where a database may not be kept (inside error-network_drive's { $fs }).
core-windows_network_share = a Windows network share
# Why a backup is damaged or cannot be checked now, or why its second copy was not written
# (inside backups-damaged, backups-unavailable, backups-second_failed, cli-backup_damaged…).
backup_problem-not_a_database = the file is not a readable database (it may have been cut short or overwritten)
backup_problem-damaged = the file is damaged
backup_problem-too_slow = it could not be checked within { $seconds } seconds; it was left as it is
backup_problem-busy = another program is using the file right now; try again in a moment
backup_problem-cannot_open = the file cannot be opened right now (check that it may be read)
backup_problem-unreadable = the file cannot be read right now ({ $reason })
backup_problem-integrity = the file is damaged: SQLite's integrity check found problems ({ $found })
backup_problem-not_cityrights = it is not a CityRights database (another program's file, or an empty one)
backup_problem-other_database = it is a backup of another database (its name was changed)
backup_problem-not_ours = it is not a CityRights backup of this database
backup_problem-foreign_tables = it is not a CityRights backup (its tables are not CityRights' own)
backup_problem-folder_full = { $folder } is full; the copy was not written
backup_problem-folder_write_error = { $folder } reported a write error (a removed or failing drive?); the copy was not written
backup_problem-copy_failed = the copy could not be written to { $folder }: { $reason }
backup_problem-unreachable = { $folder } cannot be reached: it does not exist, or its drive is not connected (a USB key removed, a network share not mounted)
backup_problem-unreachable_because = { $folder } cannot be reached ({ $reason })
backup_problem-not_a_folder = { $folder } is a file, not a folder
backup_problem-not_writable = { $folder } cannot be written ({ $reason })
error-second_folder_unusable = { $problem }. Choose a folder that exists and can be written.
error-backup_damaged = The backup { $name } cannot be restored: { $reason }. Your database has not been changed; choose another backup.
error-backup_unavailable = The backup { $name } cannot be restored now: { $reason }. Your database has not been changed.
error-choose_listed_backup = Choose one of the backups listed.
dialog-export_follow_up_matrix = Export the follow-up matrix
dialog-csv_file = CSV
# Refusals of the desktop shell itself.
error-launch_file_gone = There is no file waiting to be opened any more.
error-launch_file_unknown = { $name } is not a file CityRights opens: neither a workspace nor a contribution package.
error-choose_workbook_first = Choose the workbook to import first.
error-workbook_changed = The workbook or the recommendations changed since the preview; nothing was written. Import the workbook again to see what it changes now.
error-choose_file_first = Choose the file to import first.
error-library_no_address = No address is known for "{ $title }". Look it up by its title on the UN's website.
error-library_no_browser = No web browser could open { $url } ({ $reason }). Copy the address into a web browser.
# Names CityRights gives a version or a submission, stored as written (the reader's language then).
core-revision_before_restore = Before restoring the version of { $when }
core-revision_sent = Sent on { $date } ({ $channel })
core-submission_for = Submission for { $engagement }
# Where the personal-data search found a person (Settings → Personal data, `cityrights personal-data find`).
personal_place-consultation_notes = Consultation “{ $topic }” of { $held_on }: notes
personal_place-participant = Consultation “{ $topic }” of { $held_on }, participant { $position }
personal_place-department_list = The city's list of departments (Settings)
personal_place-engagement_notes = Engagement “{ $title }”: notes
personal_place-milestone_notes = Milestone “{ $milestone }” of “{ $engagement }”: notes
personal_place-evidence = Recommendation { $symbol } { $paragraph }: evidence of { $noted_on }
personal_place-department = Recommendation { $symbol } { $paragraph }: responsible department
personal_place-stakeholder_contact = Stakeholder “{ $name }”: contact
personal_place-stakeholder_notes = Stakeholder “{ $name }”: notes
personal_place-section_owner = Submission “{ $submission }”, section “{ $section }”: owner
personal_place-city_contact_person = City profile: contact person
personal_place-city_contact_email = City profile: contact e-mail
personal_place-section_text = Submission “{ $submission }”, section “{ $section }”: text
personal_place-section_text_in_bin = Submission “{ $submission }”, section “{ $section }”: text (in the Bin)
personal_place-history = Submission “{ $title }”: history
personal_place-in_text = Mentioned in the text: edit the section to remove it.
personal_place-in_history =
    { $n ->
        [one] Mentioned in { $n } earlier version kept in the history.
       *[other] Mentioned in { $n } earlier versions kept in the history.
    }

# --- Library and rule notes (wave 6) ---
# The Library's texts (assets/reference/library.json: an entry's title, summary, caveat, and
# its author by UN body) and the shipped rules' notes (assets/reference/mechanisms.json). The
# English is the shipped text word for word (the core's tests check it).
library-a_hrc_res_24_2-title = Local government and human rights (Human Rights Council resolution 24/2)
library-a_hrc_res_24_2-summary = The Council's first resolution on local government and human rights: it recognises the role of local government in promoting and protecting human rights, without prejudice to the national government's primary responsibility, and asked its Advisory Committee for a research-based report. Cite it to show that the UN has treated cities as human rights actors since 2013.
library-a_hrc_res_27_4-title = Local government and human rights (Human Rights Council resolution 27/4)
library-a_hrc_res_27_4-summary = Asked the Advisory Committee to finish its report on the role of local government in human rights, with the main challenges and best practices, for the Council's thirtieth session. That report is A/HRC/30/49.
library-a_hrc_res_33_8-title = Local government and human rights (Human Rights Council resolution 33/8)
library-a_hrc_res_33_8-summary = Ties local government and human rights to the 2030 Agenda, underscoring what local government can contribute to the Sustainable Development Goals, and called a panel discussion on the subject (summarised in A/HRC/38/22). Useful when a city links its human rights work to its SDG reporting.
library-a_hrc_res_39_7-title = Local government and human rights (Human Rights Council resolution 39/7)
library-a_hrc_res_39_7-summary = Asked the High Commissioner for a report, prepared in consultation with local governments among others, on effective ways for local government and local stakeholders to cooperate on human rights, including raising awareness of the SDGs. Local governments sent contributions to that report.
library-a_hrc_res_45_7-title = Local government and human rights (Human Rights Council resolution 45/7)
library-a_hrc_res_45_7-summary = Asked OHCHR for a report on the role of local government in equality and non-discrimination and in protecting people in vulnerable situations. That report, A/HRC/51/10, sets out possible principles guiding local and national governments.
library-a_hrc_res_51_12-title = Local government and human rights (Human Rights Council resolution 51/12)
library-a_hrc_res_51_12-summary = Asked OHCHR for an expert meeting on building local governments' capacity to bring human rights into all their work, as a basis for human rights education tools for local governments, with a report to the Council's fifty-sixth session. OHCHR's call for input on it is closed and the contributions received are online.
library-a_hrc_res_57_12-title = Local government and human rights (Human Rights Council resolution 57/12)
library-a_hrc_res_57_12-summary = Asks OHCHR for a panel and a report, for the Council's sixty-third session, on good practice in overcoming the challenges local governments face, including supporting better engagement of local governments in the work of the UN human rights mechanisms. OHCHR's call for input on it, which put its questions directly to local and regional governments, closed on 30 June 2025.
library-a_hrc_res_57_12-caveat = The exact date of adoption was not checked: the resolution was adopted at the Council's fifty-seventh session, which ended on 11 October 2024.
library-a_hrc_30_49-title = Role of local government in the promotion and protection of human rights — Final report of the Human Rights Council Advisory Committee
library-a_hrc_30_49-summary = Sets out the shared and complementary duties of States and local governments to respect, protect and fulfil human rights, the main challenges local governments face, and the human rights city as a framework. The reference to cite when explaining why a city reports to the UN.
library-a_hrc_38_22-title = Summary of the intersessional panel discussion on the role of local government in the promotion and protection of human rights — Report of the United Nations High Commissioner for Human Rights
library-a_hrc_38_22-summary = Summarises the Council's panel of 4 September 2017 on how local governments can promote, protect and fulfil human rights, particularly while implementing the 2030 Agenda, in close cooperation with national governments. Practices a submission can point to.
library-a_hrc_42_22-title = Local government and human rights — Report of the United Nations High Commissioner for Human Rights (under resolution 39/7)
library-a_hrc_42_22-summary = OHCHR's report on effective ways for local government and local stakeholders to cooperate on human rights, including raising awareness of the SDGs, with challenges, good practice and recommendations. It drew on 59 contributions and builds on A/HRC/30/49 and A/HRC/38/22.
library-a_hrc_42_22-caveat = The document symbol was not checked against the document itself. OHCHR's page gives the date of publication (2 July 2019) and the session it was presented at (the 42nd); the link opens that page.
library-a_hrc_51_10-title = Local government and human rights — Report of the United Nations High Commissioner for Human Rights
library-a_hrc_51_10-summary = Looks at local government and equality and non-discrimination and the protection of people in vulnerable and marginalised situations: promising practices, challenges, recommendations for central and local authorities, and possible elements of principles guiding local and national governments.
library-a_hrc_28_62-title = Report of the Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context
library-a_hrc_28_62-summary = On the roles and accountability of local and other subnational governments for the right to adequate housing: international human rights obligations extend to all levels of government, and States must give local governments the capacity and resources to meet them. OHCHR also published a guide for local governments drawn from it.
library-nmirf_practical_guide_2016-title = National Mechanisms for Reporting and Follow-up: A Practical Guide to Effective State Engagement with International Human Rights Mechanisms
library-nmirf_practical_guide_2016-summary = OHCHR's guide for States on the national body that prepares reports to the treaty bodies and the UPR and follows up their recommendations. Read it to know which body in the State prepares the national report and follows up recommendations: the body a city coordinates with.
library-a_hrc_50_64-title = Report of the United Nations High Commissioner for Human Rights on national mechanisms for implementation, reporting and follow-up
library-a_hrc_50_64-summary = The High Commissioner's report to the Council on national mechanisms for implementation, reporting and follow-up: the government bodies that coordinate the State's reports to the UN and the follow-up of its recommendations.
library-a_hrc_50_64-caveat = The title is given in short and the date of issue was not checked; the symbol is that of a report to the Council's fiftieth session (June–July 2022).
library-vlr_guidelines_2020-title = Guidelines for Voluntary Local Reviews, Volume 1: A Comparative Analysis of Existing VLRs
library-vlr_guidelines_2020-summary = How cities review their own progress towards the Sustainable Development Goals in a Voluntary Local Review, compared across the first reviews published. A city's review is evidence it can reuse in its submissions to the UN human rights mechanisms.
library-vlr_guidelines_2021-title = Guidelines for Voluntary Local Reviews, Volume 2: Towards a New Generation of VLRs — Exploring the local-national link
library-vlr_guidelines_2021-summary = How Voluntary Local Reviews connect with the State's Voluntary National Review. Useful when the city wants its own evidence taken up in the State's reporting.
library-author-human_rights_council = Human Rights Council
library-author-human_rights_council_advisory_committee = Human Rights Council Advisory Committee
library-author-united_nations_high_commissioner_for_human_rights = United Nations High Commissioner for Human Rights
library-author-special_rapporteur_on_adequate_housing = Special Rapporteur on adequate housing
library-author-office_of_the_united_nations_high_commissioner_for_human_rights = Office of the United Nations High Commissioner for Human Rights
library-author-un_habitat_and_united_cities_and_local_governments_uclg = UN-Habitat and United Cities and Local Governments (UCLG)
rule-UPR-note = Set in the 2011 guidelines; the 4th-cycle guidelines (January 2022) were not available to check that these limits are unchanged. Whether footnotes count is not stated, so they are counted. UN official languages, preferably English, French or Spanish (older guidance). OHCHR publishes the full text of every stakeholder submission on its website (A/HRC/WG.6/48/SVN/3, note 2).
rule-UPR-formats_note = OHCHR's technical guide for stakeholders (as of 1 July 2008) asked for Word files, not PDF; no later rule on the format was found.
rule-CCPR-note = The page that states the limit is undated. Deadlines are in the information note of each session, as dates without a time zone. Whether footnotes count is not stated, so they are counted.
rule-CESCR-note = No current word limit found: set the limit from the session's information note.
rule-CERD-note = Word limit and deadline unknown: set them from the session's information note.
rule-CEDAW-note = Reported by a third party for the 80th, 81st and 86th sessions; check the information note of your session. Reports were due about four weeks before the session (three weeks for the 73rd session, 2019).
rule-CAT-note = Word limit unknown.
rule-SPT-note = The SPT holds no dialogue on a State report, so there is no list of issues or shadow report to write for it. What a city can do instead: inform it about places of detention the city runs or inspects (for example municipal police cells), and work with the national preventive mechanism. No format, limit or deadline is published for such information.
rule-CRC-note = A thematic report is limited to 3,000 words: override the limit for a thematic report. Annexes are excluded.
rule-CMW-note = Set the word limit and deadline from the session's information note.
rule-CRPD-note = Set the word limit from the session's information note. Accessible formats are asked for (reported by third parties). The CRPD discontinued its follow-up procedure in September 2016.
rule-CED-note = Set the word limit and deadline from the session's information note.
rule-SP-note = Set the word limit and language from the call itself: the languages above are not a rule of the mandate holders, so a submission in another language is only warned about.

# --- demo data (wave 6) ---
# The demo city (src/app/demo.rs), loaded in the reader's language. Fictional names: keep them
# recognisably fictional; keep e-mail addresses, URLs, document symbols and XEX as they are.
demo-city = Exampleville (demo)
demo-state = Exampleland
demo-city_contact = Human Rights Office, City of Exampleville
demo-ehrc_name = Exampleland Human Rights Commission (demo)
demo-ehrc_acronym = EHRC
demo-ehrc_notes = National human rights institution (fictional).
demo-rta_name = Riverside Tenants' Association (demo)
demo-rta_acronym = RTA
demo-rta_notes = Consulted on evictions and social housing.
demo-northtown_name = Northtown (demo)
demo-northtown_notes = Neighbouring city; possible joint submission.
demo-nchrr_name = National Committee for Human Rights Reporting of Exampleland (demo)
demo-nchrr_acronym = NCHRR
demo-nchrr_notes = Coordinates the national report and the follow-up of recommendations; the city sends its input to the national report here.
demo-upr_title = UPR of Exampleland (demo cycle)
demo-upr_session = Working Group session (demo)
demo-upr_notes = Stakeholder submission of the city, jointly with the Riverside Tenants' Association.
demo-estimate = Estimate from typical UPR timelines (demo): OHCHR announces the real dates of each session.
demo-upr_window_opens = Submission window opens
demo-upr_housing_data = Housing data from the Housing Department
demo-upr_departments = Departments send their sections
demo-upr_mayor = Mayor's office approves the text
demo-upr_window_closes = Submission window closes
demo-upr_review = Working Group review of Exampleland
demo-upr_adoption = Adoption of the outcome by the Human Rights Council
demo-cescr_title = CESCR review of Exampleland: list of issues prior to reporting
demo-cescr_session = Pre-sessional working group (demo)
demo-cescr_notes = Input on housing, water and social services.
demo-cescr_follow_up = Follow-up report of the State to previous concluding observations
demo-cescr_deadline = Deadline for written input
demo-cescr_pre_session = Pre-sessional working group
demo-cescr_consultation = Consultation with tenants' and water users' groups
demo-sp_title = Call for input: local governments and the right to adequate housing
demo-sp_session = Thematic report (demo)
demo-sp_notes = Answer questions 1, 3 and 5 of the call; 2,500 words at most (set in the call).
demo-sp_published = Call for input published
demo-sp_deadline = Deadline for input
demo-sp_rule_source = The call for input (demo), paragraph 6
# The demo submission. Its section titles are the template's (template-upr_stakeholder-s1, s2,
# s4, s6). A piece that ends or starts with a space keeps it as {" "}.
demo-submission_title = Submission of the City of Exampleville to the UPR of Exampleland
demo-full_stop = .
demo-s1_p1 = The City of Exampleville submits this report on the implementation, at local level, of the recommendations Exampleland received in its previous review. The city is responsible for social housing, primary schools, local policing and the water utility, and it reports on what it has done in each of these areas since the last review.
demo-s1_key_words_label = Key words:{" "}
demo-s1_key_words = right to adequate housing; evictions; water and sanitation; non-discrimination; participation.
demo-s2_p1 = Exampleville is a city of 240,000 residents (all names and figures in this demo are fictional). Under the Local Government Act it owns 11,800 social housing units and runs 42 primary schools, the municipal police and the water utility
demo-s2_note1 = Local Government Act of Exampleland (fictional), sections 12 to 19.
demo-s2_p2 = Matters outside its competence, such as asylum procedures and national social benefits, are mentioned only where they affect residents' access to municipal services.
demo-s3_h1 = Right to adequate housing
# The paragraph reads: before, the recommendation's words (in italics, a UN translation's
# wording), between, the citation of the report (A/HRC/00/00, para. 140.7), after, a footnote, a full stop.
demo-s3_p1_before = Exampleland supported the recommendation to{" "}
demo-s3_p1_quote = ensure access to affordable housing for low-income families
demo-s3_p1_between = {" "}
demo-s3_p1_after = . Since then the city has built 1,250 social housing units and reduced its waiting list by 18 per cent
demo-s3_note1 = Exampleville Housing Department, Annual Report 2025 (fictional), table 3.
demo-s3_p2 = Evictions from municipal housing fell from 312 in 2022 to 141 in 2025 after the city created a prevention service with the Riverside Tenants' Association
demo-s3_note2 = Data collected jointly with the Riverside Tenants' Association (demo).
demo-s3_p2_after = . The service contacts every tenant two months behind with rent.
demo-s3_h2 = Water and sanitation
demo-s3_p3 = The water utility no longer disconnects households for unpaid bills during winter months. Remaining gaps are:
demo-s3_item1 = informal settlements at the city's edge without a network connection;
demo-s3_item2 = tariffs that do not yet take household income into account.
demo-s4_p1 = Give cities the legal power and the funding to prevent evictions from private rented housing, as previously recommended.
demo-s4_p2 = Involve local governments in the national consultation for the next national report.

# --- passage language ---
error-limit_language = A passage is marked with the language “{ $tag }”, which is not a language tag: write a tag such as de, fr-CA or zh-Hans (at most { $max } characters).
error-limit_language_case = A passage is marked with the language “{ $tag }”: write it as “{ $normal }”.
editor-language = Language
editor-language_tooltip = Mark the selected words as written in another language
editor-language_title = Language of the selected words
editor-language_choice = Language
editor-language_option = { $name } ({ $tag })
editor-language_other = Another language (type its tag)
editor-language_hint = Screen readers, the PDF and the Word file read these words in this language.
editor-language_tag = Language tag
editor-language_tag_hint = A BCP 47 language tag, such as pt-BR, ca or gsw.
editor-language_apply = Apply language
editor-language_remove = Remove language
editor-language_needs_text = Select the words in another language first.
