# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue).
meta-locale = fr-FR
meta-date = { $weekday } { $day } { $month } { $year }
meta-day_month = { $weekday } { $day } { $month }
# Between a day and its time, or a day and the days left ("Sat 12 Dec 2026, 11:00").
meta-separator = {", "}

app-name = CityRights
app-version = version { $version }
app-loading = Ouverture de votre base de données…

# Navigation
nav-label = Principal
nav-skip_to_main = Aller au contenu principal
nav-dashboard = Tableau de bord
nav-engagements = Participations
nav-recommendations = Recommandations
nav-settings = Paramètres
nav-bin = Corbeille
nav-demo = démo
nav-demo_hint = Données de démonstration : une ville fictive pour découvrir l’application.
nav-no_city = Ville pas encore configurée
nav-next_due = Prochaine échéance
nav-nothing_due = Aucune date à venir pour les participations.
nav-missed =
    { $n ->
        [one] { $n } échéance manquée
       *[other] { $n } échéances manquées
    }
nav-not_found = Cette page n’existe pas.
nav-back_to_dashboard = Aller au tableau de bord

# Generic
common-save = Enregistrer
common-cancel = Annuler
common-edit = Modifier
common-delete = Supprimer
common-remove = Retirer
common-saved = Enregistré
common-close = Fermer
common-undo = Annuler l’action
common-save_changes = Enregistrer les modifications
common-discard_changes = Abandonner les modifications
common-keep_editing = Continuer la modification
common-unsaved = Modifications non enregistrées
common-loading = Chargement…
common-optional = (facultatif)
common-retry = Réessayer
common-none = —
common-estimate = estimation
common-estimate_hint = Estimation fondée sur les calendriers habituels, et non date officielle.
common-words_of_limit = { $words } / { $limit } mots
common-words_no_limit = { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } (limite inconnue)
common-joint = conjointe
common-individual = individuelle
common-error_prefix = Une erreur s’est produite :

# Relative time (from the days_left the core computes, or display-only from `due`)
days-today = aujourd’hui
days-tomorrow = demain
days-in = dans { $n } jours
days-overdue_today = en retard de moins d’un jour
days-overdue =
    { $n ->
        [one] en retard de { $n } jour
       *[other] en retard de { $n } jours
    }
days-passed_today = passée il y a moins d’un jour
days-passed =
    { $n ->
        [one] passée il y a { $n } jour
       *[other] passée il y a { $n } jours
    }

# Times and zones
time-end_of_day = fin de journée
time-zone_time = heure de { $city }
time-original = { $time } { $zone } ({ $tz })
time-original_with_date = { $date }, { $time } { $zone } ({ $tz })
zone-Europe_Zurich = Genève
# The other UN duty stations whose zones the app offers, as this language names the city
# (any other zone shows the English city of its IANA name).
zone-Europe_Vienna = Vienne
zone-America_New_York = New York
zone-Africa_Nairobi = Nairobi

# Start-up
startup-error_title = CityRights n’a pas pu ouvrir sa base de données
startup-error_file = Fichier
startup-error_reason = Motif
startup-error_unchanged = Le fichier n’a pas été modifié. Vous pouvez ouvrir un autre fichier de base de données ou en créer un nouveau, vide.
startup-open_other = Ouvrir un autre fichier
startup-start_new = Créer une nouvelle base de données
startup-status_failed = L’application n’a pas pu vérifier sa base de données.

welcome-title = Bienvenue dans CityRights
welcome-p1 = CityRights aide le bureau des droits de l’homme de votre ville à préparer ses contributions aux mécanismes des droits de l’homme de l’ONU : l’Examen périodique universel, les organes conventionnels et les procédures spéciales.
welcome-p2 = Toutes les échéances sont réunies au même endroit : vous savez toujours ce qui arrive ensuite.
welcome-demo = Découvrir avec des données de démonstration
welcome-demo_hint = Une ville fictive avec quelques participations, pour voir comment tout fonctionne.
welcome-setup = Configurer ma ville
welcome-setup_hint = Saisissez les informations de votre ville et commencez avec vos propres données.
welcome-setup_title = Configurer votre ville
welcome-setup_intro = Ces informations figurent sur vos contributions. Vous pourrez les modifier plus tard dans les Paramètres.

# City profile
city-name = Nom de la ville
city-country = Code du pays (ISO 3166-1 alpha-3)
city-country_hint = Trois lettres, par exemple AUT pour l’Autriche, COL pour la Colombie.
city-state_under_review = État examiné
city-state_hint = L’État aux examens duquel vous contribuez, sous la dénomination à employer.
city-contact_name = Personne ou bureau à contacter
city-contact_email = Adresse électronique de contact
city-language = Langue des contributions
city-paper_size = Format du papier
city-logo = Logo (sur la page de couverture des exports PDF)
city-logo_none = Aucun logo
city-logo_set = Un logo est défini
city-logo_choose = Choisir un logo…
city-logo_remove = Retirer le logo
paper-a4 = A4
paper-letter = Lettre US

lang-en = anglais
lang-fr = français
lang-es = espagnol
lang-ru = russe
lang-ar = arabe
lang-zh = chinois

# Settings
settings-title = Paramètres
settings-language_title = Langue
settings-language_label = Langue de l’interface
settings-language_system = Comme cet ordinateur ({ $name })
settings-language_system_other = Comme cet ordinateur (sa langue n’est pas l’une des six : anglais)
settings-language_hint = Enregistrée sur cet ordinateur. Chaque contribution garde sa propre langue, choisie à sa création.
settings-city_title = Votre ville
settings-db_title = Emplacement de vos données
settings-db_path = Fichier de base de données
settings-db_hint = Toutes vos données se trouvent dans ce seul fichier, sur cet ordinateur. Incluez-le dans vos sauvegardes.
settings-saved = Enregistré
settings-backups_title = Sauvegardes
settings-backups_text = CityRights sauvegarde vos données automatiquement : quelques secondes après son démarrage, toutes les 4 heures pendant son fonctionnement et avant chaque mise à niveau. Chaque sauvegarde est vérifiée une fois écrite.
settings-backups_link = Voir les sauvegardes, sauvegarder maintenant ou en restaurer une
settings-second_label = Deuxième dossier de sauvegarde
settings-second_none = Aucun dossier choisi : les sauvegardes sont conservées sur cet ordinateur uniquement.
settings-second_hint = Chaque sauvegarde est aussi écrite dans ce dossier, par exemple une clé USB ou un partage réseau du service, afin qu’un ordinateur portable en panne ou volé n’emporte pas les sauvegardes avec lui.
settings-second_reachable = Accessible : la prochaine sauvegarde y sera copiée.
settings-second_unreachable = Inaccessible : { $problem }. Les sauvegardes sont toujours écrites dans le dossier des données.
settings-second_choose = Choisir un dossier…
settings-second_change = Choisir un autre dossier…
settings-second_forget = Ne plus y copier
settings-second_chosen = Les sauvegardes seront aussi écrites dans { $folder }.
settings-second_forgotten = Les sauvegardes ne sont plus copiées dans un deuxième dossier. Les copies qui s’y trouvent déjà sont conservées.
departments-title = Services
departments-intro = Les services de la ville chargés des recommandations : le suivi d’une recommandation et « Définir le service » proposent cette liste. Un nom saisi à cet endroit comme nouveau service y est ajouté. Renommer un service ici le renomme aussi dans ses recommandations ; lui donner un nom déjà présent dans la liste fusionne les deux graphies.
departments-none = Aucun service pour l’instant. Ajoutez ceux qui sont chargés de recommandations, ou saisissez-en un dans le suivi d’une recommandation.
departments-col_name = Service
departments-col_count = Recommandations
departments-col_actions = Actions
departments-rename = Renommer
departments-rename_label = Nouveau nom pour « { $name } »
departments-remove = Retirer
departments-remove_question = Retirer « { $name } » de la liste des services ?
departments-add_label = Nouveau service
departments-add = Ajouter le service
departments-added = « { $name } » figure dans la liste.
departments-renamed = « { $old } » s’appelle désormais « { $new } » ({ $n ->
        [one] { $n } recommandation modifiée
       *[other] { $n } recommandations modifiées
    }).
departments-merged = « { $old } » a été fusionné avec « { $new } » ({ $n ->
        [one] { $n } recommandation modifiée
       *[other] { $n } recommandations modifiées
    }).
departments-removed = « { $name } » a été retiré de la liste.

# Backups and restore
backups-title = Sauvegardes
backups-intro = Une sauvegarde est une copie vérifiée de toute votre base de données. CityRights en crée une quelques secondes après son démarrage, toutes les 4 heures pendant son fonctionnement et avant chaque mise à niveau ; il conserve toutes les sauvegardes de la dernière journée, une par jour pendant 14 jours et une par semaine pendant 8 semaines.
backups-where = Conservées dans { $folder }.
backups-back_up_now = Sauvegarder maintenant
backups-backing_up = Sauvegarde en cours…
backups-made = Sauvegarde effectuée : { $holds }.
backups-made_second = Une copie se trouve aussi dans { $folder }.
backups-second_failed = La sauvegarde a été faite sur cet ordinateur, mais sa deuxième copie n’a pas pu être écrite : { $problem }
backups-second_failed_last = La dernière sauvegarde ({ $when }) a été faite sur cet ordinateur, mais sa deuxième copie n’a pas pu être écrite : { $problem }
backups-empty = Aucune sauvegarde pour l’instant. La première est faite quelques secondes après le démarrage de l’application, dès qu’il y a quelque chose à sauvegarder ; vous pouvez aussi utiliser « Sauvegarder maintenant ».
backups-col_when = Date
backups-col_why = Motif
backups-col_holds = Contenu
backups-col_size = Taille
backups-col_restore = Restaurer
backups-holds = { $engagements }, { $submissions }, { $words }
backups-engagements =
    { $n ->
        [one] { $n } participation
       *[other] { $n } participations
    }
backups-submissions =
    { $n ->
        [one] { $n } contribution
       *[other] { $n } contributions
    }
backups-words =
    { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    }
backups-damaged = Endommagée, ne peut pas être restaurée : { $reason }.
backups-unavailable = Impossible de la vérifier pour l’instant ; elle n’est donc pas proposée à la restauration (elle est conservée) : { $reason }. Réessayez plus tard.
backups-restore = Restaurer
backups-restore_label = Restaurer la sauvegarde du { $when }
backups-restore_question = Restaurer la sauvegarde du { $when } ({ $holds }) ? Votre base de données actuelle est d’abord sauvegardée, donc rien n’est perdu : elle figurera ici sous « Avant une restauration ».
backups-restore_confirm = Restaurer cette sauvegarde
backups-restored = La sauvegarde du { $when } a été restaurée. La base de données telle qu’elle était est conservée comme sauvegarde (« Avant une restauration »).
backups-settings_link = Copier aussi les sauvegardes dans un deuxième dossier (Paramètres)
backups-move_text = Vous changez d’ordinateur ?
backups-move_link = Exporter tout l’espace de travail dans un seul fichier et l’importer sur l’autre ordinateur (Paramètres → Changer d’ordinateur)
backup_reason-startup = Au démarrage
backup_reason-periodic = Toutes les 4 heures
backup_reason-manual = Sauvegarde manuelle
backup_reason-before_migration = Avant une mise à niveau
backup_reason-before_restore = Avant une restauration
backup_reason-before_import = Avant l’importation d’un espace de travail

# Settings → Move to another computer (workspace export and import)
move-title = Changer d’ordinateur
move-intro = Pour passer à un nouvel ordinateur portable, exportez ici tout l’espace de travail dans un seul fichier, copiez ce fichier sur le nouvel ordinateur (clé USB, partage réseau du service), installez-y CityRights et importez-le. Le deuxième dossier de sauvegarde n’est pas transféré : choisissez-le de nouveau sur le nouvel ordinateur.
move-export = Exporter l’espace de travail…
move-exporting = Exportation en cours…
move-exported = L’espace de travail a été enregistré dans { $path } ({ $size }). Il contient { $engagements }, { $submissions } et { $recommendations }.
move-exported_logo = Le logo de la ville s’y trouve aussi.
move-personal = Le fichier contient aussi des données personnelles : les noms et coordonnées des personnes ayant participé aux consultations. Conservez-le en lieu sûr — ne l’envoyez pas par simple courrier électronique et ne le laissez pas dans un dossier partagé — et supprimez-le une fois l’espace de travail importé sur le nouvel ordinateur.
move-import = Importer un espace de travail…
move-import_question = Importer un espace de travail exporté sur un autre ordinateur ? Toutes les données de cet ordinateur (participations, contributions, recommandations, profil de la ville) seront remplacées par celles du fichier que vous allez choisir. Votre base de données actuelle est d’abord sauvegardée, donc rien n’est perdu : vous pourrez la restaurer depuis l’écran Sauvegardes, où elle figure sous « Avant l’importation d’un espace de travail ».
move-import_confirm = Choisir le fichier et importer
move-imported = L’espace de travail a été importé depuis { $from } (exporté le { $when } avec CityRights { $version }) : { $engagements }, { $submissions } et { $recommendations }.
move-imported_backup = Les données qui se trouvaient ici auparavant sont conservées comme sauvegarde (« Avant l’importation d’un espace de travail ») dans l’écran Sauvegardes.
move-import_failed = L’espace de travail n’a pas été importé. { $message }
move-nothing_changed = Rien n’a été modifié sur cet ordinateur.
move-recommendations =
    { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    }

# Dashboard
dashboard-title = Tableau de bord
dashboard-next_title = Prochaines échéances
dashboard-next_for = Participation :
dashboard-nothing_next = Aucune date à venir pour les participations.
dashboard-nothing_next_hint = Ajoutez les échéances de vos participations (périodes de dépôt des contributions, sessions, jalons internes) pour les voir ici.
dashboard-upcoming_title = { $n } prochains jours
dashboard-soon_hint = En surbrillance : échéance dans les 7 jours.
dashboard-overdue_title = Échéances manquées
dashboard-overdue_intro = Échéances que la ville devait respecter et qui sont passées sans que rien n’ait été envoyé. Chacune reste ici, quelle que soit son ancienneté, jusqu’à ce que vous la marquiez comme traitée — par exemple une fois une contribution tardive envoyée ou acceptée, ou si vous avez décidé d’attendre le cycle suivant.

# Where a deadline stands (the core's state), and marking a missed one as handled
deadline-met = respectée
deadline-met_by = Respectée par « { $title } », envoyée le { $date }.
deadline-handled_on = Marquée comme traitée le { $date }.
deadline-mark_handled = Marquer comme traitée
deadline-mark_not_handled = Annuler « traitée »
deadline-undo = Annuler
deadline-handled_status = « { $title } » est marquée comme traitée.
deadline-unhandled_status = « { $title } » est de nouveau une échéance manquée.
dashboard-drafts_title = Contributions en cours de rédaction
dashboard-no_drafts = Aucune contribution n’est en cours de rédaction.
dashboard-empty_title = Aucune participation pour l’instant
dashboard-empty_text = Une participation correspond à un examen ou à un appel auquel votre ville prend part, par exemple l’Examen périodique universel de votre pays. Créez votre première participation, puis ajoutez ses échéances : elles apparaîtront ici, de la plus proche à la plus lointaine.
dashboard-col_due = Échéance
dashboard-col_when = Quand
dashboard-col_mechanism = Mécanisme
dashboard-col_milestone = Jalon
dashboard-col_engagement = Participation
dashboard-col_title = Titre
dashboard-col_words = Mots
dashboard-col_status = Statut

# Engagements
engagements-title = Participations
engagements-new = Nouvelle participation
engagements-filter_mechanism = Mécanisme
engagements-filter_stage = Étape
engagements-all_mechanisms = Tous les mécanismes
engagements-all_stages = Toutes les étapes
engagements-col_mechanism = Mécanisme
engagements-col_title = Titre
engagements-col_state = État
engagements-col_stage = Étape
engagements-col_next = Prochain jalon
engagements-no_next = Aucun jalon à venir
engagements-empty = Vous n’avez encore aucune participation. Une participation correspond à un examen ou à un appel auquel votre ville prend part, comme l’EPU de votre pays ou un appel à contributions d’un rapporteur spécial. Choisissez « Nouvelle participation » pour créer la première.
engagements-no_match = Aucune participation ne correspond à ces filtres.
engagements-show_all = Afficher toutes les participations
engagements-count = Participations : { $n } sur { $total }

# Engagement form
engagement_form-new_title = Nouvelle participation
engagement_form-edit_title = Modifier la participation
engagement_form-mechanism = Mécanisme
engagement_form-choose_mechanism = Choisir un mécanisme…
engagement_form-mechanism_option = { $acronym } — { $name }
engagement_form-title = Titre
engagement_form-title_hint = Par exemple « EPU de la Slovénie, 4e cycle ».
engagement_form-state = État examiné
engagement_form-session = Session ou appel
engagement_form-session_hint = Par exemple « 4e cycle, 48e session du Groupe de travail ».
engagement_form-mandate = Mandat
engagement_form-mandate_none = Non défini
engagement_form-mandate_other = Autre mandat (saisissez son nom)
engagement_form-mandate_other_label = Nom de l’autre mandat
engagement_form-stage = Étape
engagement_form-notes = Notes

# Engagement detail
engagement-state = État examiné
engagement-session = Session ou appel
engagement-mandate = Mandat
engagement-stage = Étape
engagement-stages_label = Étapes de cette participation
engagement-stage_saved = Étape modifiée : « { $stage } ».
engagement-notes = Notes
engagement-back = Toutes les participations
engagement-delete_question = Placer cette participation dans la corbeille ? Vous pourrez la restaurer depuis la Corbeille.
engagement-move_to_bin = Placer dans la corbeille
engagement-not_specified = non indiqué
engagement-milestones_title = Jalons
engagement-no_milestones = Aucun jalon pour l’instant. Ajoutez la période de dépôt des contributions, les dates de session et vos propres échéances internes pour qu’ils apparaissent dans le tableau de bord.
engagement-add_milestone = Ajouter un jalon
engagement-col_kind = Objet
engagement-col_title = Titre
engagement-col_due = Date et heure
engagement-col_when = Quand
engagement-col_actions = Actions
engagement-until = jusqu’au { $date }
engagement-remove_question = Placer le jalon « { $title } » dans la corbeille ? Vous pourrez le restaurer, avec ses rappels, depuis la Corbeille.
engagement-submissions_title = Contributions
engagement-no_submissions = Aucune contribution pour cette participation pour l’instant.
engagement-col_sub_title = Titre
engagement-col_sub_status = Statut
engagement-col_sub_words = Mots
engagement-col_sub_kind = Individuelle ou conjointe

# Milestone form
milestone_form-add_title = Ajouter un jalon
milestone_form-edit_title = Modifier le jalon
milestone_form-kind = Objet
milestone_form-choose_kind = Choisir…
milestone_form-title = Titre
milestone_form-date = Date
milestone_form-end_date = Dernier jour
milestone_form-end_date_hint = Pour un événement de plusieurs jours, comme une session.
milestone_form-time = Heure
milestone_form-time_hint = Laissez vide si l’échéance est en fin de journée.
milestone_form-time_zone = Fuseau horaire
milestone_form-time_zone_hint = Une ville (Genève, New York) ou un nom de fuseau (Europe/Zurich). Les périodes de dépôt des contributions à l’EPU se terminent à 23:59, heure de Genève. Les organes conventionnels et les procédures spéciales donnent leurs dates sans fuseau horaire : utilisez le vôtre.
milestone_form-is_estimate = Cette date est une estimation
milestone_form-basis = Source de l’estimation
milestone_form-notes = Notes
milestone_form-reminder_days = Me le rappeler (jours avant)
milestone_form-reminder_days_hint = Nombre de jours avant la date, séparés par des virgules, par exemple 30, 7, 1. Laissez vide pour ne recevoir aucun rappel.

# Calendar (issue 5)
calendar-nav = Calendrier
calendar-title = Calendrier
calendar-intro = Toutes les dates de toutes les participations, dans votre fuseau horaire ({ $zone }). Les échéances officielles indiquent aussi leur propre heure, par exemple 23:59, heure de Genève.
calendar-filter_mechanism = Mécanisme
calendar-filter_engagement = Participation
calendar-filter_kind = Type de date
calendar-all_mechanisms = Tous les mécanismes
calendar-all_engagements = Toutes les participations
calendar-all_kinds = Tout
calendar-go_to = Aller à la date
calendar-today = Aujourd’hui
calendar-month = Mois
calendar-week = Semaine
calendar-agenda = Agenda
calendar-view_label = Affichage
calendar-all_day = toute la journée
calendar-span = { $start } – { $end }
calendar-agenda_missed = Échéances manquées
calendar-agenda_empty = Aucune date à venir pour les participations.
calendar-next_hint = Prochaine date : { $title } le { $date } ({ $engagement }).
calendar-next_go = Afficher { $month }
calendar-previous = Précédent
calendar-next = Suivant
calendar-more = { $n ->
        [one] + { $n } autre
       *[other] + { $n } autres
    }
calendar-legend = Légende
calendar-legend_overdue = En retard : manquée, pas encore marquée comme traitée
calendar-legend_met = Respectée par une contribution
calendar-legend_handled = Manquée, marquée comme traitée
calendar-legend_soon = Échéance dans les 7 jours
calendar-legend_estimate = Estimation
calendar-tag_overdue = en retard
calendar-tag_soon = bientôt
calendar-tag_met = respectée
calendar-tag_handled = traitée
calendar-tag_estimate = estimation
calendar-export = Exporter vers un calendrier…
calendar-export_hint = Un fichier .ics pour Outlook et d’autres calendriers. Une nouvelle importation met à jour les mêmes événements.
calendar-exported =
    { $n ->
        [one] { $n } jalon a été écrit dans { $path }.
       *[other] { $n } jalons ont été écrits dans { $path }.
    }
calendar-export_cancelled = Aucun fichier n’a été choisi ; rien n’a été exporté.
calendar-new_milestone = Nouveau jalon
calendar-new_on = Nouveau jalon le { $date }
calendar-choose_engagement = Pour la participation
calendar-choose_engagement_option = Choisir une participation…
calendar-no_engagements = Créez d’abord une participation : un jalon appartient toujours à une participation.
calendar-empty = Aucun jalon pour l’instant. Ouvrez une participation et ajoutez ses dates, ou cliquez sur un jour du calendrier pour en ajouter un.
calendar-no_match = Aucun jalon ne correspond à ces filtres.
calendar-open_engagement = Ouvrir la participation « { $title } »
calendar-when = Quand
calendar-own_time = Heure d’origine
calendar-basis = Source de l’estimation
calendar-reminders = Rappels
calendar-reminders_none = Aucun
calendar-reminders_days = { $days } jours avant
calendar-notes = Notes
calendar-close = Fermer
calendar-moved = « { $title } » déplacé au { $date }.
calendar-move_official_question = « { $title } » est une date officielle ({ $kind }). L’{ $direction ->
        [earlier] avancer
       *[later] ajourner
    } quand même de { $days ->
        [one] 1 jour
       *[other] { $days } jours
    } ? Ne le faites que si l’ONU l’a modifiée.
calendar-move_official_confirm = Déplacer la date officielle
calendar-move_estimate_question = « { $title } » ({ $kind }) est une estimation d’une date de l’ONU, et non une date officielle. L’{ $direction ->
        [earlier] avancer
       *[later] ajourner
    } de { $days ->
        [one] 1 jour
       *[other] { $days } jours
    } ? Faites-le lorsque l’ONU a annoncé la date réelle.
calendar-move_estimate_confirm = Déplacer l’estimation
calendar-move_time_refused = Pour changer l’heure d’un jalon, modifiez-le : le glisser-déposer le déplace uniquement par jours entiers.

# Proposed timelines (issue 5)
timeline-session_date = Premier jour de la session
timeline-session_date_hint = Facultatif. Pour l’EPU, la session du Groupe de travail. Avec cette date, CityRights propose les échéances habituelles, que vous vérifierez.
timeline-session_end_date = Dernier jour de la session
timeline-title = Calendrier proposé
timeline-intro = Voici les jalons habituels de ce type de participation, calculés à partir de la date de la session. Chaque estimation indique sur quoi elle repose : vérifiez-la au regard de l’annonce de l’ONU et modifiez la date quand vous la connaissez.
timeline-none_known = Aucun calendrier type
timeline-add_this = Ajouter « { $title } »
timeline-add_selected = Ajouter les jalons sélectionnés
timeline-skip = Passer, ajouter les dates plus tard
timeline-basis = Source
timeline-not_estimate = Tel que vous l’avez saisi.
timeline-nothing_selected = Sélectionnez au moins un jalon, ou choisissez « Passer ».
timeline-passed = Déjà passé.
timeline-state_step = Le rapport de l’État
timeline-state_step_hint = Cette étape incombe à l’État, et non à la ville : elle figure sous « Rapports de l’État » et n’est jamais comptée comme une échéance manquée par la ville.

# Reminders (issue 5)
reminder-banner_title = Échéances proches
reminder-banner_intro = Rappels arrivés à échéance pendant que CityRights était fermé :
reminder-which = { $n ->
        [one] Rappel à { $n } jour
       *[other] Rappel à { $n } jours
    }
reminder-show_all = Afficher les { $n }
reminder-show_fewer = Afficher moins
reminder-missed = passé pendant que CityRights était fermé
reminder-dismiss = Ignorer

# Rules
rules-title = Règles en vigueur
rules-overridden = Modifiée par la ville pour cette participation.
rules-word_limit_individual = Limite de mots, contribution individuelle
rules-word_limit_joint = Limite de mots, contribution conjointe
rules-words = { $n } mots
rules-not_known = inconnue
rules-footnotes = Notes de bas de page
rules-footnotes_count = Comptées dans la limite
rules-footnotes_do_not_count = Non comptées dans la limite
rules-footnotes_unknown = Aucune source n’indique si les notes de bas de page sont comptées ; elles le sont donc par précaution.
rules-formats = Formats de fichier
rules-languages = Langues
rules-front_matter = Début du document
rules-status = Statut
rules-source = Source
rules-note = Remarque
rules-stale = La source de cette règle date de plus d’un an, ou n’a pas été consultée depuis un an — vérifiez-la avant de vous y fier.
rules-override_open = Adapter pour cette participation
rules-override_title = Adapter pour cette participation
rules-override_intro = Utilisez les chiffres indiqués pour cette participation (par exemple dans l’appel à contributions). Laissez un champ vide pour conserver la valeur par défaut.
rules-override_individual = Limite de mots, contribution individuelle
rules-override_joint = Limite de mots, contribution conjointe
rules-override_footnotes = Les notes de bas de page sont comptées dans la limite
rules-override_footnotes_default = Conserver la valeur par défaut
rules-override_footnotes_yes = Oui, elles sont comptées
rules-override_footnotes_no = Non, elles ne sont pas comptées
rules-override_source = Source de ces chiffres
rules-override_source_hint = Par exemple « Appel à contributions du 3 mars 2026, par. 4 ».
rules-override_date = Date de la source
rules-override_clear = Revenir aux règles par défaut
rules-override_saved = Les règles de cette participation ont été enregistrées.
rules-override_cleared = Les règles par défaut s’appliquent de nouveau.
rules-whole_number = Saisissez un nombre entier de mots, par exemple 2815.

format-docx = Word (.docx)
format-pdf = PDF
front_matter-header_block = Quelques lignes d’en-tête
front_matter-cover_page = Une page de couverture
rule_status-confirmed = Indiquée par { $who } (page consultée le { $date })
rule_status-confirmed_undated = Indiquée par { $who }
rule_status-third_party = Signalée par { $who } ({ $date })
rule_status-third_party_undated = Signalée par { $who }
rule_status-unconfirmed = Non confirmée : aucune source ne l’indique
rule_status-set_by_city = Non confirmée — définie par vous
rules-source_date = Date de la source
rules-source_undated = La source n’est pas datée

# Bin
bin-title = Corbeille
bin-intro = Les participations, contributions, sections, jalons et recommandations supprimés attendent ici jusqu’à ce que vous les restauriez — en entier, avec tout leur contenu — ou que vous vidiez la corbeille.
bin-empty = La corbeille est vide.
bin-col_kind = Type
bin-col_title = Titre
bin-col_context = Emplacement d’origine
bin-col_deleted = Supprimé le
bin-col_actions = Actions
bin-restore = Restaurer
bin-restored = « { $title } » a été restauré.
bin-empty_button = Vider la corbeille
bin-empty_question = Supprimer définitivement tout le contenu de la corbeille ? Cette opération est irréversible.
bin-delete_for_good = Supprimer définitivement
bin-emptied =
    { $n ->
        [one] La corbeille a été vidée ({ $n } élément supprimé définitivement).
       *[other] La corbeille a été vidée ({ $n } éléments supprimés définitivement).
    }

bin_kind-engagement = Participation
bin_kind-submission = Contribution
bin_kind-section = Section
bin_kind-milestone = Jalon
bin_kind-recommendation = Recommandation

# Submissions (issue 3: drafting)
submissions-nav = Contributions
submissions-title = Contributions
submissions-new = Nouvelle contribution
submissions-empty = Aucune contribution pour l’instant. Une contribution est le document que votre ville envoie dans le cadre d’une participation, par exemple sa contribution à l’EPU. Ouvrez une participation et choisissez « Nouvelle contribution », ou choisissez « Nouvelle contribution » ici.
submissions-col_title = Titre
submissions-col_engagement = Participation
submissions-col_mechanism = Mécanisme
submissions-col_status = Statut
submissions-col_words = Mots
submissions-col_updated = Mise à jour
submissions-search_label = Rechercher dans tous les projets
submissions-search_hint = Trouve des mots dans chaque section de chaque contribution, quelle que soit la langue.
submissions-search_results = Résultats de la recherche
submissions-search_none = Aucun résultat pour « { $query } ».
submissions-search_count =
    { $n ->
        [one] { $n } occurrence trouvée
       *[other] { $n } occurrences trouvées
    }
submissions-hit_where = { $submission } › { $section }
submissions-import = Importer un projet…
submissions-import_hint = Un fichier Word (.docx) ou Markdown : les titres ouvrent des sections, les paragraphes numérotés et les notes de bas de page sont conservés ; ce qui ne peut pas être repris est indiqué.
submissions-import_cancelled = Aucun fichier n’a été choisi ; rien n’a été importé.

# The submission form
submissions-form_new_title = Nouvelle contribution
submissions-form_edit_title = Informations sur la contribution
submissions-engagement = Participation
submissions-choose_engagement = Choisir une participation…
submissions-no_engagements = Créez d’abord une participation : une contribution se rattache toujours à un examen ou à un appel.
submissions-template = Modèle
submissions-template_sections = Sections de ce modèle
submissions-choose_engagement_first = Choisissez d’abord la participation : les modèles dépendent de son mécanisme.
submissions-title_field = Titre
submissions-title_hint = Par exemple « Contribution conjointe de la Ville d’Exempleville et du Médiateur ».
submissions-language = Langue
submissions-co_submitters = Coauteurs
submissions-co_submitters_hint = Choisissez-les pour une contribution conjointe : ils sont nommés en tête du document, et la limite de mots des contributions conjointes s’applique.
submissions-no_stakeholders = Aucune partie prenante enregistrée pour l’instant.
submissions-add_co_submitter = Ajouter un coauteur
submissions-stakeholder_name = Nom du coauteur
submissions-stakeholder_acronym = Sigle
submissions-stakeholder_kind = Type
submissions-stakeholder_add = Ajouter
submissions-stakeholder_added = « { $name } » a été ajouté et sélectionné.
submissions-may_publish = La contribution peut-elle être publiée ?
submissions-may_publish_hint = Les organes conventionnels demandent s’ils peuvent publier ce qu’ils reçoivent.
submissions-may_publish_yes = Oui
submissions-may_publish_no = Non
submissions-may_publish_undecided = Pas encore décidé
submissions-create = Créer la contribution
submissions-stakeholder_kind-city = Ville ou collectivité locale
submissions-stakeholder_kind-nhri = Institution nationale des droits de l’homme
submissions-stakeholder_kind-nmirf = Mécanisme national de mise en œuvre, d’établissement des rapports et de suivi
submissions-accreditation = Accréditation (GANHRI)
submissions-accreditation_hint = Dans l’EPU, une institution de statut A dispose de sa propre section dans le résumé des communications des parties prenantes.
submissions-accreditation_unknown = Non indiquée
submissions-accreditation-a_status = Statut A (pleinement conforme aux Principes de Paris)
submissions-accreditation-b_status = Statut B (partiellement conforme)
submissions-accreditation-not_accredited = Non accréditée
submissions-stakeholder_kind-ngo = ONG
submissions-stakeholder_kind-ministry = Ministère
submissions-stakeholder_kind-academic = Université ou centre de recherche
submissions-stakeholder_kind-regional_organization = Organisation régionale
submissions-stakeholder_kind-other = Autre

# The submission screen
drafting-back = Toutes les contributions
drafting-engagement = Participation
drafting-status = Statut
drafting-status_saved = Statut modifié : « { $status } ».
drafting-template = Modèle
drafting-language = Langue
drafting-kind = Individuelle ou conjointe
drafting-edit_details = Modifier les informations
drafting-delete = Supprimer la contribution
drafting-delete_question = Placer cette contribution, avec toutes ses sections, dans la corbeille ? Vous pourrez la restaurer depuis la Corbeille.
drafting-move_to_bin = Placer dans la corbeille
drafting-front_matter = En-tête du document
drafting-front_matter_header_block = Les lignes d’en-tête qui ouvrent la contribution (pas une page distincte).
drafting-front_matter_cover_page = La page de couverture.
drafting-words =
    { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    }
drafting-word_count_label = Nombre de mots
drafting-count_hint_footnotes = Tout ce qui est envoyé est compté, comme le fait Word : le titre, l’en-tête, les intertitres, le texte et les notes de bas de page.
drafting-count_hint_no_footnotes = Tout ce qui est envoyé est compté, comme le fait Word, sauf les notes de bas de page : la règle en vigueur les exclut.
drafting-count_breakdown = { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } : { $parts }
drafting-count_breakdown_excluded = { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } : { $parts } ; non comptés : { $excluded }
drafting-count_breakdown_label = Répartition des mots
# One part of the word count: "12 title", "2,420 text" (the number is already formatted).
count_part-title = { $n } (titre)
count_part-front_matter = { $n } (en-tête)
count_part-headings = { $n } (intertitres)
count_part-text = { $n } (texte)
count_part-footnotes = { $n } (notes de bas de page)
drafting-saved = Enregistré
drafting-not_saved = Non enregistré
drafting-saving = Enregistrement…
drafting-save_failed = Votre texte est conservé sur cet écran et sera de nouveau enregistré dans un instant. { $message }
drafting-save_damaged = Non enregistré : le texte stocké de cette section est illisible, donc rien n’a été écrit par-dessus. Votre texte reste sur cet écran : copiez-le en lieu sûr, puis restaurez une révision antérieure (Révisions) ou une sauvegarde (Paramètres → Sauvegardes). { $message }
drafting-sections = Sections
drafting-section_words_label = Mots dans « { $title } »
drafting-section_title = Titre de la section
drafting-owner = Responsable
drafting-owner_hint = Service ou personne
drafting-section_status = Statut de la section
drafting-section_status-to_draft = À rédiger
drafting-section_status-drafted = Rédigée
drafting-section_status-reviewed = Relue
drafting-section_status-approved = Approuvée
drafting-move_up = Monter
drafting-move_down = Descendre
drafting-remove_section = Retirer la section
drafting-remove_section_question = Placer la section « { $title } » dans la corbeille ? Vous pourrez la restaurer depuis la Corbeille.
drafting-guidance = Conseils pour cette section
drafting-guidance_hint = Conseils issus du modèle. Ils ne font jamais partie du texte.
drafting-add_section = Ajouter une section
drafting-new_section_title = Titre de la nouvelle section
drafting-no_sections = Cette contribution n’a pas encore de section. Ajoutez la première.
drafting-checks = Vérifications
drafting-checks_none = Aucun problème détecté.
drafting-severity-error = À corriger
drafting-severity-warning = Avertissement
drafting-severity-info = Remarque
drafting-go_to_section = Aller à « { $title } »
drafting-conflict_title = Cette section a été modifiée ailleurs
drafting-conflict_text = Une autre fenêtre ou une autre copie de CityRights a enregistré « { $title } » après que vous avez commencé à la modifier. Votre texte n’a pas été enregistré et rien n’a été écrasé.
drafting-conflict_reload = Charger leur texte
drafting-conflict_keep = Conserver mon texte
drafting-conflict_keep_hint = Conserver votre texte l’enregistre par-dessus l’autre ; l’autre texte reste disponible dans les révisions.

# Recording what was sent
drafting-mark_submitted = Marquer comme soumise
drafting-mark_title = Enregistrer ce qui a été envoyé
drafting-mark_intro = Une fois ces informations choisies, CityRights vous demande le fichier exact que vous avez envoyé, en conserve une copie avec son empreinte SHA-256 et verrouille cette version du texte.
drafting-sent_on = Date d’envoi
drafting-channel = Mode d’envoi
drafting-channel_hint = Par exemple le système de soumission en ligne de l’EPU, ou un courrier électronique au secrétariat.
drafting-channel_upr = Système de soumission en ligne de l’EPU
drafting-channel_email = Courrier électronique au secrétariat du comité
drafting-channel_sp = Courrier électronique à l’adresse du mandat indiquée dans l’appel à contributions
drafting-choose_file = Choisir le fichier envoyé…
drafting-mark_cancelled = Aucun fichier n’a été choisi ; rien n’a été enregistré.
drafting-sent_title = Ce qui a été envoyé
drafting-sent_date = Envoyée le
drafting-sent_channel = Mode d’envoi
drafting-sent_file = Fichier
drafting-sent_sha = SHA-256
drafting-edited_since_sent = Le texte a été modifié après l’envoi. La version envoyée est conservée dans les révisions.
drafting-outcome_title = Suites données
drafting-acronym = Sigle attribué par le HCDH
drafting-acronym_hint = Par exemple « JS3 » pour une contribution conjointe, comme dans le résumé des communications des parties prenantes.
drafting-cited = Paragraphes du résumé du HCDH qui la citent
drafting-cited_hint = Par exemple « 12, 40, 43 ».
drafting-outcome_save = Enregistrer
drafting-outcome_saved = Enregistré.
drafting-read_only_title = Envoyée : cette version est en lecture seule
drafting-read_only_text = Cette contribution a été marquée comme soumise le { $date } ({ $channel }). Ce qui a été envoyé reste tel quel : son texte, ses sections et ses informations ne peuvent pas être modifiés. Pour les modifier, créez une nouvelle version ; la trace de l’envoi (date, mode d’envoi, fichier, SHA-256 et version verrouillée du texte) est conservée.
drafting-read_only_text_no_record = Cette contribution est marquée comme soumise. Ce qui a été envoyé reste tel quel : son texte, ses sections et ses informations ne peuvent pas être modifiés. Pour les modifier, créez une nouvelle version.
drafting-start_new_version = Créer une nouvelle version
drafting-start_new_version_question = Créer une nouvelle version de cette contribution ? Son texte pourra ensuite être modifié de nouveau. La trace de l’envoi reste enregistrée telle quelle : la date, le mode d’envoi, le fichier avec son SHA-256 et la version verrouillée du texte.
drafting-marked = Marquée comme soumise. Le texte est désormais en lecture seule ; pour le modifier, créez une nouvelle version.
drafting-reopened_note = Une nouvelle version a été créée le { $date }. Les informations ci-dessous correspondent à ce qui a été envoyé auparavant, conservé tel quel.
drafting-earlier_sends = Envois précédents
drafting-earlier_send = { $date }, { $channel } : { $file } (SHA-256 { $sha })
drafting-section_read_only = Lecture seule : cette version a été envoyée.

# The editor
editor-section_text = Texte de la section : { $title }
editor-toolbar = Mise en forme de « { $title } »
editor-bold = Gras
editor-italic = Italique
editor-link = Lien
editor-block_type = Style de texte
editor-chart_note = Graphique tiré du plan de mise en œuvre tel qu’il est : les fichiers PDF et Word le montrent comme une image, avec ces chiffres.
editor-paragraph = Paragraphe
editor-heading = Titre { $level }
editor-bullet_list = Liste à puces
editor-ordered_list = Liste numérotée
editor-quote = Citation
editor-table = Insérer un tableau
editor-add_row = Ajouter une ligne au tableau
editor-numbered = Paragraphe numéroté
editor-add_footnote = Ajouter une note de bas de page
editor-add_citation = Ajouter une référence
editor-footnote_button = + Note
editor-citation_button = + Référence
editor-undo = Annuler
editor-redo = Rétablir
editor-shortcut = { $name } ({ $keys })
editor-footnotes = Notes de bas de page de « { $title } »
editor-footnote_edit = Modifier la note { $n }
editor-footnote_delete = Supprimer la note { $n }
editor-footnote_empty = (note vide)
editor-footnote_title_new = Ajouter une note de bas de page
editor-footnote_title_edit = Modifier la note { $n }
editor-footnote_text = Texte de la note
editor-footnote_save = Enregistrer la note
editor-footnote_keys = Entrée enregistre la note ; Maj+Entrée passe à la ligne.
editor-citation_title_new = Ajouter une référence
editor-citation_title_edit = Modifier la référence
editor-citation_symbol = Cote du document
editor-citation_symbol_hint = Par exemple A/HRC/59/15 (un rapport de l’EPU) ou E/C.12/AUT/CO/4 (des observations finales).
editor-citation_paragraph = Paragraphe ou recommandation
editor-citation_paragraph_hint = Par exemple 140.7. Laissez vide pour citer l’ensemble du document.
editor-citation_save = Enregistrer la référence
editor-citation_delete = Supprimer la référence
editor-citation_needs_symbol = Saisissez la cote du document, par exemple A/HRC/59/15.
editor-citation_placement_hint = La référence est insérée dans la phrase, à l’emplacement du curseur, selon le réglage de Paramètres → Références : entre parenthèses avant le point final, ou dans une note de bas de page.
citations-title = Références
citations-legend = Présentation d’une nouvelle référence
citations-hint = S’applique aux références ajoutées désormais avec « + Référence » ; celles qui figurent déjà dans le texte restent inchangées.
citations-example = Exemple :
citations-saved = Enregistré. Les références ajoutées désormais seront présentées ainsi.
citation_style-parenthetical = Entre parenthèses, avant le point final de la phrase
citation_style-footnote = Dans une note de bas de page, après le point final de la phrase
editor-link_title = Lien
editor-link_href = Adresse du lien
editor-link_hint = Adresses web (http://, https://) ou électroniques (mailto:) uniquement.
editor-link_apply = Appliquer le lien
editor-link_remove = Supprimer le lien
editor-link_refused = Ce lien ne peut pas être conservé : seules les adresses web (http, https) et électroniques (mailto) sont autorisées.
editor-link_needs_text = Sélectionnez d’abord les mots à lier.

# Revisions
revisions-open = Révisions
revisions-title = Révisions
revisions-intro = Instantanés de l’ensemble de la contribution : pris pendant la rédaction (au plus un toutes les 10 minutes), avant chaque restauration et lors de l’envoi d’une version. Donnez un nom à l’un d’eux pour le retrouver — le texte actuel ou toute révision ci-dessous.
revisions-rename = Renommer
revisions-give_name = Nommer
revisions-rename_label = Nom de la révision du { $when }
revisions-rename_save = Enregistrer le nom
revisions-renamed = Renommée « { $name } ».
revisions-name_label = Nommer le texte actuel
revisions-name_hint = Par exemple « Envoyé au service juridique ».
revisions-name_save = Enregistrer cette version
revisions-named = Enregistrée sous « { $name } ».
revisions-none = Aucune révision pour l’instant : elles apparaissent au fil de la rédaction.
revisions-col_when = Date
revisions-col_kind = Type
revisions-col_name = Nom
revisions-col_words = Mots
revisions-col_actions = Actions
revisions-kind-auto = Automatique
revisions-kind-named = Nommée
revisions-kind-before_restore = Avant une restauration
revisions-kind-sent = Envoyée
revisions-kind-contribution = Apport accepté
revisions-view = Afficher
revisions-restore = Restaurer
revisions-restore_question = Restaurer le texte du { $when } ? Le texte actuel est d’abord conservé comme révision ; l’opération peut donc être annulée.
revisions-restored = Le texte du { $when } a été restauré.
revisions-compare_title = Comparer deux versions
revisions-compare_from = Version antérieure
revisions-compare_to = Version postérieure
revisions-current = Le texte actuel
revisions-compare = Comparer
revisions-viewing = Le texte du { $when }
revisions-close_view = Fermer
revisions-inserted = Ajouté :
revisions-deleted = Supprimé :
revisions-change-same = inchangée
revisions-change-changed = modifiée
revisions-change-added = ajoutée
revisions-change-removed = supprimée
revisions-legend = Les mots ajoutés sont soulignés, les mots supprimés sont barrés.
revisions-no_difference = Les deux versions sont identiques.
revisions-option = { $when } — { $kind }{ $name }

# Recommendations (issue 6)
recommendations-title = Recommandations
recommendations-import_button = Importer…
recommendations-add = Ajouter une recommandation
recommendations-add_title = Ajouter une recommandation
recommendations-export_csv = Exporter la matrice de suivi (CSV)…
recommendations-exported = { $n ->
        [one] { $n } recommandation écrite
       *[other] { $n } recommandations écrites
    } dans { $path }.
recommendations-export_pdf = Exporter la matrice de suivi (PDF)…
recommendations-exported_pdf = { $n ->
        [one] { $n } recommandation écrite
       *[other] { $n } recommandations écrites
    } sur { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } dans { $path }.
recommendations-empty_title = Aucune recommandation pour l’instant
recommendations-empty_p1 = Importez les recommandations adressées par l’ONU à votre État : le texte d’un rapport du Groupe de travail sur l’EPU (copié depuis le PDF), la liste thématique des recommandations du HCDH (Word), l’export de l’Index universel des droits de l’homme (JSON) ou un fichier CSV.
recommendations-empty_p2 = Repérez ensuite celles qui concernent la ville, indiquez qui en est chargé et suivez ce qui a été fait. Cliquez sur « Importer… » pour commencer.
recommendations-overview = Vue d’ensemble
recommendations-overview_total = { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    }, dont { $within } relevant de la compétence de la ville (exclusive ou partagée).
recommendations-new_since_last = La dernière importation a ajouté { $n ->
        [one] { $n } nouvelle recommandation
       *[other] { $n } nouvelles recommandations
    }.
recommendations-chart_row = { $theme } : { $n ->
        [one] { $n } recommandation — l’afficher
       *[other] { $n } recommandations — les afficher
    }
recommendations-nothing_new = La dernière importation n’a rien ajouté de nouveau : tout son contenu était déjà présent, sans changement.
recommendations-nothing_new_updated = La dernière importation n’a ajouté aucune nouvelle recommandation et en a mis à jour { $n ->
        [one] { $n } déjà présente
       *[other] { $n } déjà présentes
    }.
recommendations-export_follows_filter = Les exports contiennent ce qu’affiche le filtre actuel : { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    } sur { $total }. Supprimez les filtres pour toutes les exporter.
recommendations-exported_filtered = Ce qu’affiche le filtre actuel ({ $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    } sur { $total }) a été écrit dans { $path }.
recommendations-show_new = Les afficher
recommendations-chart_title = Statut local par thème
recommendations-no_theme = Sans thème
recommendations-filters = Rechercher des recommandations
recommendations-search = Rechercher
recommendations-search_hint = Mots du texte, un État, une cote ou un numéro de paragraphe (par exemple logement Roms, Portugal, 140.7).
recommendations-search_placeholder = par ex. logement Roms, Portugal, 140.7
recommendations-all = Tous
recommendations-filter_symbol = Document
recommendations-filter_mechanism = Mécanisme
recommendations-filter_cycle = Cycle
recommendations-filter_theme = Thème
recommendations-filter_sdg = ODD
recommendations-sdg_n = ODD { $n }
recommendations-filter_response = Réponse
recommendations-filter_competence = Compétence
recommendations-filter_department = Service
recommendations-filter_status = Statut local
recommendations-filter_tag = Étiquette
recommendations-filter_new = Nouvelles depuis la dernière importation
recommendations-more_filters = Plus de filtres
recommendations-more_filters_set = Plus de filtres ({ $n } définis)
recommendations-fewer_filters = Moins de filtres
recommendations-count = { $n ->
        [one] { $n } affichée sur { $total }
       *[other] { $n } affichées sur { $total }
    }
recommendations-clear_filters = Tout afficher
recommendations-no_match = Aucune recommandation ne correspond à ces filtres.
recommendations-show_more = Afficher { $n } de plus
recommendations-bulk = Modifier les recommandations sélectionnées
recommendations-selected = Sélectionnées : { $n }
recommendations-bulk_tag = Étiquette à ajouter ou à retirer
recommendations-bulk_status = Statut à définir
recommendations-bulk_competence = Compétence à définir
recommendations-bulk_department = Service à définir
recommendations-add_tag = Ajouter l’étiquette
recommendations-remove_tag = Retirer l’étiquette
recommendations-set_status = Définir le statut
recommendations-set_competence = Définir la compétence
recommendations-set_department = Définir le service
recommendations-bulk_tagged = Étiquette ajoutée à { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    }.
recommendations-bulk_untagged = Étiquette retirée de { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    }.
recommendations-bulk_changed = { $n ->
        [one] { $n } recommandation modifiée
       *[other] { $n } recommandations modifiées
    }.
recommendations-clear_selection = Effacer la sélection
recommendations-bulk_replace-set_department = { $replaced } des { $selected } recommandations sélectionnées ont déjà un service ; le remplacer ?
recommendations-bulk_replace-set_competence = { $replaced } des { $selected } recommandations sélectionnées ont déjà une compétence ; la remplacer ?
recommendations-bulk_replace-set_local_status = { $replaced } des { $selected } recommandations sélectionnées ont déjà un statut ; le remplacer ?
recommendations-bulk_replace_one-set_department = Une des { $selected } recommandations sélectionnées a déjà un service ; le remplacer ?
recommendations-bulk_replace_one-set_competence = Une des { $selected } recommandations sélectionnées a déjà une compétence ; la remplacer ?
recommendations-bulk_replace_one-set_local_status = Une des { $selected } recommandations sélectionnées a déjà un statut ; le remplacer ?
recommendations-bulk_replace_all = Remplacer
recommendations-bulk_keep = { $n ->
        [one] Conserver les leurs, modifier l’autre
       *[other] Conserver les leurs, modifier les { $n } autres
    }
recommendations-select_all = Sélectionner toutes celles affichées
recommendations-select_one = Sélectionner { $ref }
recommendations-open = Ouvrir { $ref }
recommendations-no_paragraph = (sans numéro)
recommendations-col_reference = Par.
recommendations-col_text = Recommandation
recommendations-col_response = Réponse
recommendations-col_competence = Compétence
recommendations-col_department = Service
recommendations-col_status = Statut local
recommendations-col_theme = Thèmes
recommendations-new = nouvelle
recommendations-detail_title = Recommandation
recommendations-recommended_by = États ayant formulé la recommandation
recommendations-cycle = Cycle et session
recommendations-kind = Type
recommendations-groups = Groupes de personnes
recommendations-sdgs = ODD
recommendations-published = Publiée
recommendations-source = Importée de
recommendations-city_follow_up = Suivi par la ville
recommendations-save_follow_up = Enregistrer le suivi
recommendations-detail_competence = Compétence municipale
recommendations-detail_department = Service responsable
recommendations-department_none = Aucun
recommendations-department_other = Autre service (saisissez son nom)
recommendations-department_new = Nom du nouveau service
recommendations-department_new_hint = Il est ajouté à la liste des services de la ville (Paramètres → Services).
recommendations-detail_status = Statut dans la ville
recommendations-tags = Étiquettes
recommendations-tags_hint = Mots de votre choix pour regrouper les recommandations, séparés par des virgules (par exemple logement, conseil 2027).
recommendations-save_tags = Enregistrer les étiquettes
recommendations-evidence = Ce que la ville a fait
recommendations-no_evidence = Aucun élément de preuve enregistré pour l’instant.
recommendations-evidence_date = Date
recommendations-evidence_note = Ce qui a été fait
recommendations-add_evidence = Ajouter un élément de preuve
recommendations-remove_evidence = Retirer l’élément de preuve du { $date }
recommendations-keep_evidence = Conserver l’élément de preuve du { $date }
recommendations-evidence_removed = retiré à l’enregistrement
recommendations-evidence_new_hint = Ajouté à la liste à l’enregistrement.
recommendations-unsaved_question = Le suivi de { $ref } comporte des modifications non enregistrées. Les enregistrer avant de fermer ?
recommendations-cited_in = Citée dans
recommendations-not_cited = Citée dans aucun projet pour l’instant.
recommendations-delete = Placer dans la corbeille
recommendations-delete_question = Placer { $ref } dans la corbeille, avec le suivi de la ville (compétence, service, statut, étiquettes, éléments de preuve) ? Vous pourrez la restaurer en entier depuis la Corbeille.
recommendations-delete_unsaved = Vos modifications non enregistrées seront perdues.
recommendations-paragraph = Paragraphe
recommendations-list_hint = Plusieurs valeurs possibles, séparées par des points-virgules.
recommendations-mechanism_hint = UPR (EPU), un organe conventionnel (CESCR, CRC…) ou SP (procédures spéciales).
recommendations-import_title = Importer des recommandations
recommendations-import_kind = Que voulez-vous importer ?
recommendations-report_text = Texte du rapport
recommendations-report_text_hint = Collez la section II « Conclusions et/ou recommandations » (ou le rapport entier) telle que copiée depuis le PDF ; les en-têtes de page et les retours à la ligne ne posent pas de problème.
recommendations-file = Fichier
recommendations-choose_file = Choisir un fichier…
recommendations-choose_text_file = Ou choisir un fichier texte…
recommendations-no_file = Aucun fichier choisi
recommendations-country = Code du pays (ISO 3166-1 alpha-3)
recommendations-country_hint = Seules les recommandations adressées à cet État sont conservées, par exemple SVN pour la Slovénie.
recommendations-symbol = Cote du document
recommendations-symbol_optional = Cote du document (facultatif)
recommendations-symbol_hint_report = La cote du rapport, par exemple A/HRC/59/15 : les recommandations sont citées avec elle.
recommendations-symbol_hint_other = Nécessaire seulement si le fichier n’indique pas à quel rapport appartiennent ses lignes.
recommendations-mapping_title = Contenu de chaque colonne ({ $n ->
        [one] { $n } ligne
       *[other] { $n } lignes
    })
recommendations-no_column = — aucune —
recommendations-column_n = Colonne { $n }
recommendations-preview_caption = Les premières lignes du fichier
recommendations-import = Importer
recommendations-importing = Importation en cours…
recommendations-importing_percent = Importation en cours… { $percent } %
recommendations-cancel_import = Annuler l’importation
recommendations-import_done = Importées : { $imported } ; mises à jour : { $updated } ; inchangées : { $unchanged } ; ignorées : { $skipped }.
recommendations-close = Fermer
recommendations-picker_label = Trouver une recommandation
recommendations-picker_hint = Saisissez des mots de son texte, un État ou un numéro de paragraphe ; choisissez-en une pour la citer.
recommendations-picker_none = Aucun résultat pour « { $query } ».
recommendations-picker_or_type = Ou citez un autre document par sa cote :
recommendations-import_kind-report = Rapport du Groupe de travail sur l’EPU (texte)
recommendations-import_kind-thematic_list = Liste thématique des recommandations du HCDH (Word)
recommendations-import_kind-uhri = Export de l’Index universel des droits de l’homme (JSON)
recommendations-import_kind-csv = Fichier CSV
recommendations-import_kind_hint-report = Une recommandation par numéro (140.1, 140.2…), avec les États qui l’ont formulée.
recommendations-import_kind_hint-thematic_list = Attribue à chaque recommandation la réponse de l’État (acceptée, dont il a été pris note), ses thèmes et ses ODD ; met à jour celles déjà importées depuis le rapport.
recommendations-import_kind_hint-uhri = L’export complet de uhri.ohchr.org (environ 360 Mo), lu en flux en ne conservant qu’un seul État. L’importation d’un export plus récent met à jour les données existantes.
recommendations-import_kind_hint-csv = Un tableur enregistré au format CSV ; vous indiquez le contenu de chaque colonne.
recommendations-csv_field-text = Texte
recommendations-csv_field-symbol = Cote du document
recommendations-csv_field-paragraph = Paragraphe
recommendations-csv_field-recommending_states = États ayant formulé la recommandation
recommendations-csv_field-response = Réponse
recommendations-csv_field-themes = Thèmes
recommendations-csv_field-sdgs = ODD
recommendations-csv_field-mechanism = Mécanisme
recommendations-csv_field-cycle = Cycle
recommendations-response-supported = Acceptée
recommendations-response-partially_supported = Partiellement acceptée
recommendations-response-noted = Dont il a été pris note
recommendations-response-pending = En attente
recommendations-competence-exclusive = Exclusive
recommendations-competence-shared = Partagée
recommendations-competence-none = Aucune
recommendations-competence-unknown = Inconnue
recommendations-local_status-not_started = Pas commencée
recommendations-local_status-in_progress = En cours
recommendations-local_status-implemented = Mise en œuvre
recommendations-local_status-not_applicable = Sans objet
recommendations-source-uhri = l’export de l’Index universel des droits de l’homme
recommendations-source-report = un rapport du Groupe de travail
recommendations-source-thematic_list = une liste thématique
recommendations-source-csv = un fichier CSV
recommendations-source-manual = saisie manuelle

# Enumerations from the core
stage-upcoming = À venir
stage-drafting = Rédaction
stage-submitted = Contribution soumise
stage-under_review = Examen en cours
stage-outcome_adopted = Document final adopté
stage-follow_up = Suivi

kind-window_opens = Ouverture de la période de dépôt des contributions
kind-window_closes = Clôture de la période de dépôt des contributions
kind-pre_session = Groupe de travail de présession
kind-session = Session
kind-outcome_adoption = Adoption du document final
kind-follow_up_due = Échéance du suivi
kind-internal = Jalon interne
kind-state_report = Rapport de l’État (étape de l’État)

submission_status-planned = Prévue
submission_status-drafting = En rédaction
submission_status-internal_review = Relecture interne
submission_status-approved = Approuvée
submission_status-submitted = Soumise
submission_status-acknowledged = Réception confirmée

# Word export and import (issue 7)
export-word = Exporter au format Word…
export-word_busy = Exportation en cours…
export-word_hint = Un document Word (.docx) avec l’en-tête, les paragraphes numérotés et les notes de bas de page, comme dans le PDF.
export-word_asked = Ce mécanisme demande des fichiers Word : exportez le .docx pour l’envoyer.
export-word_saved = Enregistré sous { $path }.
export-cancelled = Aucun fichier n’a été choisi ; rien n’a été exporté.
export-must_fix_question = Ces points doivent être corrigés avant l’envoi de la contribution. Exporter quand même ?
export-must_fix_list = À corriger
export-anyway = Exporter quand même
export-not_exported = Rien n’a été exporté. Les vérifications à côté du texte indiquent ce qu’il faut corriger.
# PDF export and preview (issue 4)
export-region = Exportation et importation
export-pdf = Exporter au format PDF…
export-pdf_busy = Exportation du PDF en cours…
export-pdf_hint = Le PDF à envoyer : en-tête, paragraphes numérotés, notes en bas de chaque page.
export-pdf_asked = Ce mécanisme demande des fichiers PDF : exportez le PDF pour l’envoyer.
export-pdf_saved =
    { $pages ->
        [one] Enregistré sous { $path } ({ $pages } page).
       *[other] Enregistré sous { $path } ({ $pages } pages).
    }
export-preview = Aperçu du PDF
export-preview_title = Aperçu du PDF
export-preview_loading = Mise en page du PDF…
export-preview_pages =
    { $pages ->
        [one] { $pages } page, exactement telle que l’écrit « Exporter au format PDF… ».
       *[other] { $pages } pages, exactement telles que les écrit « Exporter au format PDF… ».
    }
export-preview_pages_region = Pages du PDF
export-preview_page = Page { $n } sur { $total }
export-preview_unreadable = L’aperçu n’a pas pu afficher le PDF ({ $detail }). « Exporter au format PDF… » écrit quand même le fichier.
export-preview_close = Fermer
word_import-section = Importer le document d’un service…
word_import-section_hint = Un fichier Word (.docx) ou Markdown devient une nouvelle section à la fin de cette contribution.
word_import-section_added = Le document a été ajouté comme section « { $title } ».
word_import-cancelled = Aucun fichier n’a été choisi ; rien n’a été importé.
word_import-notices_title = Ce que l’importation a modifié ou laissé de côté
word_import-open_submission = Ouvrir la nouvelle contribution
# Consultations on the engagement screen (issue 8, personal data)
consultations-title = Consultations
consultations-hint = Les personnes et organisations consultées par la ville pour cette participation : la section « Méthodologie et consultations » d’une contribution.
consultations-add = Ajouter une consultation
consultations-none = Aucune consultation enregistrée pour l’instant. Ajoutez les réunions, enquêtes et contributions écrites qui ont nourri la contribution.
consultations-col_date = Date
consultations-col_topic = Thème
consultations-col_format = Format
consultations-col_participants = Participants
consultations-col_actions = Actions
consultations-kept_until = Données personnelles conservées jusqu’au { $date }
consultations-removed = données personnelles supprimées
consultations-count =
    { $n ->
        [one] { $n } participant
       *[other] { $n } participants
    }
consultations-add_title = Ajouter une consultation
consultations-edit_title = Modifier la consultation
consultations-saved = Consultation enregistrée.
consultations-deleted = Consultation supprimée.
consultations-delete_question = Supprimer la consultation « { $topic } » et sa liste de participants ? Cette opération est irréversible (les sauvegardes faites auparavant la contiennent encore).
consultations-delete_confirm = Supprimer définitivement
consultation_form-date = Date
consultation_form-topic = Thème
consultation_form-format = Format
consultation_form-choose_format = Choisir la forme de la consultation…
consultation_form-submission = Pour la contribution
consultation_form-no_submission = Aucune en particulier
consultation_form-notes = Notes
consultation_form-participants = Participants
consultation_form-participants_hint = Les personnes sont des données personnelles : elles sont conservées pendant la durée fixée dans les Paramètres, puis affichées sous la forme « Participant 1 », « Participant 2 »… Indiquez un groupe nombreux (répondants à une enquête) par un nombre dans les notes.
consultation_form-participant = Participant { $n }
consultation_form-name = Nom
consultation_form-organisation = Organisation
consultation_form-organisation_hint = Choisissez l’une de vos parties prenantes pour l’y rattacher, ou saisissez n’importe quelle organisation.
consultation_form-role = Fonction
consultation_form-email = Adresse électronique
consultation_form-phone = Téléphone
consultation_form-consent = A accepté d’être nommé dans la contribution
consultation_form-person_notes = Notes sur cette personne
consultation_form-of_participant = { " " }(participant { $n })
consultation_form-anonymised = Données personnelles supprimées ; l’organisation est conservée.
consultation_form-add_participant = Ajouter un participant
consultation_form-remove_participant = Retirer le participant { $n }
consultation_format-meeting = Réunion
consultation_format-workshop = Atelier
consultation_format-survey = Enquête
consultation_format-written_input = Contribution écrite
consultation_format-interview = Entretien
consultation_format-public_hearing = Audition publique
consultation_format-other = Autre
# Settings → Personal data
personal-title = Données personnelles
personal-intro = Les fiches de consultation nomment des personnes. Leurs noms, fonctions, adresses électroniques, numéros de téléphone et les notes les concernant sont conservés pendant la durée ci-dessous à compter de la date de la consultation. Ensuite, chaque personne devient « Participant 1 », « Participant 2 »… : la consultation est conservée, avec sa date, son thème, les organisations et le nombre de participants.
personal-months = Durée de conservation des données personnelles (mois)
personal-months_hint = 24 mois correspondent à deux ans. L’enregistrement ne supprime rien par lui-même : la suppression s’effectue à chaque démarrage de l’application, ainsi qu’avec le bouton ci-dessous.
personal-months_save = Enregistrer la durée
personal-months_saved = Enregistré : les données personnelles sont conservées { $months } mois après chaque consultation.
personal-expired_none = Aucune donnée personnelle n’a actuellement dépassé cette durée.
personal-expired =
    { $n ->
        [one] Les données personnelles de { $n } participant ont dépassé cette durée (consultations tenues le { $date } ou avant).
       *[other] Les données personnelles de { $n } participants ont dépassé cette durée (consultations tenues le { $date } ou avant).
    }
personal-purge = Supprimer les données personnelles expirées
personal-purged = Données personnelles supprimées : { $n ->
        [one] { $n } participant
       *[other] { $n } participants
    } dans { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    }.
personal-purged_none = Aucune donnée n’avait dépassé la durée de conservation ; rien n’a été modifié.
personal-startup = Au démarrage de l’application, les données personnelles de { $n ->
        [one] { $n } participant
       *[other] { $n } participants
    } dans { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    } ont été supprimées (durée de conservation dépassée).
personal-backups_note = Les sauvegardes faites avant une suppression ou un effacement contiennent encore les anciennes données jusqu’à leur rotation (au plus tard après 8 semaines), de même que tout fichier d’espace de travail exporté auparavant.
personal-find_title = Rechercher et effacer une personne
personal-find_hint = Recherche une personne par son nom ou son adresse électronique dans les consultations, les contacts et notes des parties prenantes, le contact de la ville, les responsables de section et les services.
personal-query = Nom ou adresse électronique
personal-find = Rechercher
personal-found_none = Personne n’a été trouvé pour « { $query } ».
personal-appears = Apparaît dans :
personal-by_hand = non modifié automatiquement : modifiez le texte, ou cochez la case ci-dessous lors de l’effacement
personal-erase = Effacer { $name }…
personal-erase_question = Effacer { $name } partout ? Dans chaque consultation, la personne devient « Participant n » ; son nom et son adresse électronique sont retirés des emplacements ci-dessous. Cette opération est irréversible.
personal-erase_confirm = Effacer partout
personal-erased = Effacement effectué : { $p ->
        [one] { $p } participant anonymisé
       *[other] { $p } participants anonymisés
    } dans { $c ->
        [one] { $c } consultation
       *[other] { $c } consultations
    }, { $o ->
        [one] { $o } autre champ vidé
       *[other] { $o } autres champs vidés
    }.
personal-erased_drafts = Encore mentionné dans des projets (à modifier manuellement) : { $places }.
personal-in_text = Remplacer aussi le nom et l’adresse électronique dans les projets et leur historique
personal-in_text_hint = Chaque mention dans le texte des sections, des notes de bas de page et des tableaux, ainsi que dans leurs versions antérieures, devient « [nom supprimé] » ou « [adresse supprimée] ». Une section ouverte dans un éditeur doit alors être rechargée. Le fichier enregistré comme envoyé à l’ONU est conservé tel quel : il constitue la trace de ce qui a été envoyé.
personal-erased_text = Dans le texte : { $s ->
        [one] { $s } section
       *[other] { $s } sections
    } et { $r ->
        [one] { $r } version antérieure
       *[other] { $r } versions antérieures
    } modifiées.

# The Library: what the UN has said about local government (entries come from the core)
nav-library = Bibliothèque
library-title = Bibliothèque
library-intro = Ce que l’ONU a dit sur les collectivités locales et les droits de l’homme : les résolutions du Conseil des droits de l’homme, les rapports établis à son intention, et des guides sur l’établissement des rapports nationaux et les examens locaux. Chaque entrée explique son intérêt pour une ville. Dans une contribution, citez le document lui-même, par sa cote.
library-filter = Rechercher dans la Bibliothèque
library-filter_hint = Une partie d’une cote, d’un titre ou d’un résumé, par exemple « 30/49 » ou « logement ».
library-order = Ordre
library-order_kind = Par type, du plus ancien au plus récent
library-order_newest = Les plus récents d’abord
library-count = { $shown ->
        [one] { $shown } entrée affichée sur { $total }.
       *[other] { $shown } entrées affichées sur { $total }.
    }
library-none_match = Aucune entrée ne correspond à « { $query } ». Essayez moins de mots ou d’autres mots.
library-empty = La Bibliothèque ne contient aucune entrée.
library-kind_heading-resolution = Résolutions du Conseil des droits de l’homme
library-kind_heading-report = Rapports
library-kind_heading-guide = Guides
library_kind-resolution = Résolution
library_kind-report = Rapport
library_kind-guide = Guide
library-no_symbol = sans cote ONU
library-date_unknown = date inconnue
library-why = Intérêt pour une ville :
library-not_verified = Non vérifié
library-not_verified_hint = Vérifiez-le avant de le citer :
library-open = Ouvrir le document
library-open_label = Ouvrir le document : { $name }
library-address = Adresse : { $url }
library-no_address = Aucune adresse connue : recherchez le document par son titre.
library-checked = Vérifié sur { $source }, le { $date }.
library-symbol_title = { $symbol } — { $title }
library-see_in = Voir dans la Bibliothèque :
# The implementation plan (#15): actions, indicators, measurements.
nav-plan = Plan
plan-title = Plan de mise en œuvre
plan-intro = Ce que fait la ville pour donner suite aux recommandations reçues, et comment elle mesure les progrès.
plan-new_action = Nouvelle action
plan-edit_action = Modifier l’action
plan-empty_title = Aucune action pour l’instant
plan-empty = Importez des recommandations, puis ajoutez les actions que la ville mène pour y donner suite.
plan-go_to_recommendations = Aller aux Recommandations
plan-group_by = Regrouper par
plan-by_department = Service chef de file
plan-by_status = Statut
plan-no_department = Aucun service chef de file
plan-status = Statut
plan-status-planned = Prévue
plan-status-in_progress = En cours
plan-status-done = Terminée
plan-status-delayed = Retardée
plan-status-dropped = Abandonnée
plan-action_title = Titre
plan-description = Description
plan-department = Service chef de file
plan-partners = Partenaires
plan-start = Début
plan-due = Échéance
plan-budget_line = Ligne budgétaire
plan-sdg_targets = Cibles des ODD
plan-sdg_targets_hint = Numéros de cible tels que 11.1, séparés par des points-virgules.
plan-recommendations_addressed = Recommandations auxquelles elle donne suite
plan-chosen = { $n ->
        [one] { $n } choisie
       *[other] { $n } choisies
    }
plan-find_recommendation = Trouver une recommandation
plan-find_recommendation_hint = Mots de son texte, une cote ou un État ; cochez chacune de celles auxquelles l’action donne suite.
plan-no_recommendation_found = Aucune recommandation importée ne correspond à « { $query } ».
plan-no_recommendations = Aucune recommandation n’a encore été importée : importez-les d’abord dans l’écran Recommandations.
plan-more_recommendations = Affichage des { $shown } premières sur { $total } : lancez une recherche pour trouver les autres.
plan-addresses = Donne suite à
plan-indicators = Indicateurs
plan-recommendation_indicators = Indicateurs des recommandations
plan-add_indicator = Ajouter un indicateur
plan-add_indicator_label = Ajouter un indicateur à { $title }
plan-add_indicator_to = Ajouter un indicateur à « { $subject } »
plan-edit_label = Modifier { $title }
plan-delete_label = Supprimer { $title }
plan-delete_question = Supprimer l’action « { $title } » avec ses indicateurs et ses mesures ?
plan-delete_confirm = Supprimer l’action
plan-created = Action « { $title } » ajoutée.
plan-updated = Action « { $title } » enregistrée.
plan-deleted = Action « { $title } » supprimée.
plan-indicator_added = Indicateur « { $name } » ajouté.
plan-measurement_recorded = Mesure de « { $name } » enregistrée.
plan-indicator_name = Nom
plan-unit = Unité
plan-unit_hint = Par exemple ménages, % ou µg/m³.
plan-baseline_value = Valeur de référence
plan-baseline_date = Date de référence
plan-target_value = Valeur cible
plan-target_date = Date cible
plan-sdg_indicator = Indicateur mondial des ODD
plan-sdg_indicator_hint = Son code, par exemple 11.1.1.
plan-sdg_indicator_short = Indicateur ODD { $code }
plan-baseline = Référence
plan-target = Cible
plan-latest = Dernière valeur
plan-none_yet = aucune pour l’instant
plan-amount = { $value } { $unit }
plan-value_on = { $value } le { $date }
plan-value_by = { $value } d’ici le { $date }
plan-progress = { $percent } du chemin vers la cible
plan-progress_label = Progression de { $name }
plan-no_measurement = Aucune mesure pour l’instant : enregistrez-en une pour voir la progression.
plan-progress_unknown = La progression ne peut pas être calculée : la cible est égale à la valeur de référence.
plan-record_measurement = Enregistrer une mesure
plan-record_measurement_of = Enregistrer une mesure de « { $name } »
plan-value = Valeur
plan-value_in = Valeur ({ $unit })
plan-measured_on = Date
plan-source = Source
plan-source_hint = Provenance de la valeur, par exemple un registre ou une enquête.
plan-record = Enregistrer

# Exports: the front matter's labels, in the submission's language (src/app/front_matter.rs)
# A front matter label and its colon, ready for the value ("Mechanism: "; French puts a no-break space
# before the colon, Chinese writes the full-width colon).
front_matter-label = { $label }{"\u00A0"}:{" "}
front_matter-title = Titre
front_matter-submitted_by = Présentée par
front_matter-joint_by = Contribution conjointe de
front_matter-mechanism = Mécanisme
front_matter-engagement = Participation
front_matter-state = État examiné
front_matter-session = Session
front_matter-contact = Contact
front_matter-publication = Publication
front_matter-may_publish = Cette contribution peut être publiée.
front_matter-confidential = Cette contribution est confidentielle et ne peut pas être publiée.
front_matter-word_count = Nombre de mots
front_matter-date = Date
# The alternative text of the city's logo in an exported Word file.
export-logo_alt = Logo de { $city }
# $words is the number as written (2,410), $count the same number (for the plural form).
front_matter-words =
    { $count ->
        [one] { $words } mot
       *[other] { $words } mots
    }
front_matter-words_limit =
    { $count ->
        [one] { $words } mot (limite { $limit })
       *[other] { $words } mots (limite { $limit })
    }
# How a long date is written in an export (chrono's strftime, with the language's month names).
meta-date_pattern = %-d %B %Y
# The thousands separator of counts in an export: none where a no-break space would be
# needed (a no-break space separates words, and the word count line must count the same).
meta-thousands = { "" }
# The decimal separator of a value in a generated report (an indicator's "12.5 km"), as the
# language writes it with Latin digits (CLDR): a comma in French, Spanish and Russian.
meta-decimal_separator = { "," }

# The mechanisms' names as the UN writes them in this language (UNTERM; the English ones are
# those of assets/reference/mechanisms.json, which tests/catalogue.rs compares). To be checked
# by a reviewer of each language against UNTERM: entered without access to it.
mechanism-UPR = Examen périodique universel
# The UPR's acronym as the UN writes it in the language (EPU in French and Spanish, УПО in Russian; the
# treaty bodies keep their acronyms, as OHCHR's pages in every language do).
mechanism_acronym-UPR = EPU
mechanism-CCPR = Comité des droits de l’homme
mechanism-CESCR = Comité des droits économiques, sociaux et culturels
mechanism-CERD = Comité pour l’élimination de la discrimination raciale
mechanism-CEDAW = Comité pour l’élimination de la discrimination à l’égard des femmes
mechanism-CAT = Comité contre la torture
mechanism-SPT = Sous-comité pour la prévention de la torture
mechanism-CRC = Comité des droits de l’enfant
mechanism-CMW = Comité des travailleurs migrants
mechanism-CRPD = Comité des droits des personnes handicapées
mechanism-CED = Comité des disparitions forcées
mechanism-SP = Procédures spéciales du Conseil des droits de l’homme
# The treaty a committee oversees, as the UN writes its title in this language (shown under the committee's name).
treaty-CCPR = Pacte international relatif aux droits civils et politiques
treaty-CESCR = Pacte international relatif aux droits économiques, sociaux et culturels
treaty-CERD = Convention internationale sur l’élimination de toutes les formes de discrimination raciale
treaty-CEDAW = Convention sur l’élimination de toutes les formes de discrimination à l’égard des femmes
treaty-CAT = Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants
treaty-SPT = Protocole facultatif se rapportant à la Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants
treaty-CRC = Convention relative aux droits de l’enfant
treaty-CMW = Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille
treaty-CRPD = Convention relative aux droits des personnes handicapées
treaty-CED = Convention internationale pour la protection de toutes les personnes contre les disparitions forcées

# The plan screen, its charts, its dates on the calendar and SDGs of recommendations (#15,
# parts 2, 4 and 5).
plan-by_theme = Thème
plan-by_sdg = ODD
plan-no_theme = Sans thème
plan-no_goal = Sans ODD
plan-goal_n = ODD { $n }
plan-filters = Filtrer les actions
plan-any_status = Tous les statuts
plan-any_department = Tous les services
plan-filter_status = Statut à afficher
plan-filter_department = Service à afficher
plan-filter_goal = ODD à afficher
plan-any_goal = Tous les ODD
plan-only_overdue = En retard uniquement
plan-clear_filters = Effacer les filtres
plan-shown_of = Actions affichées : { $shown } sur { $total }.
plan-no_match = Aucune action ne correspond à ces filtres.
plan-overdue = en retard
plan-show_details = Afficher les détails
plan-open_plan = Ouvrir le plan de mise en œuvre
plan-hide_details = Masquer les détails
plan-no_measurements_yet = Aucune mesure pour l’instant.
plan-measurements_of = Mesures de { $name }
charts-show_table = Afficher sous forme de tableau
charts-hide_table = Masquer le tableau
charts-actions_by_department = Actions par statut et par service
charts-actions_axis = Actions
charts-indicator_over_time = { $name } : valeurs par rapport à la cible
charts-measured = Valeurs mesurées
charts-target = Cible
calendar-plan_legend = Plan de mise en œuvre
calendar-plan_badge = Plan
calendar-plan_due = Échéance : { $title }
calendar-plan_target = Date cible : { $title }
calendar-tag_done = terminée
reminder-plan_which = { $n ->
        [one] plan, rappel à { $n } jour
       *[other] plan, rappel à { $n } jours
    }
recommendations-sdg_goals = Objectifs de développement durable
recommendations-sdg_targets = Cibles des ODD liées par la ville
recommendations-no_sdg_goals = Aucun indiqué par la source.
recommendations-no_sdg_targets = Aucune liée pour l’instant.
recommendations-link_sdg_target = Lier une cible des ODD
recommendations-choose_sdg_target = Choisir une cible…
recommendations-link = Lier
recommendations-unlink = Dissocier
recommendations-unlink_label = Dissocier la cible { $code } des ODD
recommendations-sdg_linked = Cible { $code } des ODD liée.
recommendations-sdg_unlinked = Cible { $code } des ODD dissociée.

# --- exports in the document's language (page numbers, follow-up matrix, calendar file, generated reports) ---
# The page number in the footer of the PDF and Word files (the Word file puts its PAGE and NUMPAGES fields where the variables are).
export-page_of = Page { $page } sur { $pages }
# The follow-up matrix (CSV, Excel, PDF): column headers. An Excel workbook comes back in any language, so two columns must never share a header.
matrix-column-id = ID
matrix-column-symbol = Cote
matrix-column-paragraph = Paragraphe
matrix-column-annotation_id = Identifiant d’annotation de l’Index universel
matrix-column-recommendation = Recommandation
matrix-column-recommending_states = États ayant formulé la recommandation
matrix-column-response = Réponse
matrix-column-mechanism = Mécanisme
matrix-column-themes = Thèmes
matrix-column-groups = Groupes de personnes
matrix-column-sdg_goals = Objectifs de développement durable
matrix-column-sdg_targets = Cibles des ODD
matrix-column-competence = Compétence
matrix-column-department = Service
matrix-column-actions = Actions
matrix-column-indicators = Indicateurs
matrix-column-local_status = Statut local
matrix-column-evidence = Éléments attestant la mise en œuvre
matrix-column-tags = Étiquettes
matrix-column-cited_in = Citée dans
# The Excel sheet's name: at most 31 characters, none of [ ] : * ? / \
matrix-sheet = Matrice de mise en œuvre
matrix-title = Suivi des recommandations
matrix-title_to = Suivi des recommandations adressées à { $state }
matrix-city = Ville
matrix-document = Document
matrix-recommendations = Recommandations
matrix-date = Date
matrix-subject = Matrice de suivi des recommandations
matrix-reference = { $symbol }, par. { $paragraph }
matrix-response_is = Réponse : { $response }
matrix-cited_in_is = Citée dans : { $submissions }
# The calendar file (.ics): the calendar's name, event descriptions and alarms.
calendar_file-name = Échéances CityRights
calendar_file-end_of_day = { $date }, fin de journée
calendar_file-until = { $from } jusqu’au { $date }
calendar_file-engagement = Participation : { $name }
calendar_file-mechanism = Mécanisme : { $name }
calendar_file-due = Échéance : { $when }, fuseau horaire { $zone }
calendar_file-estimate = ESTIMATION, et non une date officielle. Fondement : { $basis }
calendar_file-basis_not_given = non indiqué
calendar_file-notes = Notes : { $notes }
calendar_file-summary_estimate = { $acronym } : { $title } (estimation)
calendar_file-due_today = Échéance aujourd’hui : { $summary }
calendar_file-due_tomorrow = Échéance demain : { $summary }
calendar_file-due_in =
    { $days ->
        [one] Échéance dans { $days } jour : { $summary }
       *[other] Échéance dans { $days } jours : { $summary }
    }
calendar_file-days_before =
    { $days ->
        [one] { $summary } : { $days } jour avant
       *[other] { $summary } : { $days } jours avant
    }
calendar_file-plan_due = Plan : { $title } (échéance)
calendar_file-plan_target = Plan : { $title } (date cible)
calendar_file-plan_action_due = Plan de mise en œuvre : échéance d’une action
calendar_file-plan_indicator_target = Plan de mise en œuvre : date cible d’un indicateur
calendar_file-plan_for = Pour : { $value }
calendar_file-plan_department = Service : { $value }
calendar_file-plan_status = Statut : { $value }
# Generated reports (report generate): titles, the template sections' titles (by template and place), labels and sentences.
report-title-upr-midterm = Rapport à mi-parcours sur la mise en œuvre des recommandations de l’EPU
report-title-tb-follow-up = Informations pour la procédure de suivi
report-title-local = Rapport local sur les droits de l’homme
report-recommended_by = Recommandation formulée par { $states }
report-response_label = Réponse de l’État :
report-status_label = Statut dans la ville :
report-department_is = service responsable : { $department }
report-actions_label = Actions :
report-indicators_label = Indicateurs :
report-evidence_label = Éléments attestant la mise en œuvre :
report-due = échéance le { $date }
report-no_due = sans échéance
report-latest = dernière valeur { $value } ({ $date })
report-not_measured = pas encore mesuré
report-target = cible { $value } d’ici le { $date }
report-baseline = valeur de référence { $value } ({ $date })
report-progress = { $percent } % du chemin vers la cible
report-source = source : { $source }
report-table_total = Total
report-no_theme = Sans thème
report-no_department = Sans service
report-no_sdg = Sans ODD
report-chart_title-status_by_theme = Recommandations selon leur statut dans la ville, par thème
report-chart_title-status_by_department = Recommandations selon leur statut dans la ville, par service responsable
report-chart_title-status_by_sdg = Recommandations selon leur statut dans la ville, par objectif de développement durable
report-chart_group-status_by_theme = Thème
report-chart_group-status_by_department = Service
report-chart_group-status_by_sdg = Objectif de développement durable
report-chart_summary_of =
    { $total ->
        [one] Sur { $total } recommandation du document { $symbol } : { $counts }.
       *[other] Sur { $total } recommandations du document { $symbol } : { $counts }.
    }
report-chart_summary =
    { $total ->
        [one] Sur { $total } recommandation : { $counts }.
       *[other] Sur { $total } recommandations : { $counts }.
    }
report-chart_more = Le graphique présente les { $shown } groupes les plus importants sur { $all } ; le tableau ci-dessous les énumère tous.
report-introduction_of = Le présent rapport de { $city } expose ce que la ville a fait au sujet des recommandations du document { $symbol } adressées à { $state }. Il a été établi à partir du plan de mise en œuvre de la ville : les recommandations dont elle assure le suivi, les actions que conduisent ses services, les indicateurs qu’elle mesure et les éléments qu’elle a consignés.
report-introduction = Le présent rapport de { $city } expose ce que la ville a fait au sujet des recommandations des mécanismes des droits de l’homme de l’Organisation des Nations Unies adressées à { $state }. Il a été établi à partir du plan de mise en œuvre de la ville : les recommandations dont elle assure le suivi, les actions que conduisent ses services, les indicateurs qu’elle mesure et les éléments qu’elle a consignés.
report-coverage =
    { $covered ->
        [one] Sur les { $total } recommandations enregistrées, { $covered } concerne l’action de la ville : celle pour laquelle la ville a prévu une action ou enregistré un statut autre que « pas commencée ». Elle est citée ci-après avec son numéro, son texte, la réponse de l’État, son statut dans la ville, les actions, les dernières valeurs des indicateurs au regard de leurs cibles et les éléments attestant la mise en œuvre.
       *[other] Sur les { $total } recommandations enregistrées, { $covered } concernent l’action de la ville : celles pour lesquelles la ville a prévu une action ou enregistré un statut autre que « pas commencée ». Chacune est citée ci-après avec son numéro, son texte, la réponse de l’État, son statut dans la ville, les actions, les dernières valeurs des indicateurs au regard de leurs cibles et les éléments attestant la mise en œuvre.
    }
report-none_covered = Aucune recommandation n’a encore d’action ni de statut autre que « pas commencée ». Enregistrez des actions et des statuts dans le plan de mise en œuvre, puis générez à nouveau le rapport.
report-count_actions =
    { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
report-count_departments =
    { $n ->
        [one] { $n } service
       *[other] { $n } services
    }
report-count_indicators =
    { $n ->
        [one] { $n } indicateur
       *[other] { $n } indicateurs
    }
report-methodology = Les informations proviennent du plan de mise en œuvre de la ville : { $actions }, sous la conduite de { $departments }, et { $indicators } avec leurs valeurs de référence, leurs cibles et leurs mesures. Chaque chiffre est donné avec sa date et sa source.
report-consultations_intro = La ville a tenu les consultations suivantes lors de l’élaboration du présent rapport :
report-no_consultations = Aucune consultation n’est encore enregistrée pour cette participation.
report-consultation = { $date }, { $format } : { $topic }.
report-consultation_participants =
    { $n ->
        [one] { $date }, { $format } : { $topic } ({ $n } participant).
       *[other] { $date }, { $format } : { $topic } ({ $n } participants).
    }
report-chart_intro = La figure présente les recommandations selon leur statut dans la ville, thème par thème.
report-next_steps = La ville poursuivra les actions énumérées ci-dessus et en rendra compte dans son prochain rapport. [Ajoutez les priorités et les dates arrêtées par la ville.]
report-obstacles = [Décrivez ce qui fait obstacle : compétences relevant d’autres niveaux de gouvernement, financement, données.]
report-foreword = [Un mot du maire ou du conseil de { $city } : pourquoi la ville rend compte en matière de droits de l’homme, et la période couverte.]
report-commitments = [Les engagements pris par la ville en matière de droits de l’homme, et les organes qui les portent.]
report-contact_none = [La personne de la ville qui répond aux questions sur le présent rapport.]
report-contact = Contact : { $contact }.
report-theme_summary =
    { $total ->
        [one] { $name } : { $total } recommandation ({ $counts }).
       *[other] { $name } : { $total } recommandations ({ $counts }).
    }
report-column-indicator = Indicateur
report-column-baseline = Valeur de référence
report-column-target = Cible
report-column-latest = Dernière valeur
report-column-progress = Progrès
report-column-source = Source
report-other_recommendations = Autres recommandations
report-the_state = l’État
report-the_city = La ville
# The implementation matrix's indicator cell (Excel): a measurement, and the indicator's line.
matrix-measured = { $value } le { $date }
matrix-indicator_line = { $name } : { $latest } (valeur de référence { $baseline } le { $baseline_date }, cible { $target } d’ici le { $target_date })

# --- a file given to the app (double-clicked) ---
launch-workspace = « { $name } » est un espace de travail CityRights complet. L’importer ? Il remplace l’espace de travail de cet ordinateur ; une sauvegarde de l’espace actuel est conservée auparavant.
launch-request = « { $name } » vous demande un apport. L’ouvrir ? L’espace de travail de cet ordinateur devient un espace d’apport qui ne contient que ce qui a été envoyé ; s’il contient déjà du travail, une sauvegarde en est conservée auparavant.
launch-return = « { $name } » est la réponse d’un service à une demande d’apport. L’importer dans la file des apports ? Rien ne change tant que vous ne l’avez pas acceptée.
launch-open = Ouvrir
launch-import = Importer
launch-unknown_title = Ce fichier ne peut pas être ouvert
launch-unknown = CityRights ne peut pas ouvrir « { $name } » : ce n’est ni un espace de travail ni un fichier d’apport.
# --- core messages (compliance checks, proposed timelines, import notices, CLI, dialogs) ---
core-list_separator = {", "}
# Between names or clauses that may hold commas of their own (co-submitters in the front matter,
# the parts of an indicator's sentence in a report): French puts a no-break space before it,
# Arabic and Chinese write their own semicolon.
core-clause_separator = {"\u00A0; "}
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
core-quoted = «{"\u00A0"}{ $text }{"\u00A0"}»
core-verbatim = { $text }
core-short_date_pattern = %a %-d %b %Y
core-medium_date_pattern = %-d %b %Y
core-day_month_pattern = %-d %B
core-month_year_pattern = %B %Y
compliance-over_limit = La contribution compte { $words } mots, titre, en-tête du document et intitulés compris, comme les compte Word ; la limite est de { $limit }. { $excess ->
        [one] Supprimez { $excess } mot.
       *[other] Supprimez { $excess } mots.
    }
compliance-over_limit_joint = La contribution compte { $words } mots, titre, en-tête du document et intitulés compris, comme les compte Word ; la limite est de { $limit } pour une contribution conjointe. { $excess ->
        [one] Supprimez { $excess } mot.
       *[other] Supprimez { $excess } mots.
    }
compliance-no_limit = Aucune limite de mots n’est connue pour ce mécanisme. Vérifiez l’appel ou la note d’information de la session et indiquez-la dans les règles de la participation.
compliance-empty_section = La section « { $title } » est vide.
compliance-no_city_profile = Le profil de la ville n’est pas renseigné : l’en-tête du document ne peut pas nommer la ville. Complétez-le dans les Paramètres.
compliance-no_contact = L’en-tête du document n’indique ni personne de contact ni adresse électronique. Ajoutez-les dans les Paramètres.
compliance-no_state = La participation ne nomme pas l’État examiné.
compliance-publication_undecided = Indiquez si la contribution peut être publiée : ce mécanisme le demande.
compliance-language_not_accepted = La langue de la contribution ({ $language }) ne figure pas parmi les langues acceptées par ce mécanisme ({ $accepted }).
compliance-language_not_usual = La langue de la contribution ({ $language }) ne figure pas parmi les langues habituellement acceptées ({ $accepted }) ; aucune règle du mécanisme ne le précise : vérifiez l’appel ou la note d’information.
compliance-either = { $a } ou { $b }
compliance-formats = Ce mécanisme demande des fichiers { $formats }.
compliance-formats_noted = { $note } Exportez au format { $formats }.
compliance-end_of_day = fin de journée
compliance-deadline_soon =
    L’échéance « { $title } » tombe dans { $days ->
        [0] moins d’un jour
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $date } { $time }, { $zone }).
compliance-deadline_passed = L’échéance « { $title } » est passée depuis le { $date } ({ $zone }).
compliance-rule_stale = La source de la limite de mots et des règles ({ $date }) a plus de 12 mois. Vérifiez-la avant de vous y fier.
compliance-rule_stale_undated = La source de la limite de mots et des règles n’est pas datée et n’a pas été consultée au cours des 12 derniers mois. Vérifiez-la avant de vous y fier.
timeline-no_zone = L’ONU donne cette date sans fuseau horaire : elle est placée dans votre propre fuseau.
timeline-hrc_known = la session CDH{ $number } du Conseil s’ouvre le { $date } ({ $source })
timeline-hrc_usual = la { $session } du Conseil s’ouvre habituellement vers le { $date } ; les jours exacts restent une estimation jusqu’à ce que le Conseil les publie ({ $source })
timeline-hrc_session_2 = session de février à avril
timeline-hrc_session_6 = session de juin-juillet
timeline-hrc_session_9 = session de septembre-octobre
timeline-passed_window_closed = Selon cette estimation, la période de dépôt des contributions s’est close le { $date }. Consultez la page de l’ONU consacrée à cette session : il est peut-être trop tard pour présenter une contribution pour ce cycle.
timeline-passed_window_opened = Selon cette estimation, la période de dépôt des contributions s’est ouverte le { $date }.
timeline-date_passed = Cette date ({ $date }) est déjà passée.
timeline-upr_opens = Ouverture de la période de dépôt des contributions
timeline-upr_opens_basis = Estimation : environ six semaines avant la clôture — pour la 47e session de l’EPU, la période a couru du 27 février au 8 avril 2024 (système d’enregistrement des contributions à l’EPU du HCDH) et pour la 41e, du 21 février au 31 mars 2022 (selon UPR Info). Le HCDH annonce la période de chaque session : remplacez cette date par la sienne.
timeline-upr_closes = Clôture de la période de dépôt des contributions
timeline-upr_closes_basis = Estimation : environ sept mois avant la session du Groupe de travail — pour la 47e session de l’EPU, la période s’est close le 8 avril 2024 à 23 h 59, heure de Genève, pour une session du 4 au 15 novembre 2024 (système d’enregistrement des contributions à l’EPU du HCDH) ; pour la 41e, le 31 mars 2022 pour novembre 2022 (selon UPR Info, qui conseille de six à huit mois). Le HCDH annonce la date et l’heure réelles (23 h 59, heure de Genève) dans ce système : remplacez cette estimation par celles-ci.
timeline-upr_session = Session du Groupe de travail (examen)
timeline-upr_adoption_at = Adoption du document final à la session CDH{ $number }
timeline-upr_adoption = Adoption du document final au Conseil des droits de l’homme
timeline-upr_adoption_basis = Estimation : la première session ordinaire du Conseil des droits de l’homme qui s’ouvre au moins { $months } mois après la session du Groupe de travail ({ $source }) ; { $how }. Le document final est adopté au cours de cette session, pas nécessairement le premier jour. { $no_zone }
timeline-upr_midterm = Rapport à mi-parcours
timeline-upr_midterm_basis = Estimation : environ deux ans après l’adoption du document final ({ $date }). Le Haut-Commissaire encourage chaque État à présenter un rapport à mi-parcours volontaire « environ deux ans après l’adoption du document final de l’EPU » (lettre à la Slovénie après son examen du quatrième cycle, 1er octobre 2025) ; une ville peut rendre compte de son propre suivi au même moment. Aucune limite de mots, aucune voie de transmission ni aucun format n’est fixé pour le rapport à mi-parcours d’une ville. { $no_zone }
timeline-upr_note = Calendrier type de l’EPU. La période de dépôt des contributions se clôt à 23 h 59, heure de Genève ; toutes les dates ci-dessous, sauf celle de la session que vous avez indiquée, sont des estimations : vérifiez-les d’après les annonces du HCDH.
timeline-crc_deadline = Date limite des rapports avant le groupe de travail de présession de { $month }
timeline-crc_deadline_basis = Date limite fixe du Comité des droits de l’enfant selon la procédure simplifiée d’établissement des rapports : 1er décembre pour le groupe de travail de présession de février, 1er avril pour celui de juin, 1er août pour celui d’octobre (HCDH, Comité des droits de l’enfant, informations destinées à la société civile). Le groupe de travail qui examine cet État est estimé : celui qui se réunit environ trois mois avant la session (même page), ici { $month }. Consultez la page de la session du Comité. { $no_zone }
timeline-crc_group = Groupe de travail de présession ({ $month }, estimation)
timeline-crc_group_basis = Estimation : les groupes de travail de présession du Comité des droits de l’enfant se réunissent en février, juin et octobre, environ trois mois avant le dialogue (HCDH, même page) ; seul le mois ({ $month }) est estimé, pas les jours. { $no_zone }
timeline-dialogue = Session (dialogue avec l’État)
timeline-crc_note = La procédure simplifiée d’établissement des rapports du Comité des droits de l’enfant a des dates limites fixes (1er décembre, 1er avril, 1er août) ; selon la procédure ordinaire, elles diffèrent. Aucune contribution supplémentaire n’est reçue entre le groupe de travail de présession et la session.
timeline-follow_up_years =
    selon la procédure de suivi du comité, l’État rend compte dans un délai { $years ->
        [one] d’un an
       *[other] de { $years } ans
    } des recommandations retenues à la fin des observations finales (HCDH, « Suivi des observations finales »)
timeline-follow_up_cescr = le Comité des droits économiques, sociaux et culturels examine les rapports de suivi sur les recommandations retenues dans ses observations finales, dont le dernier paragraphe fixe le délai : cette date est provisoire (deux ans) — indiquez le délai qui y est fixé
timeline-state_follow_up = Rapport de suivi de l’État
timeline-state_follow_up_basis = Estimation : { $how }. Il s’agit du rapport de l’État, non de celui de la ville. { $no_zone }
timeline-city_follow_up = Informations de la ville au rapporteur chargé du suivi (facultatif, estimation)
timeline-city_follow_up_basis = Facultatif : le rapporteur chargé du suivi du comité examine toutes les sources d’information disponibles, dont les institutions nationales des droits de l’homme et les ONG (HCDH, « Suivi des observations finales »). Une ville peut faire savoir ce qu’elle a fait au sujet des recommandations retenues, vers le moment où l’État présente son rapport. { $no_zone }
timeline-spt_note = Le Sous-Comité pour la prévention de la torture n’examine pas de rapports d’États et ne tient pas de dialogue avec l’État : il visite les lieux où des personnes sont privées de liberté et conseille l’État et son mécanisme national de prévention. Ajoutez les dates que vous connaissez (une visite, une réunion avec le mécanisme national de prévention) comme jalons de votre ville.
timeline-cedaw_deadline = Date limite des rapports parallèles
timeline-cedaw_deadline_basis = Estimation : quatre semaines avant la session, selon IWRAW Asia Pacific pour les 80e (2021), 81e (2022) et 86e (2023) sessions du CEDAW (trois semaines pour la 73e, 2019). Consultez la note d’information de la session. { $no_zone }
timeline-cedaw_note = Seule la date limite habituelle du CEDAW est connue, selon une source tierce. Tout, sauf la session que vous avez indiquée, est une estimation ; l’ONU donne ces dates sans fuseau horaire, elles sont donc dans le vôtre.
timeline-no_deadline_note = Aucune date limite type de dépôt n’est connue pour le { $code } : elle est fixée pour chaque session dans la note d’information du comité. Ajoutez-la d’après celle-ci. Seule la session que vous avez indiquée est proposée.
timeline-no_deadline_follow_up_note = Aucune date limite type de dépôt n’est connue pour le { $code } : elle est fixée pour chaque session dans la note d’information du comité. Ajoutez-la d’après celle-ci. Seuls la session que vous avez indiquée et les jalons du suivi sont proposés.
timeline-sp_note = Aucun calendrier type n’est connu pour les procédures spéciales : chaque appel à contributions, visite ou rapport fixe sa propre date limite. Ajoutez-la d’après l’appel.
import_notice-tracked_changes =
    { $n ->
        [one] { $n } modification suivie a été acceptée : les insertions sont conservées, les suppressions écartées.
       *[other] { $n } modifications suivies ont été acceptées : les insertions sont conservées, les suppressions écartées.
    }
import_notice-comments =
    { $n ->
        [one] { $n } commentaire a été écarté.
       *[other] { $n } commentaires ont été écartés.
    }
import_notice-front_matter = L’en-tête d’un document exporté par CityRights ({ $lines }) n’a pas été importé : l’application le rédige d’après le profil de la ville et la participation.
import_notice-drawings =
    { $n ->
        [one] { $n } image, dessin ou zone de texte a été écarté : une contribution ne contient que du texte. Recopiez à la main le texte qu’ils contiennent.
       *[other] { $n } images, dessins ou zones de texte ont été écartés : une contribution ne contient que du texte. Recopiez à la main le texte qu’ils contiennent.
    }
import_notice-equations =
    { $n ->
        [one] { $n } équation a été écartée.
       *[other] { $n } équations ont été écartées.
    }
import_notice-embedded =
    { $n ->
        [one] { $n } objet ou document incorporé a été écarté.
       *[other] { $n } objets ou documents incorporés ont été écartés.
    }
import_notice-page_breaks =
    { $n ->
        [one] { $n } saut de page ou de colonne a été écarté : l’export met en page lui-même.
       *[other] { $n } sauts de page ou de colonne ont été écartés : l’export met en page lui-même.
    }
import_notice-hidden_text =
    { $n ->
        [one] { $n } passage de texte masqué a été écarté.
       *[other] { $n } passages de texte masqué ont été écartés.
    }
import_notice-table_of_contents =
    { $n ->
        [one] La table des matières ({ $n } ligne) a été écartée.
       *[other] La table des matières ({ $n } lignes) a été écartée.
    }
import_notice-endnotes =
    { $n ->
        [one] { $n } note de fin est devenue note de bas de page.
       *[other] { $n } notes de fin sont devenues notes de bas de page.
    }
import_notice-merged_cells =
    { $n ->
        [one] { $n } cellule fusionnée de tableau a été scindée : le texte reste dans la première cellule.
       *[other] { $n } cellules fusionnées de tableau ont été scindées : le texte reste dans la première cellule.
    }
import_notice-nested_tables =
    { $n ->
        [one] { $n } tableau placé dans une cellule est devenu du texte dans la cellule.
       *[other] { $n } tableaux placés dans des cellules sont devenus du texte dans la cellule.
    }
import_notice-symbols =
    { $n ->
        [one] { $n } caractère d’une police de symboles (telle que Wingdings) a été écarté.
       *[other] { $n } caractères d’une police de symboles (telle que Wingdings) ont été écartés.
    }
import_notice-formatting = La mise en forme qu’une contribution ne conserve pas a été supprimée, le texte conservé : { $kinds }.
import_notice-formatting_underline = soulignement ({ $n })
import_notice-formatting_strikethrough = texte barré ({ $n })
import_notice-formatting_highlighting = surlignage ({ $n })
import_notice-formatting_superscript = exposant ou indice ({ $n })
import_notice-formatting_colour = texte en couleur ({ $n })
import_notice-internal_links =
    { $n ->
        [one] { $n } lien vers un endroit du document a été conservé comme texte.
       *[other] { $n } liens vers des endroits du document ont été conservés comme texte.
    }
import_notice-links_not_allowed = Les liens qui ne mènent ni à une page Web ni à une adresse électronique ont été conservés comme texte, sans le lien : { $links }.
import_notice-headers_footers = Les en-têtes et pieds de page n’ont pas été importés (l’export rédige les siens) : « { $text } ».
import_notice-heading_footnote = Une note de bas de page dans l’intitulé « { $heading } » ne peut pas figurer dans un titre et a été écartée. Son texte : « { $text } ».
import_notice-long_heading = L’intitulé « { $heading } » dépasse la longueur permise pour un titre ({ $max } caractères) : il a été raccourci, et son texte complet ouvre la section.
cli-timeline_at = à { $time } ({ $zone })
cli-timeline_by_state = [étape de l’État]
cli-timeline_passed = PASSÉ : { $note }
cli-timeline_basis = Fondement : { $basis }
error-invalid_date = « { $value } » n’est pas une date valide. Utilisez la forme AAAA-MM-JJ, par exemple 2027-04-08.
error-date_out_of_range = « { $value } » est en dehors des années { $first } à { $last }. Vérifiez l’année.
error-no_such_mechanism = Il n’existe pas de mécanisme « { $code } ». Utilisez l’un des suivants : { $codes }.
dialog-open_database = Ouvrir une base de données CityRights
dialog-new_database = Créer une nouvelle base de données CityRights
dialog-database_file = Base de données CityRights
dialog-city_logo = Choisir le logo de la ville (image PNG)
dialog-png_file = Image PNG
dialog-second_backup_folder = Choisir un second dossier pour les sauvegardes (une clé USB, un partage du service)
dialog-export_workspace = Exporter tout l’espace de travail dans un fichier (pour passer à un autre ordinateur)
dialog-import_workspace = Importer un espace de travail exporté sur un autre ordinateur
dialog-workspace_file = Espace de travail CityRights
dialog-export_calendar = Exporter les échéances dans un fichier de calendrier
dialog-calendar_file = Fichier iCalendar
dialog-file_sent = Choisir le fichier exact qui a été envoyé
notification-due_today = { $mechanism } : « { $title } », échéance aujourd’hui
notification-due_tomorrow = { $mechanism } : « { $title } », échéance demain
notification-due_in =
    { $days ->
        [one] { $mechanism } : « { $title } », échéance dans { $days } jour
       *[other] { $mechanism } : « { $title } », échéance dans { $days } jours
    }
notification-missed = { $mechanism } : « { $title } », échéance passée
notification-body = { $date } { $time } { $zone } — { $engagement }
notification-body_estimate = { $date } { $time } { $zone } (estimation) — { $engagement }
notification-plan_target = date cible de « { $title } »
notification-plan_due_today = Plan : { $what }, échéance aujourd’hui
notification-plan_due_tomorrow = Plan : { $what }, échéance demain
notification-plan_due_in =
    { $days ->
        [one] Plan : { $what }, échéance dans { $days } jour
       *[other] Plan : { $what }, échéance dans { $days } jours
    }
notification-plan_missed = Plan : { $what }, échéance passée
notification-plan_date = { $date }, fin de journée
dialog-import_draft = Importer un projet (Word ou Markdown)
dialog-import_section = Importer le document d’un service comme section
dialog-word_or_markdown = Word ou Markdown
dialog-word_file = Document Word
dialog-pdf_file = PDF
dialog-export_word = Exporter au format Word
dialog-export_pdf = Exporter au format PDF
dialog-word_saved = Document Word enregistré
dialog-pdf_saved = PDF enregistré
dialog-saved_as = Le fichier a été enregistré sous { $path }.
dialog-saved_not_opened = Le fichier est enregistré sous { $path }, mais aucun programme n’a pu l’ouvrir ({ $reason }).
dialog-open_it = L’ouvrir
dialog-close = Fermer
dialog-choose_uhri = Choisir l’export de l’UHRI (JSON)
dialog-choose_report = Choisir le texte du rapport
dialog-text_file = Texte
dialog-choose_thematic_list = Choisir la liste thématique (Word)
dialog-choose_csv = Choisir un fichier CSV
cli-demo_added = Données de démonstration ajoutées à { $path }.
cli-no_engagements = Aucune participation pour l’instant.
cli-engagement_added = Participation { $id } ajoutée : { $title }
cli-nothing_due =
    { $days ->
        [one] Aucune échéance d’ici { $days } jour.
       *[other] Aucune échéance dans les { $days } prochains jours.
    }
cli-estimate = (estimation)
cli-days =
    { $days ->
        [one] jour
       *[other] jours
    }
cli-deadline_met = respectée : « { $title } » envoyée le { $date }
cli-calendar_written =
    { $n ->
        [one] { $n } jalon écrit dans { $path }.
       *[other] { $n } jalons écrits dans { $path }.
    }
cli-no_submissions = Aucune contribution pour l’instant.
cli-submission_created = Contribution { $id } « { $title } » créée.
cli-section_added = Section { $section } ajoutée à la contribution { $id } « { $title } ».
cli-stats_words = mots : { $words } (aucune limite fixée)
cli-stats_words_limit = mots : { $words } / { $limit }
cli-stats_breakdown = titre : { $title }  en-tête : { $front_matter }  intitulés : { $headings }  texte : { $text }  notes : { $footnotes }
cli-stats_breakdown_no_footnotes = titre : { $title }  en-tête : { $front_matter }  intitulés : { $headings }  texte : { $text }  notes : { $footnotes } (notes non comptées)
cli-stats_structure = paragraphes : { $paragraphs }  notes : { $footnotes }  sections : { $sections }
cli-rules_limit =
    { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    }
cli-rules_no_limit = aucune limite de mots
cli-rules_counted = Compté : { $parts }
cli-rules_languages = Langues : { $languages }
cli-rules_formats = Formats : { $formats }
cli-rules_status = Statut : { $status }
cli-rules_source = Source : { $source }
cli-rules_note = Remarque : { $note }
error-section_conflict = La section « { $title } » a été modifiée ailleurs (dans une autre fenêtre ou une autre copie de CityRights) depuis que vous avez commencé à la rédiger. Votre texte ne l’a pas remplacée : rechargez la section pour voir l’autre version, ou conservez la vôtre comme nouvelle version.
error-section_unreadable = Le texte enregistré de la section { $id } ne peut pas être lu ({ $reason }). Il n’a pas été modifié ; ses révisions antérieures sont conservées.
error-is_a_folder = { $path } est un dossier. Indiquez un nom de fichier, par exemple { $example }.
error-not_a_file = { $path } n’est pas un fichier importable (c’est un dossier, un périphérique ou un tube). Choisissez le fichier lui-même.
error-file_too_large = Le fichier est trop volumineux pour être importé : { $size } Mo, alors que la limite est de { $limit } Mo. Vérifiez qu’il s’agit du bon fichier.
error-no_text_to_import = Le fichier ne contient aucun texte à importer.
error-draft_other_format = CityRights importe des fichiers Word (.docx) et Markdown (.md), pas .{ $ext }. Ouvrez le fichier dans Word ou LibreOffice, enregistrez-le au format « Document Word (.docx) » et importez ce fichier.
error-draft_unknown_format = CityRights importe des fichiers Word (.docx) et Markdown (.md) ; { $name } n’est ni l’un ni l’autre (d’après son nom).
error-not_found_action = L’action { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_consultation = La consultation { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_department = Le service { $id } n’existe pas (il a peut-être été supprimé).
error-not_found_engagement = La participation { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_evidence = La note de justification { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_indicator = L’indicateur { $id } n’existe pas (il a peut-être été supprimé).
error-not_found_bin_item = L’élément { $id } de la corbeille n’existe pas (il a peut-être été supprimé).
error-not_found_measurement = La mesure { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_milestone = Le jalon { $id } n’existe pas (il a peut-être été supprimé).
error-not_found_participant = Le participant { $id } n’existe pas (il a peut-être été supprimé).
error-not_found_recommendation = La recommandation { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_revision = La révision { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_section = La section { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_sent_file = Le fichier envoyé de la contribution { $id } n’existe pas (il a peut-être été supprimé).
error-not_found_stakeholder = La partie prenante { $id } n’existe pas (elle a peut-être été supprimée).
error-not_found_submission = La contribution { $id } n’existe pas (elle a peut-être été supprimée).
cli-backup_restored = Sauvegarde du { $date } restaurée ({ $engagements }, { $submissions }, { $words }). La base de données telle qu’elle était est elle aussi conservée comme sauvegarde.
cli-no_backups = Aucune sauvegarde pour l’instant.
cli-backup_damaged = ENDOMMAGÉE, ne peut pas être restaurée : { $reason }
cli-backup_line = { $engagements }, { $submissions }, { $words }
cli-backup_copy = une copie se trouve aussi dans { $path } (vérifiée).
cli-backup_copy_failed = la seconde copie n’a pas été écrite : { $problem }
cli-backed_up = Sauvegarde faite dans { $path } (vérifiée).
cli-bin_empty = La corbeille est vide.
cli-bin_restored = Restauré.
cli-bin_emptied = { $n ->
        [one] { $n } élément supprimé
       *[other] { $n } éléments supprimés
    } définitivement.
cli-bin_confirm = Vider la corbeille supprime son contenu définitivement. Relancez la commande avec --yes pour confirmer.
cli-no_consultations = Aucune consultation enregistrée.
cli-not_verified = Non vérifié : { $caveat }
cli-nobody_found = Aucune personne trouvée pour « { $query } ».
cli-erase_with = (effacer avec { $how })
cli-edit_by_hand = [à modifier à la main]
cli-erased = Effacé : { $participants ->
        [one] { $participants } participant anonymisé
       *[other] { $participants } participants anonymisés
    } dans { $consultations ->
        [one] { $consultations } consultation
       *[other] { $consultations } consultations
    }, { $fields ->
        [one] { $fields } autre champ modifié
       *[other] { $fields } autres champs modifiés
    }. Les sauvegardes antérieures contiennent encore les anciennes données jusqu’à leur renouvellement.
cli-erased_in_text = Dans le texte : { $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    } et { $revisions ->
        [one] { $revisions } version antérieure
       *[other] { $revisions } versions antérieures
    } modifiées ; le fichier enregistré comme envoyé est conservé tel quel.
cli-still_mentioned = encore mentionné dans { $where } ; modifiez le texte pour l’en retirer.
cli-purged = Données personnelles de { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    } supprimées dans { $consultations ->
        [one] { $consultations } consultation tenue
       *[other] { $consultations } consultations tenues
    } au plus tard le { $date } (conservation : { $months } mois).
cli-workspace_imported = Espace de travail exporté le { $date } ({ $engagements ->
        [one] { $engagements } participation
       *[other] { $engagements } participations
    }, { $submissions ->
        [one] { $submissions } contribution
       *[other] { $submissions } contributions
    }, { $recommendations ->
        [one] { $recommendations } recommandation
       *[other] { $recommendations } recommandations
    }) importé dans { $path }.
cli-workspace_backup = La base de données telle qu’elle était est conservée comme sauvegarde { $path }.
cli-workspace_written = Espace de travail ({ $engagements ->
        [one] { $engagements } participation
       *[other] { $engagements } participations
    }, { $submissions ->
        [one] { $submissions } contribution
       *[other] { $submissions } contributions
    }, { $recommendations ->
        [one] { $recommendations } recommandation
       *[other] { $recommendations } recommandations
    }) écrit dans { $path }.
cli-workspace_written_logo = Espace de travail ({ $engagements ->
        [one] { $engagements } participation
       *[other] { $engagements } participations
    }, { $submissions ->
        [one] { $submissions } contribution
       *[other] { $submissions } contributions
    }, { $recommendations ->
        [one] { $recommendations } recommandation
       *[other] { $recommendations } recommandations
    }, le logo de la ville) écrit dans { $path }.
cli-action_added = Action { $id } ajoutée : { $title }
cli-no_actions = Aucune action pour l’instant.
cli-action_deleted = Action { $id } supprimée.
cli-indicator_added = Indicateur { $id } ajouté : { $name }
cli-recorded = Enregistré.
cli-no_indicators = Aucun indicateur pour l’instant.
cli-sdg_unlinked = La recommandation { $id } n’est plus liée à aucune cible des ODD.
cli-sdg_linked = La recommandation { $id } est liée à { $targets }.
cli-no_measurement = aucune mesure pour l’instant
cli-measured_on = { $value } { $unit } le { $date }
cli-indicator = { $name } : { $latest } (référence { $baseline } le { $baseline_date }, cible { $target } d’ici le { $target_date })
cli-indicator_progress = { $name } : { $latest } (référence { $baseline } le { $baseline_date }, cible { $target } d’ici le { $target_date }, { $percent } % du chemin parcouru)
cli-recommendations_imported =
    { $imported ->
        [one] { $imported } importée
       *[other] { $imported } importées
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }, { $skipped ->
        [one] { $skipped } ignorée
       *[other] { $skipped } ignorées
    }.
cli-no_recommendations = Aucune recommandation pour l’instant.
cli-nothing_found = Rien trouvé pour « { $query } ».
cli-recommendation_updated = { $reference } : { $status }, { $competence }, service « { $department } », { $n ->
        [one] { $n } note de justification
       *[other] { $n } notes de justification
    }.
cli-recommendation_binned = { $title } a été placé dans la corbeille. Pour le restaurer : cityrights bin restore recommendation { $id }
error-title_empty = Le titre ne peut pas être vide. Donnez-lui un nom court.
error-text_too_long = Ce texte est trop long : { $n } caractères, { $max } au plus sont autorisés. Raccourcissez-le ; rien n’a été perdu.
error-text_nul = Ce texte contient un caractère NUL invisible ; supprimez-le.
error-last_before_first = Le dernier jour ne peut pas précéder le premier.
error-invalid_time = « { $value } » n’est pas une heure valide. Utilisez la forme HH:MM sur 24 heures, par exemple 23:59.
error-invalid_email = « { $value } » n’est pas une adresse électronique.
error-invalid_iso3 = Utilisez le code de pays à trois lettres (ISO 3166-1 alpha-3), par exemple SVN pour la Slovénie.
workspace-logo_left_out = Le logo de la ville { $path } a été laissé de côté : { $reason }. Choisissez de nouveau le logo dans le profil de la ville après l’import.
error-no_database_open = Aucune base de données n’est ouverte. Ouvrez un autre fichier ou créez-en un nouveau.
# --- plan in the app (wave 4) ---
matrix_xlsx-export = Exporter vers Excel…
matrix_xlsx-import = Importer depuis Excel…
matrix_xlsx-preview_title = Ce que le classeur modifierait
matrix_xlsx-file = Classeur : { $name }
matrix_xlsx-not_written = Rien n’a encore été enregistré. Vérifiez les modifications, puis appliquez-les ou annulez.
matrix_xlsx-counts = Recommandations à modifier : { $changed }. Inchangées : { $unchanged }. Lignes non trouvées : { $unknown }.
matrix_xlsx-nothing = Le classeur ne modifie rien : chaque statut, service et élément de preuve qu’il contient figure déjà dans CityRights.
matrix_xlsx-changes_caption = Modifications, par recommandation
matrix_xlsx-col_recommendation = Recommandation
matrix_xlsx-col_status = Statut local
matrix_xlsx-col_department = Service
matrix_xlsx-col_evidence = Nouveaux éléments de preuve
matrix_xlsx-change = { $from } → { $to }
matrix_xlsx-same = inchangé
matrix_xlsx-no_department = aucun service
matrix_xlsx-unknown_title = Lignes non trouvées dans CityRights
matrix_xlsx-unknown_hint = Ces lignes ne désignent aucune recommandation de cette base de données. Elles sont écartées ; rien n’est enregistré à partir d’elles.
matrix_xlsx-col_row = Ligne
matrix_xlsx-col_id = ID
matrix_xlsx-col_symbol = Cote
matrix_xlsx-col_paragraph = Paragraphe
matrix_xlsx-apply = Appliquer ces modifications
matrix_xlsx-applied = Les modifications du classeur ont été enregistrées. Recommandations modifiées : { $n }.
matrix_xlsx-changed_since = Le classeur ou les recommandations ont changé depuis cet aperçu ; rien n’a donc été enregistré. Importez de nouveau le classeur pour voir ce qu’il modifie à présent.
report_generate-open = Établir un rapport…
report_generate-title = Établir un rapport à partir des données de la ville
report_generate-intro = CityRights rédige une nouvelle contribution à l’état de projet à partir des recommandations, de leur statut local, des actions, des indicateurs et des éléments de preuve. Modifiez-la, vérifiez-la et exportez-la comme toute autre contribution.
report_generate-kind = Type de rapport
report_generate-kind_upr_midterm = Rapport à mi-parcours de l’EPU
report_generate-kind_tb_follow_up = Renseignements sur la suite donnée (organes conventionnels)
report_generate-kind_local = Rapport local sur les droits de l’homme
report_generate-symbol = Recommandations du document
report_generate-symbol_hint = Le document dont le rapport suit les recommandations, par exemple A/HRC/59/15.
report_generate-all_of_mechanism = Tous les documents de ce mécanisme
report_generate-all = Toutes les recommandations
report_generate-none_yet = Importez d’abord des recommandations : le rapport est établi à partir d’elles et de ce que la ville a consigné à leur sujet.
report_generate-generate = Établir le projet
report_generate-done = Le projet « { $title } » a été créé.
report_generate-done_counts = Sections : { $sections }. Recommandations couvertes : { $n }.
report_generate-open_draft = Ouvrir le projet
sdg_table-goals = ODD : { $goals }
sdg_table-targets = Cibles des ODD : { $targets }
report_generate-engagement = Participation
report_generate-choose_engagement = Choisissez une participation…
report_generate-no_engagement = Créez d’abord une participation : un rapport est une contribution présentée dans le cadre de l’une d’elles.

# --- contributions: the core's and the CLI's messages ---
contribution-err_damaged = { $file } n’est pas un fichier d’apport CityRights, ou il est endommagé : { $why }. Rien n’a été modifié. Demandez à nouveau le fichier (un fichier tronqué dans un courriel ou sur une clé USB en est la cause habituelle).
contribution-err_newer = { $file } a été écrit par une version plus récente de CityRights ({ $by }, format { $found }) ; cette version ({ $ours }) lit jusqu’au format { $known }. Rien n’a été modifié. Installez CityRights { $by } ou plus récent, puis ouvrez à nouveau le fichier.
contribution-err_is_return = { $file } est la réponse d’un service (un fichier renvoyé), pas une demande. Rien n’a été modifié. Importez-le dans l’espace de travail du responsable : Apports des services, « Importer un apport renvoyé… » (cityrights contribution import FICHIER).
contribution-err_is_request = { $file } est une demande d’apport, pas la réponse d’un service. Rien n’a été modifié. Ouvrez-le sur l’ordinateur du service : « Ouvrir un apport… » (cityrights contribution open FICHIER).
contribution-err_other_workspace = { $file } répond à une demande envoyée depuis un autre espace de travail CityRights (une autre ville ou un autre ordinateur). Rien n’a été modifié. Importez-le dans l’espace de travail d’où la demande a été envoyée.
contribution-err_unknown_request = { $file } répond à une demande dont cet espace de travail n’a aucune trace (elle a peut-être été envoyée avant la restauration d’une sauvegarde). Rien n’a été modifié.
contribution-err_already_imported = { $file } a déjà été importé ({ $when }). Rien n’a été modifié : ses modifications sont dans la file des apports.
contribution-err_refused_change = Le fichier renvoyé contient une modification que CityRights n’accepte pas ({ $why }). Rien n’a été modifié. Demandez au service de le renvoyer à nouveau depuis CityRights.
contribution-err_holds_work = La base de données { $db } contient déjà du travail. Un apport s’ouvre dans un nouvel espace de travail qui lui est propre : indiquez un nouveau fichier de base de données (cityrights --db NOUVEAU-FICHIER contribution open FICHIER), ou ouvrez-le depuis l’application, qui sauvegarde d’abord celle-ci.
contribution-err_not_contributor = Cet espace de travail n’est pas un apport : il n’y a rien à renvoyer. Ouvrez d’abord le fichier d’apport que vous avez reçu (cityrights contribution open FICHIER).
contribution-err_nothing_changed = Rien n’a changé depuis la demande : il n’y a encore rien à renvoyer. Modifiez d’abord les sections (ou le suivi des recommandations).
contribution-err_not_a_section = La section { $id } n’est pas une section de « { $title } ». Choisissez parmi ses sections (cityrights submission show --submission { $submission }).
contribution-err_no_recommendation = La recommandation { $id } n’existe pas (ou se trouve dans la corbeille).
contribution-err_too_many_sections = Une demande contient au plus { $n } sections.
contribution-err_too_many_recommendations = Une demande contient au plus { $n } recommandations.
contribution-err_choose = Choisissez au moins une section ou une recommandation à demander.
contribution-err_which = Indiquez quelles modifications : --all, ou --section ID, --recommendation ID ou --change ID.
contribution-err_no_change_section = Cet apport ne contient aucune modification de la section { $id }.
contribution-err_no_change_recommendation = Cet apport ne contient aucune modification de la recommandation { $id }.
contribution-err_no_change = Cet apport ne contient pas de modification { $id }.
contribution-due_title = { $contributor } : apport attendu
contribution-due_basis = Demande d’apport adressée à { $contributor }
contribution-back_title = Renvoyer l’apport à { $city }
contribution-back_title_unnamed = Renvoyer l’apport à la ville
contribution-back_basis = Apport demandé le { $date }
contribution-cli_opened = { $path } est désormais l’espace d’apport pour { $city } (sections : { $sections }, recommandations : { $recommendations }).
contribution-cli_the_city = la ville
contribution-cli_due = Date limite : { $date }
contribution-cli_message = Message : { $message }
contribution-cli_requested = Demande enregistrée (sections : { $sections }, recommandations : { $recommendations }) dans { $file }.
contribution-cli_returned = Réponse enregistrée (sections modifiées : { $sections }, recommandations modifiées : { $recommendations }) dans { $file }. Renvoyez ce fichier à la ville.
contribution-cli_imported = Apport de { $from } importé dans la file d’examen (numéro { $id } ; sections modifiées : { $sections }, recommandations modifiées : { $recommendations }, en conflit avec vos propres modifications : { $conflicts }). Rien ne change tant que vous ne l’avez pas accepté.
contribution-cli_none = Aucun apport n’a encore été renvoyé.
contribution-cli_line = { $id }  { $from }  { $received }  { $state }  (en attente : { $pending }, acceptées : { $accepted }, rejetées : { $rejected })
contribution-cli_decided = Acceptées : { $accepted }, rejetées : { $rejected }. L’apport est maintenant : { $state }.
contribution-cli_conflicts = Laissées en attente, car vous avez modifié le même texte depuis la demande : modifications { $ids }. Comparez-les (contribution show { $id }) et acceptez-les avec --overwrite-mine, ou rejetez-les.
contribution-cli_gone = Non appliquées, car leur section ou recommandation n’existe plus ici : modifications { $ids }.
contribution-cli_show_head = Apport { $id } de { $from } ({ $received }) : { $state }
contribution-cli_show_change = { "  " }modification { $id } : { $kind } { $field } « { $label } » — { $state }
contribution-cli_conflict = { " " }(conflit)
# --- Contributions in the app (#17) ---
contrib-nav = Apports des services
contrib-header = Apport pour la Ville de { $city }
contrib-header_unnamed = Apport pour la ville
contrib-header_due = Apport pour la Ville de { $city }, à rendre le { $date }
contrib-header_unnamed_due = Apport pour la ville, à rendre le { $date }
contrib-header_for = Demandé à : { $contributor }
contrib-header_message = Message de la ville :
contrib-header_returned = Dernier renvoi le { $when }.
contrib-send_back = Renvoyer…
contrib-send_title = Renvoyer votre apport
contrib-send_intro = CityRights enregistre un seul fichier contenant toutes les modifications faites ici depuis la demande, chacune avec votre nom et son heure. Envoyez ce fichier à la ville par courrier électronique, sur un dossier partagé ou une clé USB. Vous pouvez continuer à travailler et renvoyer une nouvelle version plus tard.
contrib-send_author = Votre nom
contrib-send_author_hint = Indiqué à la ville avec chaque modification et conservé dans l’historique du texte.
contrib-send_save = Choisir où enregistrer…
contrib-send_cancelled = Rien n’a été enregistré : aucun fichier n’a été choisi.
contrib-sent_back = Enregistré sous { $path } : { $sections ->
        [one] { $sections } section modifiée
       *[other] { $sections } sections modifiées
    } et { $recommendations ->
        [one] { $recommendations } recommandation modifiée
       *[other] { $recommendations } recommandations modifiées
    }. Envoyez ce fichier à la ville.
contrib-ask = Demander à un service…
contrib-ask_hint = Un service rédige sa partie sur son propre ordinateur, dans CityRights, et vous la renvoie pour examen.
contrib-ask_title = Demander un apport à un service
contrib-ask_intro = CityRights enregistre un seul fichier contenant uniquement ce que vous choisissez ici, les indications du modèle et les règles applicables. Aucune autre partie de votre base de données n’y figure.
contrib-ask_sections = Sections à envoyer
contrib-ask_choose_something = Choisissez au moins une section ou une recommandation.
contrib-ask_recommendations = Recommandations à suivre (facultatif)
contrib-ask_recommendations_hint = Recherchez par cote, numéro ou mots, puis cochez les recommandations sur lesquelles le service doit rendre compte.
contrib-ask_search_label = Rechercher dans les recommandations
contrib-ask_search = Rechercher
contrib-ask_none_found = Aucune recommandation ne correspond à cette recherche.
contrib-ask_contributor = Service ou personne sollicité
contrib-ask_contributor_hint = Par exemple : Service du logement.
contrib-ask_email = Courrier électronique
contrib-ask_due = Date limite
contrib-ask_due_hint = Inscrite au calendrier, avec un rappel.
contrib-ask_message = Message
contrib-ask_save = Choisir où enregistrer…
contrib-ask_cancelled = Rien n’a été enregistré : aucun fichier n’a été choisi.
contrib-ask_saved = La demande adressée à { $contributor } a été enregistrée sous { $path } ({ $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $recommendations ->
        [one] { $recommendations } recommandation
       *[other] { $recommendations } recommandations
    }). Envoyez-lui ce fichier.
contrib-ask_on_calendar = La date limite, le { $date }, est inscrite au calendrier.
contrib-open = Ouvrir un apport…
contrib-welcome_hint = Une ville a demandé à votre service de rédiger une partie de sa contribution : ouvrez le fichier que vous avez reçu.
contrib-settings_title = Apport d’un service
contrib-settings_intro = Ouvrez un fichier d’apport qui vous a été envoyé pour rédiger la partie de votre service. Il remplace l’espace de travail de cet ordinateur.
contrib-open_question = Ouvrir un apport à la place de cet espace de travail ? Tout ce qui se trouve ici (participations, contributions, recommandations, profil de la ville) est d’abord copié dans le dossier des sauvegardes situé à côté du fichier de la base de données, où il n’est jamais supprimé automatiquement ; cet espace de travail est ensuite remplacé par l’apport, qui contient uniquement ce que la ville vous a envoyé. Continuer ?
contrib-open_confirm = Sauvegarder et ouvrir l’apport
contrib-title = Apports des services
contrib-intro = Les réponses des services à vos demandes. Leur importation ne modifie rien dans votre texte : vous examinez chaque modification et l’acceptez ou la refusez.
contrib-import = Importer un apport renvoyé…
contrib-imported = L’apport de { $from } est dans la file d’attente : { $sections ->
        [one] { $sections } section modifiée
       *[other] { $sections } sections modifiées
    } et { $recommendations ->
        [one] { $recommendations } recommandation modifiée
       *[other] { $recommendations } recommandations modifiées
    }.
contrib-imported_conflicts = { $n ->
        [one] { $n } modification est en conflit avec vos propres modifications.
       *[other] { $n } modifications sont en conflit avec vos propres modifications.
    }
contrib-queue = Reçus
contrib-queue_empty = Aucun apport reçu pour l’instant. Lorsqu’un service renvoie son fichier, importez-le ici.
contrib-col_from = De
contrib-col_received = Reçu le
contrib-col_submission = Contribution
contrib-col_state = État
contrib-col_waiting = En attente
contrib-col_accepted = Acceptées
contrib-col_rejected = Refusées
contrib-col_conflicts = Conflits
contrib-state-pending = En attente d’examen
contrib-state-accepted = Accepté
contrib-state-rejected = Refusé
contrib-state-partly = Accepté en partie
contrib-review_title = Apport de { $from }
contrib-review_about = Pour « { $submission } », renvoyé le { $when }.
contrib-review_due = La date limite était le { $date }.
contrib-open_submission = Ouvrir la contribution
contrib-accept_all = Accepter tout ce qui n’est pas en conflit
contrib-decided = Acceptées : { $accepted }. Refusées : { $rejected }.
contrib-decided_conflicts = { $n ->
        [one] { $n } modification reste en attente : vous avez modifié le même texte.
       *[other] { $n } modifications restent en attente : vous avez modifié le même texte.
    }
contrib-decided_gone = { $n ->
        [one] { $n } modification reste en attente : sa section ou sa recommandation n’existe plus ici.
       *[other] { $n } modifications restent en attente : leur section ou leur recommandation n’existe plus ici.
    }
contrib-change_section = Section « { $title } »
contrib-change_recommendation = Recommandation { $reference } : { $field }
contrib-change_state-pending = en attente
contrib-change_state-accepted = acceptée
contrib-change_state-rejected = refusée
contrib-change_by = Modifiée par { $author } le { $when }.
contrib-gone = Cette section ou cette recommandation ne figure plus dans votre espace de travail : la modification ne peut pas être acceptée.
contrib-conflict_label = Conflit :
contrib-conflict_explain = vous avez vous aussi modifié ce texte depuis son envoi. Rien n’est décidé à votre place : prenez leur texte (le vôtre reste dans l’historique du texte) ou gardez le vôtre.
contrib-sent_to_theirs = Du texte envoyé à leur texte
contrib-current_to_theirs = De votre texte actuel à leur texte
contrib-new_evidence = Nouvelle note de justification
contrib-value_sent = Envoyé
contrib-value_current = Le vôtre actuellement
contrib-value_theirs = Le leur
contrib-value_empty = (vide)
contrib-take_theirs = Prendre le leur (remplacer le mien)
contrib-keep_mine = Garder le mien (refuser)
contrib-accept = Accepter
contrib-reject = Refuser
contrib-field-text = texte
contrib-field-competence = compétence
contrib-field-department = service
contrib-field-local_status = état local
contrib-field-evidence = justificatif
contrib-revision_by = par { $author }

# --- the plan: editing an indicator ---
plan-edit_indicator_title = Modifier l’indicateur « { $name } »
plan-edit_indicator_label = Modifier l’indicateur { $name }

# --- native dialogs of the contributions and the Excel exchange ---
dialog-contribution_file = Apport CityRights
dialog-save_request = Enregistrer la demande d’apport
dialog-open_contribution = Ouvrir un apport qui vous a été demandé
dialog-save_return = Enregistrer votre apport à renvoyer
dialog-import_return = Importer un apport renvoyé
dialog-export_matrix = Exporter la matrice de mise en œuvre
dialog-import_matrix = Importer la matrice de mise en œuvre
dialog-excel_file = Classeur Excel

# --- a required field left empty (validate::required) ---
required-indicator_name = Le nom de l’indicateur ne peut pas être vide.
required-measurement_source = La source de la valeur ne peut pas être vide.
required-contributor = Le service ou la personne sollicités ne peuvent pas être vides.
required-your_name = Votre nom ne peut pas être vide.
required-topic = Le thème ne peut pas être vide.
required-name = Le nom ne peut pas être vide.
required-version_name = Le nom de la version ne peut pas être vide.
required-channel = Le canal ne peut pas être vide.
required-symbol = La cote du document ne peut pas être vide.
required-city_name = Le nom de la ville ne peut pas être vide.
required-state_under_review = L’État examiné ne peut pas être vide.
plan-measurement_actions = Actions
plan-remove_measurement_label = Retirer la valeur { $value } du { $date }
plan-remove_measurement_question = Retirer la valeur { $value } du { $date } de « { $name } » ? La progression est recalculée sans elle.
plan-measurement_removed = Une mesure de « { $name } » a été retirée.
plan-indicator_updated = L’indicateur « { $name } » a été modifié.
plan-delete_indicator_label = Supprimer l’indicateur { $name }
plan-delete_indicator_question = Supprimer l’indicateur « { $name } » et ses mesures ({ $n }) ? Cette action est définitive.
plan-indicator_deleted = L’indicateur « { $name } » a été supprimé.

# --- report charts ---
report-chart_title-actions_by_department = Actions du plan de mise en œuvre selon leur statut, par service chef de file
report-chart_group-actions_by_department = Service chef de file
report-chart_title-indicator_over_time = { $name } : valeurs au regard de la cible dans le temps
report-chart_title-indicator_over_time_gone = Indicateur dans le temps
report-chart_actions_summary_of =
    { $total ->
        [one] Sur { $total } action relative aux recommandations du document { $symbol } : { $counts }.
       *[other] Sur { $total } actions relatives aux recommandations du document { $symbol } : { $counts }.
    }
report-chart_actions_summary =
    { $total ->
        [one] Sur { $total } action du plan de mise en œuvre : { $counts }.
       *[other] Sur { $total } actions du plan de mise en œuvre : { $counts }.
    }
report-chart_no_action = Le plan de mise en œuvre ne comporte encore aucune action relative à ces recommandations ; il n’y a donc pas de graphique des actions.
report-chart_indicator_summary =
    { $n ->
        [one] { $name } : valeur de référence { $baseline } ({ $baseline_date }), cible { $target } d’ici le { $target_date } ; { $n } mesure, la plus récente { $latest } ({ $latest_date }).
       *[other] { $name } : valeur de référence { $baseline } ({ $baseline_date }), cible { $target } d’ici le { $target_date } ; { $n } mesures, la plus récente { $latest } ({ $latest_date }).
    }
report-chart_indicator_unmeasured = { $name } : valeur de référence { $baseline } ({ $baseline_date }), cible { $target } d’ici le { $target_date } ; aucune mesure n’a encore été enregistrée.
report-chart_indicator_gone = L’indicateur que présentait ce graphique a été supprimé du plan de mise en œuvre ; il n’y a donc rien à représenter.
report-chart_column-date = Date
report-chart_column-value = Valeur
report-chart_column-source = Source
report-chart_baseline = Valeur de référence
report-chart_target = Cible
report-chart_measured = Valeurs mesurées
report-chart_axis_value = Valeur
report-chart_axis_value_in = Valeur ({ $unit })
report-actions_chart_intro = La figure présente les actions du plan de mise en œuvre relatives à ces recommandations selon leur statut, service par service.
report-indicator_charts_intro = Les figures ci-dessous présentent chaque indicateur mesuré au regard de sa cible dans le temps : la valeur de référence et les mesures sous forme de ligne, la cible en pointillés jusqu’à sa date.
report-indicator_charts_more =
    { $n ->
        [one] { $n } autre indicateur comporte des mesures ; ses valeurs figurent avec la recommandation qu’il mesure.
       *[other] { $n } autres indicateurs comportent des mesures ; leurs valeurs figurent avec les recommandations qu’ils mesurent.
    }
# --- core errors, wave 5 ---
core-as_given = { $words }
error-newer_database = La base de données { $path } a été écrite par une version plus récente de CityRights (version de schéma { $found } ; cette version comprend jusqu’à la version { $known }). Elle n’a pas été modifiée. Installez la version plus récente de CityRights pour l’ouvrir, ou ouvrez un autre fichier.
error-unreadable_database = Le fichier { $path } ne peut pas être ouvert comme base de données CityRights : { $reason }. Il n’a pas été modifié.
error-db_other_program = il s’agit d’une base de données SQLite d’un autre programme, et non de CityRights
error-db_damaged_check = le fichier est endommagé ({ $check })
error-db_no_wal = le dossier ne permet pas le journal d’écriture anticipée de SQLite (le mode de journalisation est resté « { $mode } »)
error-db_cannot_read = il ne peut pas être lu ({ $reason })
error-db_is_folder = il s’agit d’un dossier, et non d’un fichier
error-db_not_sqlite = il ne s’agit pas d’une base de données SQLite
error-db_not_sqlite_or_encrypted = il ne s’agit pas d’une base de données SQLite, ou elle est chiffrée
error-db_damaged = le fichier est endommagé
error-db_cannot_open = il ne peut pas être ouvert (vérifiez les autorisations)
error-db_read_only = il est en lecture seule
error-db_busy = un autre programme l’utilise
error-not_saved = Non enregistré : { $reason }. Rien n’a été écrit à moitié : la base de données est telle qu’elle était avant cette modification.
error-not_saved_disk_full = le disque qui contient { $folder } est plein. Libérez de l’espace (videz la corbeille, déplacez de gros fichiers ailleurs)
error-not_saved_read_only = la base de données { $path } ne peut pas être écrite : le disque ou le fichier est en lecture seule
error-not_saved_io_failure = le disque qui contient { $folder } a signalé une erreur d’écriture (un lecteur retiré ou défaillant ?)
error-import_cancelled = L’importation a été annulée. Rien n’en a été conservé ; les recommandations sont telles qu’elles étaient.
error-database = La base de données a signalé une erreur : { $reason }
error-io_copy_backup = Impossible de copier la sauvegarde vers { $path } : { $reason }
error-io_copy_database = Impossible de copier la base de données vers { $path } : { $reason }
error-io_create = Impossible de créer { $path } : { $reason }
error-io_create_backup_folder = Impossible de créer le dossier de sauvegarde { $path } : { $reason }
error-io_create_folder = Impossible de créer le dossier { $path } : { $reason }
error-io_create_folder_for = Impossible de créer le dossier de { $path } : { $reason }
error-io_delete_old_backup = Impossible de supprimer l’ancienne sauvegarde { $path } : { $reason }
error-io_find_folder = Impossible de trouver le dossier de { $path } : { $reason }
error-io_finish_backup = Impossible de terminer la sauvegarde { $path } : { $reason }
error-io_finish_copy = Impossible de terminer la copie { $path } : { $reason }
error-io_lock = Impossible de verrouiller { $path } : { $reason }
error-io_open = Impossible d’ouvrir { $path } : { $reason }
error-io_open_lock_file = Impossible d’ouvrir le fichier de verrouillage { $path } : { $reason }
error-io_replace_database = Impossible de mettre la nouvelle base de données à la place de { $path } : { $reason }
error-io_read = Impossible de lire { $path } : { $reason }
error-io_read_backup_folder = Impossible de lire le dossier de sauvegarde { $path } : { $reason }
error-io_read_settings = Impossible de lire le fichier de paramètres { $path } : { $reason }
error-io_read_snapshot = Impossible de lire l’instantané { $path } : { $reason }
error-io_remove = Impossible de supprimer { $path } : { $reason }
error-io_replace_settings = Impossible de remplacer le fichier de paramètres { $path } : { $reason }
error-io_unpack = Impossible de décompresser { $path } : { $reason }
error-io_write = Impossible d’écrire { $path } : { $reason }
error-io_write_man_pages = Impossible d’écrire les pages de manuel dans { $path } : { $reason }
error-io_write_settings = Impossible d’écrire le fichier de paramètres { $path } : { $reason }
error-io_reason_not_found = le fichier ou le dossier n’existe pas
error-io_reason_permission = autorisation refusée (demandez à la personne qui gère cet ordinateur le droit d’utiliser ce dossier)
error-io_reason_exists = un fichier de ce nom existe déjà
error-io_reason_disk_full = le disque est plein (libérez de l’espace)
error-io_reason_read_only = le disque est en lecture seule
error-io_reason_is_folder = il s’agit d’un dossier, et non d’un fichier
error-io_reason_not_folder = une partie du chemin est un fichier, et non un dossier
error-uhri_record_too_large = L’enregistrement { $record } (à partir de la ligne { $line }) dépasse { $max } Mo : il ne s’agit pas de l’export de l’Index universel des droits de l’homme, ou le fichier est endommagé. Rien n’a été importé.
error-uhri_no_list = le fichier ne commence pas par « [ » : il ne s’agit pas de l’export complet de l’Index universel des droits de l’homme (une liste JSON d’enregistrements)
error-uhri_record_missing = une « , » est suivie de « ] » (un enregistrement manque)
error-uhri_expected_record = un enregistrement (une « {"{"} ») était attendu, { $found } a été trouvé
error-uhri_expected_comma = « , » ou « ] » était attendu après l’enregistrement { $record }, { $found } a été trouvé
error-uhri_after_end = le fichier continue après la fin de la liste ({ $found })
error-uhri_byte = l’octet { $code }
error-uhri_empty = Le fichier est vide. Rien n’a été importé.
error-uhri_ends_in_record = Le fichier s’arrête au milieu de l’enregistrement { $record } (qui commence à la ligne { $line }, colonne { $column }) : il a probablement été tronqué lors du téléchargement. Téléchargez-le à nouveau. Rien n’a été importé.
error-uhri_ends_in_list = Le fichier s’arrête à la ligne { $line } sans fermer la liste des enregistrements (après l’enregistrement { $record }) : il a probablement été tronqué lors du téléchargement. Téléchargez-le à nouveau. Rien n’a été importé.
error-uhri_cannot_read = Le fichier n’a pas pu être lu : { $reason }. Rien n’a été importé.
error-uhri_syntax = Le fichier de l’Index universel ne peut pas être lu à la ligne { $line }, colonne { $column } : { $what }. Rien n’a été importé ; si le fichier a été téléchargé, téléchargez-le à nouveau.
error-uhri_damaged = Le fichier de l’Index universel est endommagé à la ligne { $line }, colonne { $column } (dans l’enregistrement { $record }) : { $what }. Rien n’a été importé ; si le fichier a été téléchargé, téléchargez-le à nouveau.
error-uhri_not_uhri = Ce fichier ne ressemble pas à l’export de l’Index universel des droits de l’homme : son premier enregistrement (ligne { $line }) ne contient aucun des champs AnnotationId, Countries et Text. Rien n’a été importé.
error-csv_unreadable = Le fichier CSV ne peut pas être lu à la ligne { $line } : { $what }. Rien n’a été importé.
error-csv_no_header = Le fichier CSV est vide ou n’a pas de ligne d’en-tête. Sa première ligne doit nommer les colonnes (par exemple Symbol, Paragraph, Recommendation). Rien n’a été importé.
error-csv_choose_text = Choisissez la colonne qui contient le texte des recommandations.
error-csv_choose_symbol = Choisissez la colonne qui contient la cote du document, ou indiquez la cote du rapport auquel appartiennent toutes les lignes (par exemple A/HRC/59/15).
error-csv_no_such_column =
    { $n ->
        [one] Le fichier a { $n } colonne ; la colonne { $column } n’existe pas.
       *[other] Le fichier a { $n } colonnes ; la colonne { $column } n’existe pas.
    }
error-csv_column = colonne { $column }
error-csv_text_empty = Ligne { $line } : la colonne « { $column } » (le texte de la recommandation) est vide. Remplissez-la ou supprimez la ligne, ou choisissez une autre colonne. Rien n’a été importé.
error-csv_symbol_empty = Ligne { $line } : la colonne « { $column } » (la cote du document) est vide. Rien n’a été importé.
error-csv_not_a_response = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une réponse (Supported, Partially supported, Noted ou Pending). Est-ce la bonne colonne ? Rien n’a été importé.
error-csv_no_rows = Le fichier CSV a un en-tête mais aucune ligne. Rien n’a été importé.
error-text_file_too_large =
    { $what ->
        [csv] Le fichier CSV fait { $size } Mo ; { $max } Mo au plus sont acceptés. Est-ce le bon fichier ?
       *[other] Le fichier du rapport fait { $size } Mo ; { $max } Mo au plus sont acceptés. Est-ce le bon fichier ?
    }
error-text_file_not_utf8 =
    { $what ->
        [csv] Le fichier CSV n’est pas un texte UTF-8 : l’octet à la position { $offset } (ligne { $line }) n’est pas de l’UTF-8 valide. Il a probablement été enregistré dans un autre codage (comme Windows-1252). Enregistrez-le en UTF-8 et importez-le à nouveau. Rien n’a été importé.
       *[other] Le fichier du rapport n’est pas un texte UTF-8 : l’octet à la position { $offset } (ligne { $line }) n’est pas de l’UTF-8 valide. Il a probablement été enregistré dans un autre codage (comme Windows-1252). Enregistrez-le en UTF-8 et importez-le à nouveau. Rien n’a été importé.
    }
error-report_no_symbol = Indiquez la cote du rapport, par exemple A/HRC/59/15 : les recommandations sont citées par elle.
error-report_nul = Le texte contient un octet NUL (ligne { $line }), ce qu’un texte ne contient jamais : il ne s’agit probablement pas du texte d’un rapport. Rien n’a été importé.
error-report_none_found = Aucune recommandation n’a été trouvée. Le texte doit contenir la section « Conclusions et/ou recommandations » du rapport du Groupe de travail, avec des recommandations numérotées comme « 140.1 Ratifier … ». Copiez cette section (ou tout le rapport) depuis le PDF et réessayez. Rien n’a été importé.
error-report_no_text = La recommandation { $number } (ligne { $line }) n’a pas de texte. Rien n’a été importé.
error-report_gap = La recommandation { $missing } manque : après { $before } (ligne { $line }), le numéro suivant trouvé est { $next } (ligne { $next_line }). Une partie du texte a probablement été perdue lors de la copie ; copiez à nouveau toute la section. Rien n’a été importé.
error-limit_import = { $what } CityRights ne peut pas l’importer : vérifiez qu’il s’agit du bon fichier. Rien n’a été importé.
error-limit_save = { $what } Rien n’a été enregistré ; répartissez le texte en plusieurs sections.
error-limit_nodes = Le texte compte plus de { $max } paragraphes, éléments de liste, cellules de tableau et segments de texte dans une même section.
error-limit_footnotes = Le texte compte plus de { $max } notes de bas de page dans une même section.
error-limit_text = Le texte dépasserait { $max } Mo, bien plus que n’importe quel rapport.
error-limit_depth = Le texte imbrique des listes ou des citations sur plus de { $max } niveaux.
error-limit_columns = Un tableau a { $n } colonnes ; { $max } au plus sont autorisées.
error-limit_cells = Un tableau a { $n } cellules ; { $max } au plus sont autorisées.
error-limit_attribute =
    { $what ->
        [chart] Un graphique compte { $n } caractères ; { $max } au plus sont autorisés.
        [link] Un lien compte { $n } caractères ; { $max } au plus sont autorisés.
       *[other] Une citation compte { $n } caractères ; { $max } au plus sont autorisés.
    }
error-limit_heading = Un titre est de niveau { $level } ; les niveaux vont de 1 à 6.
error-limit_link = Un lien mène ailleurs qu’à une page web ou une adresse électronique (seuls les liens http, https et mailto sont conservés).
error-limit_nested_footnote = Une note de bas de page contient une autre note ; une note ne peut contenir que du texte.
error-limit_footnote_copies = Le fichier appelle ses notes de bas de page si souvent que leur texte dépasserait { $max } Mo.
error-md_utf16 = Le fichier n’est pas un texte UTF-8 : il commence (à la position 0) par la marque d’un texte UTF-16. Enregistrez-le en UTF-8 (dans la plupart des éditeurs : Enregistrer sous, puis Codage : UTF-8) et importez-le à nouveau.
error-md_not_utf8 = Le fichier n’est pas un texte UTF-8 : l’octet à la position { $offset } (ligne { $line }) n’est pas de l’UTF-8 valide. Il a probablement été enregistré dans un autre codage (comme Windows-1252 ou Latin-1). Enregistrez-le en UTF-8 (dans la plupart des éditeurs : Enregistrer sous, puis Codage : UTF-8) et importez-le à nouveau.
error-md_nul = Le fichier contient un octet NUL (à la position { $offset }, ligne { $line }), ce qu’un fichier texte ne contient jamais : il ne s’agit probablement pas d’un fichier Markdown, ou il a été enregistré en UTF-16. Enregistrez-le en texte UTF-8 et importez-le à nouveau.
error-md_empty = Le fichier est vide : il n’y a rien à importer.
error-md_nothing = Le fichier n’a pas de texte à importer : il ne contient ni titres, ni paragraphes, ni listes, ni citations, ni tableaux.
error-md_too_large = Le fichier est trop volumineux pour être importé : { $size } Mo, alors que la limite est de { $max } Mo. Une contribution est bien plus petite : vérifiez qu’il s’agit du bon fichier, ou divisez-le.
error-md_undefined_footnote = La note de bas de page [^{ $label }] est appelée à la ligne { $line } mais n’est jamais définie.
error-md_table_limit = { $what } (Ligne { $line } du fichier.) CityRights ne peut pas l’importer : divisez le tableau, ou vérifiez qu’il s’agit du bon fichier. Rien n’a été importé.
error-md_nesting = Le fichier imbrique des listes, des citations ou des mises en valeur sur plus de { $max } niveaux (à la ligne { $line }). CityRights ne peut pas importer une telle structure : vérifiez qu’il s’agit du bon fichier.
error-md_footnote_in_heading = Le titre de la ligne { $line } appelle une note de bas de page, mais les titres de section et de contribution ne peuvent pas porter de notes. Déplacez l’appel de note dans le texte sous le titre et importez à nouveau le fichier.
error-md_footnote_copies = Le fichier appelle ses notes de bas de page si souvent que leur texte dépasserait { $max } Mo (l’appel de la ligne { $line } est de trop). Vérifiez qu’il s’agit du bon fichier.
error-docx_too_large = Le fichier est trop volumineux pour être importé : { $size } Mo, alors que la limite est de { $max } Mo. Un projet est bien plus petit : vérifiez qu’il s’agit du bon fichier.
error-docx_old_or_protected = Ce n’est pas un fichier .docx : il s’agit soit d’un ancien document Word (.doc), soit d’un document protégé par un mot de passe. Ouvrez-le dans Word ou LibreOffice, supprimez le mot de passe s’il y en a un, enregistrez-le au format « Document Word (.docx) » et importez ce fichier.
error-docx_not_zip = Ce n’est pas un fichier Word (.docx) : un fichier .docx est une archive zip, et ce fichier n’en est pas une. S’il a été renommé depuis un autre format, ouvrez-le dans Word ou LibreOffice et enregistrez-le au format « Document Word (.docx) ».
error-docx_no_body = Le fichier n’a pas de corps de document : il est endommagé ou ce n’est pas un document Word.
error-docx_bad_zip = Le fichier est endommagé et ne peut pas être importé : sa structure zip ne peut pas être lue ({ $what }). Si Word ou LibreOffice peut l’ouvrir, enregistrez-le à nouveau en .docx et importez le nouveau fichier.
error-docx_too_many_entries = Le fichier contient { $n } éléments, plus que n’importe quel document Word ({ $max } au plus) : ce n’est pas un projet qui peut être importé.
error-docx_damaged_part = Le fichier est endommagé et ne peut pas être importé : sa partie { $name } ne peut pas être lue ({ $what }).
error-docx_not_utf8 = ce n’est pas un texte UTF-8
error-docx_part_too_large = Le fichier ne peut pas être importé : sa partie { $name } dépasse { $max } Mo une fois décompressée, bien plus que le texte de n’importe quel projet (le fichier est peut-être conçu pour épuiser la mémoire).
error-docx_parts_too_large = Le fichier ne peut pas être importé : ses parties textuelles dépassent { $max } Mo une fois décompressées, bien plus que n’importe quel projet.
error-docx_part_utf16 = Le fichier ne peut pas être importé : sa partie { $name } est écrite en UTF-16, ce que Word n’écrit pas. Ouvrez le fichier dans Word ou LibreOffice et enregistrez-le à nouveau en .docx.
error-docx_missing_part = Le fichier n’est pas un document Word complet : il n’a pas de { $name }. Si Word ou LibreOffice peut l’ouvrir, enregistrez-le à nouveau en .docx et importez le nouveau fichier.
error-docx_nothing = Le fichier n’a pas de texte à importer : il ne contient ni titres, ni paragraphes, ni listes, ni tableaux.
error-thematic_not_docx = Ce n’est pas un document Word (.docx). Ouvrez la liste thématique dans Word et enregistrez-la au format « Document Word (*.docx) », puis importez-la à nouveau. Rien n’a été importé.
error-thematic_damaged = Le document Word est endommagé ({ $what }). Rien n’a été importé.
error-thematic_too_large = Le texte du document Word dépasse { $max } Mo : ce n’est pas une liste thématique. Rien n’a été importé.
error-thematic_broken_xml = Le document Word est endommagé : son texte (word/document.xml) ne peut pas être lu à l’octet { $offset } ({ $what }). Ouvrez-le dans Word, enregistrez-le à nouveau, puis importez-le à nouveau. Rien n’a été importé.
error-thematic_cell_too_large = Une cellule du tableau contient plus de { $max } Ko de texte, bien plus que n’importe quelle recommandation : ce n’est pas une liste thématique. Rien n’a été importé.
error-thematic_no_source = La ligne { $row } du tableau (recommandation { $number }) n’a pas de « Source of Position » permettant de savoir à quel rapport elle appartient. Indiquez la cote du rapport (par exemple A/HRC/59/15) lors de l’importation. Rien n’a été importé.
error-thematic_none_found = Aucune recommandation n’a été trouvée dans ce document Word. Une liste thématique est un tableau dont les lignes commencent par le numéro de la recommandation (« 140.7 Ratifier … »). Rien n’a été importé.
error-xlsx_too_many_rows = Il y a plus de lignes qu’une feuille Excel ne peut en contenir (1 048 575) : exportez un document à la fois.
error-xlsx_password = Le classeur est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, supprimez le mot de passe (ou enregistrez une copie non protégée) et importez ce fichier.
error-xlsx_damaged = Le fichier est endommagé ou n’est pas un classeur Excel ; il ne peut donc pas être lu ({ $what }). Si Excel ou LibreOffice peut l’ouvrir, enregistrez-le à nouveau en .xlsx et importez le nouveau fichier.
error-xlsx_no_sheet = Le classeur n’a aucune feuille à lire.
error-xlsx_beyond_row = La feuille « { $sheet } » a une cellule en { $cell }, au-delà de la ligne { $max } : bien plus de lignes que n’importe quelle matrice de recommandations. Supprimez ce qui se trouve sous le tableau et réessayez.
error-xlsx_beyond_column = La feuille « { $sheet } » a une cellule en { $cell }, au-delà de la colonne { $max }. Supprimez ce qui se trouve à droite du tableau et réessayez.
error-xlsx_cell_too_long = La cellule { $cell } contient plus de { $max } caractères, plus qu’Excel lui-même ne le permet : le fichier n’a pas été écrit par Excel ou CityRights.
error-xlsx_empty_sheet = La feuille « { $sheet } » est vide : il n’y a pas de ligne d’en-tête à lire.
error-xlsx_too_large = Le fichier dépasse { $max } Mo, bien plus qu’une matrice de recommandations : vérifiez qu’il s’agit du bon fichier.
error-xlsx_old_or_protected = Il s’agit d’un ancien fichier Excel (.xls) ou d’un classeur protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx sans mot de passe et importez ce fichier.
error-xlsx_not_zip = Le fichier n’est pas un classeur Excel (.xlsx) : il ne peut pas être ouvert comme tel. Enregistrez-le depuis Excel ou LibreOffice en .xlsx et importez ce fichier.
error-xlsx_too_many_parts = Le fichier contient { $n } parties, plus que n’importe quel classeur Excel ({ $max } au plus) : ce n’est pas une matrice qui peut être lue.
error-xlsx_bad_entry = Le fichier est endommagé : la partie { $n } de son zip ne peut pas être lue ({ $what }).
error-xlsx_part_too_large = Le fichier ne peut pas être lu : sa partie { $name } dépasse { $max } Mo une fois décompressée, bien plus que n’importe quelle matrice (le fichier est peut-être conçu pour épuiser la mémoire).
error-xlsx_bad_part = Le fichier est endommagé : sa partie { $name } ne peut pas être lue ({ $what }).
error-xlsx_parts_too_large = Le fichier ne peut pas être lu : ses parties dépassent { $max } Mo une fois décompressées, bien plus que n’importe quelle matrice.
error-xlsx_too_many_strings = Le fichier ne peut pas être lu : il annonce { $n } textes différents, plus de { $max } (le fichier est peut-être conçu pour épuiser la mémoire).
error-xlsx_bad_strings = Le fichier est endommagé : sa partie { $name } ne commence pas comme une liste de textes.
error-ws_newer =
    { $what ->
        [file_format] Ce fichier d’espace de travail a été écrit par une version plus récente de CityRights ({ $app_version } — format de fichier { $found }) ; cette version ({ $this_version }) comprend jusqu’au format de fichier { $known }. Rien n’a été modifié. Installez CityRights { $app_version } ou une version plus récente sur cet ordinateur, puis importez à nouveau le fichier.
       *[other] Ce fichier d’espace de travail a été écrit par une version plus récente de CityRights ({ $app_version } — version de schéma { $found }) ; cette version ({ $this_version }) comprend jusqu’à la version de schéma { $known }. Rien n’a été modifié. Installez CityRights { $app_version } ou une version plus récente sur cet ordinateur, puis importez à nouveau le fichier.
    }
error-ws_no_folder = Le dossier { $folder } n’existe pas. Choisissez un dossier existant pour le fichier d’espace de travail.
error-ws_not_ours = Ce n’est pas un fichier d’espace de travail CityRights, ou il est endommagé : { $why }. Rien n’a été modifié. Exportez à nouveau l’espace de travail sur l’autre ordinateur (cityrights workspace export -o FILE) et importez ce fichier.
error-pkg_zip_unreadable = sa structure zip ne peut pas être lue ({ $what })
error-ws_too_many_entries = il contient { $n } éléments alors qu’un espace de travail en contient au plus { $max }
error-pkg_no_manifest = il n’a pas de manifest.json
error-pkg_manifest_unreadable = son manifeste ne peut pas être lu ({ $what })
error-pkg_manifest_too_large = son manifeste est beaucoup trop volumineux
error-pkg_manifest_format = son manifeste indique qu’il est « { $format } »
error-ws_unexpected_entry = son manifeste nomme un élément inattendu « { $name } »
error-pkg_named_twice = son manifeste nomme « { $name } » deux fois
error-ws_entry_too_large = son élément { $name } occuperait { $bytes } octets une fois décompressé, plus que les { $max } Mo autorisés
error-ws_no_database = il ne contient aucune base de données
error-ws_damaged = Le fichier d’espace de travail est endommagé : { $why }. Rien n’a été modifié. Copiez à nouveau le fichier depuis l’autre ordinateur, ou exportez-le à nouveau là-bas.
error-pkg_not_listed = son manifeste ne mentionne pas { $name }
error-pkg_entry_unreadable = son élément { $name } ne peut pas être lu ({ $what })
error-ws_entry_size = son élément { $name } n’a pas la taille indiquée par le manifeste
error-ws_entry_larger = son élément { $name } est plus volumineux que ne l’indique le manifeste
error-pkg_entry_checksum = son élément { $name } ne correspond pas à la somme de contrôle de son manifeste
error-ws_damaged_database = La base de données contenue dans le fichier d’espace de travail { $why }. Rien n’a été modifié. Exportez à nouveau l’espace de travail sur l’autre ordinateur et importez le nouveau fichier.
error-wsdb_cannot_open = ne peut pas être ouverte ({ $what })
error-wsdb_cannot_read = ne peut pas être lue ({ $what })
error-wsdb_not_ours = n’est pas une base de données CityRights
error-wsdb_no_version = n’a pas de version de schéma
error-wsdb_damaged = est endommagée ({ $check })
error-wsdb_unknown_version = a une version de schéma inconnue
error-wsdb_wrong_kind = contient un objet « { $kind } » nommé { $table } là où CityRights garde une table
error-wsdb_rows_rejected = contient des lignes de { $table } que CityRights ne peut pas accepter ({ $what })
error-wsdb_cannot_upgrade = ne peut pas être mise à niveau ({ $what })
error-wsdb_dangling = contient des lignes de { $table } qui renvoient à des enregistrements qu’elle ne contient pas
error-wsdb_nothing = rien
error-wsdb_a_value = une valeur
error-wsdb_bad_value = contient une valeur que CityRights n’écrit jamais (table { $table }, ligne{ $row }, colonne { $column } : { $found } là où il faut { $expected })
error-wsdb_bad_section = contient une section dont CityRights ne peut pas lire le texte (section { $id }, « { $title } » : { $what })
error-wsdb_bad_revision = contient une version enregistrée de la contribution { $submission } que CityRights ne peut pas lire (révision { $id } : { $what })
error-pkg_too_many_entries = il contient { $n } éléments alors qu’un paquet en contient au plus { $max }
error-pkg_entry_over = son élément { $name } occuperait { $bytes } octets une fois décompressé, plus que les { $max } autorisés
error-pkg_total_over = il occuperait { $bytes } octets une fois décompressé, plus que les { $max } autorisés
error-pkg_unlisted_entry = il contient un élément « { $name } » que son manifeste ne mentionne pas
error-pkg_entry_size = son élément { $name } n’a pas la taille indiquée par son manifeste
error-pkg_too_large = il dépasse les { $max } Mo qu’un paquet peut occuper
error-pkg_bad_ids = les identifiants de son manifeste ne sont pas de ceux qu’écrit CityRights
error-pkg_request_unreadable = sa demande ne peut pas être lue ({ $what })
error-pkg_request_too_large = il demande plus de sections ou de recommandations qu’une demande n’en contient
error-pkg_request_empty = il ne demande rien
error-pkg_names_too_long = l’un de ses noms ou son message est beaucoup trop long
error-pkg_section_refused = le texte de sa section « { $title } » est refusé : { $what }
error-pkg_too_much_evidence = une recommandation qu’il contient porte trop de notes d’éléments de preuve
error-pkg_changes_unreadable = sa liste de modifications ne peut pas être lue ({ $what })
error-pkg_too_many_changes = il contient plus de modifications qu’un retour ne peut en contenir
error-pkg_sender_too_long = le nom de son expéditeur est beaucoup trop long
error-pkg_author_too_long = l’une de ses modifications nomme un auteur au nom beaucoup trop long
error-pkg_no_changeset = sa modification de { $field } { $id } n’a pas de jeu de modifications
error-pkg_change_too_large = l’une de ses modifications est beaucoup trop volumineuse
error-database_closed = La base de données est fermée.
error-file_exists = { $path } existe déjà. Choisissez un nouveau nom de fichier : un fichier existant n’est jamais écrasé.
error-demo_not_empty = Cette base de données contient déjà des données ; la démonstration n’a donc pas été ajoutée. Utilisez un nouveau fichier de base de données vide pour la démonstration.
error-not_a_backup_name = { $name } n’est pas un nom de fichier de sauvegarde CityRights.
error-copy_failed_check = La copie de la base de données n’a pas passé la vérification ({ $check }) et a été supprimée. La base de données elle-même est inchangée.
error-backup_of_another = La sauvegarde { $name } n’est pas une sauvegarde de { $path } : elle appartient à une autre base de données. Votre base de données n’a pas été modifiée ; choisissez l’une de ses propres sauvegardes.
error-settings_unreadable = Le fichier de paramètres { $path } ne peut pas être lu ({ $what }). Choisissez à nouveau le second dossier de sauvegarde ou le style de citation dans Paramètres ; l’un ou l’autre écrit un nouveau fichier.
error-choose_second_folder = Choisissez un dossier pour la seconde copie des sauvegardes.
error-not_a_full_path = { $folder } n’est pas un chemin complet. Choisissez le dossier avec « Choisir un dossier… ».
error-second_is_data_folder = Il s’agit du dossier des données, où vont déjà les sauvegardes. Choisissez un autre support : une clé USB ou un partage du service.
error-not_a_language = « { $value } » n’est pas une langue que parle CityRights : choisissez l’une des suivantes : { $codes }.
error-type_symbol = Saisissez la cote du document, par exemple A/HRC/59/15.
error-search_not_understood = Cette recherche n’a pas pu être comprise. Recherchez des mots simples, sans guillemets ni symboles.
error-search_index_damaged = L’index de recherche de cette base de données est endommagé ; la recherche ne peut donc pas aboutir. Vos textes ne sont pas concernés par ce message. Restaurez la dernière sauvegarde (Paramètres → Sauvegardes), ou exportez l’espace de travail et importez-le à nouveau, ce qui reconstruit l’index.
error-revision_unreadable = La révision { $id } ne peut pas être lue ({ $what }).
error-versions_of_two = Les deux versions doivent appartenir à la même contribution.
error-sent_file_empty = Le fichier est vide : choisissez le fichier qui a réellement été envoyé.
error-not_submitted_yet = La contribution « { $title } » (id { $id }) n’est pas marquée comme soumise : son texte peut déjà être modifié.
error-mark_submitted_first = Marquez d’abord la contribution comme soumise.
error-template_other_mechanism = Le modèle « { $name } » n’est pas destiné à ce mécanisme. Choisissez-en un conçu pour lui.
error-choose_un_language = Choisissez l’une des six langues officielles de l’ONU.
error-co_submitter_gone = L’un des coauteurs n’existe plus.
error-section_text_unreadable = Le texte de la section { $id } ne peut pas être lu ({ $what }).
error-profile_before_logo = Établissez d’abord le profil de la ville, puis choisissez son logo.
error-consultation_date = Indiquez la date de la consultation (AAAA-MM-JJ, par exemple 2027-03-02).
error-consultation_topic_empty = Le sujet ne peut pas être vide. Indiquez en quelques mots l’objet de la consultation.
error-consultation_topic_long = Le sujet est trop long : { $max } caractères au plus. Raccourcissez-le ; rien n’a été perdu.
error-consultation_format = Choisissez la manière dont la consultation s’est tenue (une réunion, une enquête, des contributions écrites…).
error-consultation_submission = Choisissez l’une des contributions de cette participation, ou aucune.
error-participants_max = { $max } participants au plus peuvent être nommés ; indiquez un groupe plus nombreux par un nombre dans les notes.
error-participant_no_name = Le participant { $n } n’a pas de nom. Indiquez son nom, ou supprimez la ligne.
error-participant_email = « { $value } » (participant { $n }) n’est pas une adresse électronique. Corrigez-la ou laissez-la vide.
error-departments_full = La liste de la ville compte déjà { $max } services, le maximum qu’elle puisse contenir. Choisissez l’un d’eux, ou supprimez ceux qui ne servent pas dans Paramètres.
error-department_name_empty = Le nom du service ne peut pas être vide. Pour le retirer de la liste, supprimez-le.
error-type_department = Saisissez le nom du service, par exemple « Service du logement ».
error-recommendation_too_long = La recommandation { $symbol } { $paragraph } fait { $size } Ko, alors que les plus longues que rédige l’ONU font quelques Ko ({ $max } Ko au plus sont acceptés) : ce fichier n’est pas ce qu’il paraît. Rien n’a été importé.
error-recommendation_text_empty = Le texte de la recommandation ne peut pas être vide.
error-recommendation_in_bin = { $symbol }, par. { $paragraph } est dans la Corbeille. Restaurez-la depuis la Corbeille au lieu de l’ajouter à nouveau : elle revient avec le suivi de la ville.
error-recommendation_exists = { $symbol }, par. { $paragraph } figure déjà dans la liste. Recherchez-la au lieu de l’ajouter à nouveau.
error-tag_empty = L’étiquette ne peut pas être vide. Saisissez un mot ou deux, par exemple « logement ».
error-note_empty = Indiquez ce qui a été fait, par exemple « Décision du conseil 2026/14 finançant 200 logements ».
error-select_one = Sélectionnez d’abord au moins une recommandation.
error-bulk_max = { $max } recommandations au plus peuvent être modifiées à la fois.
error-department_in_use =
    { $n ->
        [one] { $n } recommandation désigne « { $name } » comme service responsable ; il reste donc dans la liste. Attribuez-lui d’abord un autre service, ou renommez celui-ci (un nom déjà présent dans la liste fusionne les deux).
       *[other] { $n } recommandations désignent « { $name } » comme service responsable ; il reste donc dans la liste. Attribuez-leur d’abord un autre service, ou renommez celui-ci (un nom déjà présent dans la liste fusionne les deux).
    }
error-not_a_file_nothing_changed = { $path } n’est pas un fichier ; rien n’a été modifié.
error-database_in_use = CityRights est ouvert sur { $path } (ou une autre commande y écrit). Fermez l’application, puis relancez la commande : un seul programme à la fois peut modifier une base de données.
error-not_a_file_name = { $path } n’est pas un nom de fichier.
error-change_unreadable = Une modification en attente d’examen ne peut pas être lue : { $what }
error-unknown_mechanism = Mécanisme inconnu « { $code } ». Choisissez l’EPU, un organe conventionnel ou les procédures spéciales.
error-no_recommendation = Il n’y a pas de recommandation { $id } (elle est peut-être dans la corbeille). Choisissez-en une dans la liste des recommandations.
error-sdg_targets_max = Une recommandation peut être liée à { $max } cibles des ODD au plus.
error-xlsx_rows_twice = Les lignes { $first } et { $second } sont toutes deux { $reference } : gardez-en une et importez à nouveau.
error-xlsx_row = Ligne { $row } ({ $reference }) : { $what } Rien n’a été importé.
error-xlsx_no_columns = aucune
error-xlsx_not_a_matrix = La feuille « { $sheet } » n’est pas une matrice de mise en œuvre : sa première ligne n’a pas de colonne { $missing }. Ses colonnes sont : { $columns }. Exportez la matrice depuis CityRights (recommendations export-xlsx), remplissez ce fichier et importez-le.
error-input_too_large = L’entrée dépasse { $max } Mo : vérifiez qu’il s’agit du bon fichier.
cli-count_sections =
    { $n ->
        [one] { $n } section
       *[other] { $n } sections
    }
cli-count_paragraphs =
    { $n ->
        [one] { $n } paragraphe numéroté
       *[other] { $n } paragraphes numérotés
    }
cli-count_footnotes =
    { $n ->
        [one] { $n } note de bas de page
       *[other] { $n } notes de bas de page
    }
cli-count_pages =
    { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
cli-count_recommendations =
    { $n ->
        [one] { $n } recommandation
       *[other] { $n } recommandations
    }
cli-count_words =
    { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    }
cli-count_actions =
    { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
cli-docx_written = { $path } a été écrit ({ $sections }, { $paragraphs }, { $footnotes }).
cli-pdf_written = { $path } a été écrit ({ $pages }, { $paragraphs }, { $footnotes }).
cli-section_replaced = Le texte de « { $title } » a été remplacé (version { $version }) ; la contribution compte désormais { $words }.
cli-no_revisions = Aucune révision pour l’instant.
cli-revision_by = (par { $author })
cli-recommendations_written = Écrit dans { $path } : { $recommendations }.
cli-recommendations_pdf_written = Écrit dans { $path } : { $recommendations } sur { $pages }.
cli-matrix_evidence = Ligne { $row }, { $reference } : élément de preuve ajouté : { $value }
cli-matrix_change = Ligne { $row }, { $reference } : { $field } « { $from } » → « { $to } »
cli-no_id = aucun
cli-matrix_unknown = Ligne { $row } : aucune recommandation { $symbol } { $paragraph } (ID { $id }) dans cette base de données.
cli-matrix_summary =
    { $dry_run ->
        [yes] Résultat prévu : modifiées : { $changed } ; inchangées : { $unchanged } ; inconnues : { $unknown }.
       *[other] Terminé : modifiées : { $changed } ; inchangées : { $unchanged } ; inconnues : { $unknown }.
    }
cli-man_pages_written = Pages de manuel écrites dans { $path }.
cli-report_created = La contribution { $id } « { $title } » a été créée avec { $sections }, citant { $recommendations }. Ouvrez-la pour la modifier, ou exportez-la avec `cityrights export pdf --submission { $id } -o FILE.pdf`.
cli-progress_by_theme = Par thème :
cli-progress_by_department = Par service :
cli-progress_by_sdg = Par ODD :
cli-progress_line = { $name } : { $recommendations } (non commencées : { $not_started } ; en cours : { $in_progress } ; mises en œuvre : { $implemented } ; sans objet : { $not_applicable } ; { $actions })
error-already_submitted = La contribution « { $title } » (id { $id }) est déjà marquée comme soumise. Pour envoyer une version corrigée, commencez d’abord une nouvelle version (« Commencer une nouvelle version » sur l’écran de la contribution, ou `cityrights submission reopen --submission { $id } --json`) : la trace de ce qui a été envoyé est conservée.
error-already_submitted_on = La contribution « { $title } » (id { $id }) est déjà marquée comme soumise le { $date } ({ $channel }). Pour envoyer une version corrigée, commencez d’abord une nouvelle version (« Commencer une nouvelle version » sur l’écran de la contribution, ou `cityrights submission reopen --submission { $id } --json`) : la trace de ce qui a été envoyé est conservée.
error-nothing_to_send = La contribution « { $title } » (id { $id }) n’a pas de texte (0 mot) ; il n’y a donc rien à conserver comme version envoyée. Si elle a été rédigée ailleurs, importez d’abord le fichier envoyé (« Importer le document d’un service… », ou `cityrights submission import --into-submission { $id } FILE`), puis marquez-la comme soumise.
error-submission_read_only = La contribution « { $title } » (id { $id }) a été marquée comme soumise : ce qui a été envoyé reste tel quel ; son texte, ses sections et ses informations ne peuvent donc pas être modifiés. Pour les modifier, commencez une nouvelle version (« Commencer une nouvelle version » sur l’écran de la contribution, ou `cityrights submission reopen --submission { $id } --json`) ; la trace de ce qui a été envoyé (date, canal, fichier, SHA-256 et version verrouillée) est conservée.
error-submitted_only_by_marking = Une contribution ne devient « Soumise » (puis « Accusé de réception reçu ») que par « Marquer comme soumise », qui enregistre la date, le canal et le fichier exact envoyé (CLI : `cityrights submission mark-submitted --submission { $id } --file FILE --channel TEXT`).
error-unknown_symbol = Aucune recommandation de « { $symbol } » n’est enregistrée. Vérifiez la cote (par exemple A/HRC/59/15) ou importez d’abord ses recommandations.
error-not_an_action_status = « { $value } » n’est pas un statut d’action. Utilisez l’un des suivants : { $codes }.
error-action_list_max =
    { $what ->
        [recommendations] Une action peut mentionner au plus { $max } recommandations ; celle-ci en mentionne { $n }.
        [partners] Une action peut mentionner au plus { $max } partenaires ; celle-ci en mentionne { $n }.
       *[other] Une action peut mentionner au plus { $max } cibles des ODD ; celle-ci en mentionne { $n }.
    }
error-action_needs_recommendation = Une action doit répondre à au moins une recommandation. Choisissez la recommandation à laquelle elle répond.
error-due_before_start = L’échéance ({ $due }) est antérieure au début ({ $start }). Déplacez l’une des deux dates.
error-value_too_large = { $value } est trop grand pour une valeur à cet endroit.
error-not_a_number = « { $value } » n’est pas un nombre. Écrivez la valeur en chiffres, par exemple 120 ou 3,5.
error-indicator_owner = Un indicateur appartient à une action ou à une recommandation : indiquez l’une des deux.
error-baseline_date = Indiquez la date de la valeur de référence (AAAA-MM-JJ).
error-target_date = Indiquez la date à laquelle la cible doit être atteinte (AAAA-MM-JJ).
error-target_after_baseline = La date de la cible ({ $target }) doit être postérieure à celle de la valeur de référence ({ $baseline }).
error-zone_empty = Indiquez un fuseau horaire : une ville comme Genève ou New York, ou un nom de fuseau comme Europe/Zurich.
error-zone_too_long = Un fuseau horaire compte au plus { $max } caractères : une ville comme Genève ou New York, ou un nom de fuseau comme Europe/Zurich.
error-zone_unknown = « { $value } » n’est pas un fuseau horaire connu de CityRights. Écrivez une ville, comme Genève ou New York, ou un nom de fuseau comme Europe/Zurich.
error-zone_unknown_suggest = « { $value } » n’est pas un fuseau horaire connu de CityRights. Vouliez-vous dire { $suggestions } ? Écrivez une ville, comme Genève ou New York, ou un nom de fuseau comme Europe/Zurich.
error-not_a_country_code = « { $value } » n’est pas un code ISO 3166-1 alpha-3 d’un État Membre ou observateur de l’ONU. Indiquez le code à trois lettres, par exemple SVN pour la Slovénie ou BOL pour la Bolivie.
error-not_a_report_kind = « { $value } » n’est pas un type de rapport. Utilisez l’un des suivants : { $codes }.
error-not_a_report_language = « { $value } » n’est pas une langue dans laquelle CityRights rédige des rapports : choisissez l’une des suivantes : { $codes }.
error-no_library_entry = La Bibliothèque ne contient pas d’entrée « { $id } ».
error-unknown_template = Modèle inconnu « { $key } ».
error-word_limit_range = Une limite de mots doit être comprise entre 1 et 100 000 mots.
error-not_a_value_of =
    { $what ->
        [competence] « { $value } » n’est pas une compétence. Utilisez l’une des suivantes : { $codes }.
       *[other] « { $value } » n’est pas un statut local. Utilisez l’un des suivants : { $codes }.
    }
error-no_sdg_code =
    { $what ->
        [target] Il n’y a pas de cible des ODD « { $code } ». Écrivez-la comme l’ONU la numérote, par exemple { $example }.
       *[other] Il n’y a pas d’indicateur des ODD « { $code } ». Écrivez-le comme l’ONU le numérote, par exemple { $example }.
    }
error-chart_glyph = Le graphique ne peut pas afficher « { $chars } » : aucune des polices fournies avec CityRights ne contient ce caractère. Renommez le thème ou le service qui l’utilise et exportez à nouveau.
error-cli_import_target = Indiquez --engagement ID (une nouvelle contribution) ou --into-submission ID (une nouvelle section).
error-cli_person = Indiquez --person ID ou --email EMAIL.
error-cli_not_one_of = « { $value } » ne fait pas partie des valeurs suivantes : { $codes }.
error-cli_map_form = « { $value } » n’est pas de la forme FIELD=HEADER, par exemple text=Recommendation.
error-cli_map_no_column = Le fichier n’a pas de colonne « { $header } ». Ses colonnes sont : { $columns }.
error-cli_map_field = « { $value } » n’est pas un champ : utilisez symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism ou cycle.
error-cli_template_for = Le modèle « { $key } » n’est pas destiné à { $mechanism }. Modèles qui lui sont destinés : { $templates }.
error-milestone_bad_date = Le jalon « { $title } » a une date illisible ({ $date }) ; modifiez-la dans l’application, puis exportez à nouveau.
error-retention_months = Indiquez un nombre de mois de 1 à { $max } (24 correspond à deux ans).
error-person_query_short = Saisissez au moins deux lettres du nom ou de l’adresse électronique de la personne.
error-person_already_removed = Les données de cette personne ont déjà été supprimées.
error-no_data_for_email = Aucune donnée personnelle associée à l’adresse électronique { $email } n’a été trouvée.
error-email_to_erase = Indiquez l’adresse électronique à effacer.
error-reminder_not_days = « { $value } » n’est pas un nombre de jours. Écrivez les jours avant la date, séparés par des virgules, par exemple 30, 7, 1 (ou laissez vide pour aucun rappel).
error-reminder_too_early = Un rappel peut être fixé au plus { $max } jours avant la date ({ $n } a été indiqué).
error-reminders_max = Dix rappels au plus peuvent être fixés pour un jalon.
error-milestone_kind = Choisissez ce que marque ce jalon.
error-date_out_of_reach = Cette date est hors limites.
error-nothing_to_handle = « { $title } » ne demande rien à la ville à cette date ; il n’y a donc rien à marquer comme traité.
error-not_passed_yet = « { $title } » n’est pas encore passé : seule une échéance manquée peut être marquée comme traitée.
error-window_closes_before_opening = La période de dépôt ne peut pas se clore ({ $closes }) avant de s’ouvrir ({ $opens }). Vérifiez les deux dates.
error-stakeholder_kind = Choisissez le type de partie prenante.
error-synced_folder = { $path } se trouve dans un dossier { $sync }. Les programmes de synchronisation copient la base de données pendant son écriture, ce qui peut l’endommager. Gardez la base de données sur le disque propre de cet ordinateur (l’emplacement par défaut) et laissez plutôt les sauvegardes automatiques aller dans le dossier synchronisé.
error-network_drive = { $path } se trouve sur un lecteur réseau ({ $fs }). Le verrouillage et le journal d’écriture anticipée de SQLite n’y sont pas sûrs : deux ordinateurs pourraient endommager le fichier. Gardez la base de données sur le disque propre de cet ordinateur (l’emplacement par défaut) ; un dossier réseau convient pour les sauvegardes.
error-search_too_long =
    { $what ->
        [characters] Cette recherche est trop longue ({ $n } caractères). Une recherche compte au plus { $max_words } mots et { $max_chars } caractères : recherchez quelques mots ou une phrase du texte.
       *[other] Cette recherche est trop longue ({ $n } mots). Une recherche compte au plus { $max_words } mots et { $max_chars } caractères : recherchez quelques mots ou une phrase du texte.
    }
error-choose_uhri_first = Choisissez d’abord l’export de l’Index universel des droits de l’homme.
error-logo_unreadable = il ne peut pas être lu ({ $reason })
error-logo_not_a_file = ce n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier)
error-logo_too_large = il dépasse { $max } Mo, bien plus qu’un logo
error-logo_city = Le fichier { $path } ne peut pas servir de logo de la ville : { $why }. Choisissez une image PNG.
error-logo_not_png = ce n’est pas une image PNG
error-logo_not_png_because = ce n’est pas une image PNG ({ $what })
error-logo_word = Le logo de la ville { $path } ne peut pas être utilisé dans le fichier Word : { $why }. Choisissez un fichier PNG dans le profil de la ville, ou retirez le logo ; rien n’a été écrit.
error-logo_pdf = Le logo de la ville { $path } ne peut pas être utilisé dans le PDF : { $why }. Choisissez un fichier PNG dans le profil de la ville, ou retirez le logo ; rien n’a été écrit.
error-logo_pixels = ses pixels n’ont pas pu être lus ({ $what })
error-logo_pixels_max = il mesure { $width } × { $height } pixels ; { $max } × { $max } au plus sont acceptés
error-logo_colours = ses couleurs n’ont pas pu être décodées
error-mechanism_kind_unknown = Type de mécanisme inconnu : { $kind }
error-mechanism_rule_damaged = La règle enregistrée de { $code } est endommagée : { $what }
error-not_a_value_of_field = « { $value } » n’est pas une valeur de { $field }.

# --- templates ---
# The submission templates' words (assets/templates/*.json give their structure): each
# template's name and description (the template picker, in the interface's language), and
# each section's title and guidance (a new submission's sections, in the submission's language).
template-upr_stakeholder-name = Contribution des parties prenantes à l’EPU
template-upr_stakeholder-description = La contribution écrite d’une ville à l’Examen périodique universel de son État, en tant qu’« autre partie prenante », seule ou conjointement. Les règles de forme (limite de mots, format) sont celles du HCDH ; la structure en sections est un conseil. Le HCDH publie sur son site le texte intégral de chaque contribution des parties prenantes (A/HRC/WG.6/48/SVN/3, note 2) : n’écrivez rien que vous ne publieriez pas.
template-upr_stakeholder-s1-title = Résumé et mots clés
template-upr_stakeholder-s1-guidance = En un court paragraphe, présentez les principales préoccupations de la ville et ses recommandations essentielles. Indiquez ensuite quelques mots clés pour les domaines des droits de l’homme traités (par exemple : droit à un logement convenable ; migrants ; non-discrimination). Un résumé introductif et des mots clés sont recommandés (ancienne note d’orientation du HCDH, source tierce).
template-upr_stakeholder-s2-title = La ville et ses compétences
template-upr_stakeholder-s2-guidance = Indiquez en 2 à 4 phrases ce qu’est la ville, quelles compétences elle exerce pour les droits examinés (logement, écoles, police, services sociaux...) ainsi que ses engagements et ses organes en matière de droits de l’homme. Dites clairement ce qui ne relève pas de sa compétence. Cela explique pourquoi une collectivité locale fait rapport.
template-upr_stakeholder-s3-title = Méthodologie et consultations
template-upr_stakeholder-s3-guidance = Précisez d’où proviennent les éléments de preuve (données municipales, plaintes, enquêtes, rapport de la ville sur les droits de l’homme), la période couverte et les personnes consultées : habitants, ONG, institution nationale des droits de l’homme, autres municipalités.
template-upr_stakeholder-s4-title = Suite donnée à l’examen précédent
template-upr_stakeholder-s4-guidance = Reprenez chaque recommandation pertinente du cycle précédent. Citez son numéro et le ou les États qui l’ont formulée, par exemple « 140.7 ... (Maldives) (Portugal) », et indiquez si elle a été acceptée ou s’il en a été pris note. Évaluez ensuite sa mise en œuvre au niveau local : ce que la ville a fait, ce qui a changé (données à l’appui) et les lacunes qui subsistent, y compris celles qui tiennent à la législation ou au financement nationaux. Traitez aussi, le cas échéant, les recommandations dont il a été pris note.
template-upr_stakeholder-s5-title = Faits nouveaux
template-upr_stakeholder-s5-guidance = Présentez les faits nouveaux importants survenus au niveau local depuis le dernier examen (nouveaux arrêtés, crises, déplacements de population, effets du changement climatique) qu’aucune recommandation antérieure ne couvre. Rattachez chacun d’eux à une norme relative aux droits de l’homme.
template-upr_stakeholder-s6-title = Recommandations à l’État
template-upr_stakeholder-s6-guidance = Proposez un petit nombre de recommandations adressées à l’État examiné : les recommandations de l’EPU sont formulées par des États à l’intention d’États. Rendez chacune concrète et mesurable, et précisez quel niveau d’administration doit agir et de quels moyens ou de quelle coordination il a besoin. Lorsqu’une recommandation antérieure n’a pas été mise en œuvre, proposez de la reprendre « comme recommandé précédemment ».
template-upr_midterm-name = Rapport à mi-parcours de l’EPU
template-upr_midterm-description = Un rapport volontaire à mi-parcours sur les recommandations du dernier cycle de l’EPU, environ deux ans après l’adoption du document final par le Conseil des droits de l’homme, établi par la ville seule ou avec des partenaires. Aucune limite de mots, aucune voie de transmission ni aucun format n’est fixé pour le rapport à mi-parcours d’une ville : les limites applicables aux parties prenantes de l’EPU ne s’appliquent pas, et vous pouvez fixer votre propre limite dans les règles de la participation. La structure est une suggestion.
template-upr_midterm-s1-title = Résumé
template-upr_midterm-s1-guidance = Indiquez le cycle, la date de l’examen et la cote du rapport du Groupe de travail, ainsi que les principales conclusions en quelques lignes.
template-upr_midterm-s2-title = Méthode et partenaires
template-upr_midterm-s2-guidance = Qui a participé, quelles données ont été utilisées et la période couverte.
template-upr_midterm-s3-title = Mise en œuvre des recommandations
template-upr_midterm-s3-guidance = Une ligne par recommandation dans un tableau : numéro, texte, État auteur de la recommandation, position (acceptée ou dont il a été pris note), intérêt au niveau local, mesures prises, éléments de preuve ou indicateur, état d’avancement (aucune mesure / en cours / achevée).
template-upr_midterm-s4-title = Thèmes prioritaires
template-upr_midterm-s4-guidance = Un exposé sur les thèmes où la ville a le plus agi, données à l’appui.
template-upr_midterm-s5-title = Obstacles
template-upr_midterm-s5-guidance = Ce qui fait obstacle, y compris la coordination entre les niveaux d’administration et le financement.
template-upr_midterm-s6-title = Prochaines étapes
template-upr_midterm-s6-guidance = Ce que la ville fera avant le prochain examen.
template-tb_list_of_issues-name = Organe conventionnel : contribution à la liste de points
template-tb_list_of_issues-description = Contribution à la liste de points (LOI) d’un comité ou à la liste de points établie avant la soumission du rapport (LOIPR) : brève, composée de questions, sans recommandations pour les observations finales. La ville s’exprime en tant qu’autorité publique faisant partie de l’État partie : coordonnez-vous avec l’organe national chargé des rapports.
template-tb_list_of_issues-s1-title = Résumé analytique
template-tb_list_of_issues-s1-guidance = Énumérez les préoccupations prioritaires par ordre de priorité, en quelques lignes.
template-tb_list_of_issues-s2-title = Présentation de la ville auteur de la contribution
template-tb_list_of_issues-s2-guidance = Présentez la ville, son mandat et ses compétences, et expliquez pourquoi ses informations sont fiables. Précisez que l’auteur de la contribution est une autorité publique et non une ONG. La ville fait partie de l’État partie : les pages du HCDH appellent ce qu’envoient les autres acteurs « contributions des parties prenantes autres que l’État partie », et le document A/HRC/28/62 relève que les obligations en matière de droits de l’homme s’étendent à tous les niveaux d’administration. Coordonnez-vous avec l’organe national qui prépare le rapport de l’État avant de le contredire, et indiquez en quoi la position de la ville diffère et pourquoi.
template-tb_list_of_issues-s3-title = Points et questions proposées
template-tb_list_of_issues-s3-guidance = Pour chaque point (suivez les articles du traité ou, pour le Comité des droits de l’enfant, les groupes d’articles du Comité) : donnez un bref contexte avec des données locales, expliquez pourquoi il a sa place dans la liste de points et proposez 1 à 3 questions précises que le Comité pourrait poser à l’État. N’écrivez pas de recommandations pour les observations finales à ce stade.
template-tb_list_of_issues-s4-title = Sources
template-tb_list_of_issues-s4-guidance = Indiquez la source de chaque fait avancé. Précisez qui a recueilli les données, quand et comment. Ne vous appuyez jamais sur des sources anonymes.
template-tb_session_report-name = Organe conventionnel : rapport pour la session
template-tb_session_report-description = Un rapport complet pour le dialogue constructif du comité avec l’État, article par article ou question par question de la liste de points, assorti de recommandations proposées. La ville s’exprime en tant qu’autorité publique faisant partie de l’État partie : coordonnez-vous avec l’organe national chargé des rapports.
template-tb_session_report-s1-title = Résumé analytique
template-tb_session_report-s1-guidance = Énumérez les préoccupations prioritaires et les principales recommandations par ordre de priorité.
template-tb_session_report-s2-title = Présentation de la ville auteur de la contribution
template-tb_session_report-s2-guidance = Présentez la ville, son mandat et ses compétences, ainsi que sa crédibilité. Indiquez que l’auteur de la contribution est une autorité publique et non une ONG. La ville fait partie de l’État partie : les pages du HCDH appellent ce qu’envoient les autres acteurs « contributions des parties prenantes autres que l’État partie », et le document A/HRC/28/62 relève que les obligations en matière de droits de l’homme s’étendent à tous les niveaux d’administration. Coordonnez-vous avec l’organe national qui prépare le rapport de l’État avant de le contredire, et indiquez en quoi la position de la ville diffère et pourquoi.
template-tb_session_report-s3-title = Points par article ou par question de la liste de points
template-tb_session_report-s3-guidance = Suivez les articles du traité dans l’ordre (ou, dans le cadre de la procédure simplifiée, les questions de la liste de points par numéro). Pour chacun : ce qui se passe au niveau local, avec des données ventilées ; ce que le rapport de l’État omet ou présente de manière inexacte, et si les observations finales précédentes ont été mises en œuvre ; des éléments de preuve précis ; et des recommandations concrètes, adaptées au pays.
template-tb_session_report-s4-title = Recommandations proposées
template-tb_session_report-s4-guidance = Regroupez les recommandations que vous proposez pour les observations finales, concrètes et mesurables, par ordre de priorité.
template-tb_session_report-s5-title = Conclusion
template-tb_session_report-s5-guidance = Rappelez brièvement les principaux points. Vous pouvez reprendre les recommandations.
template-tb_session_report-s6-title = Sources
template-tb_session_report-s6-guidance = Citez les sources avec précision. Pour le Comité des droits de l’enfant, les annexes ne sont pas comptées dans la limite de mots (selon Child Rights Connect).
template-tb_follow_up_info-name = Organe conventionnel : informations pour la procédure de suivi
template-tb_follow_up_info-description = Informations destinées au rapporteur chargé du suivi d’un comité sur les quelques recommandations que les observations finales retiennent pour la procédure de suivi (leurs derniers paragraphes les désignent et fixent le délai). Le rapport de suivi est celui de l’État ; le rapporteur examine toutes les sources disponibles, dont les institutions nationales des droits de l’homme et les ONG, de sorte que la ville peut envoyer ses propres informations. Aucune limite de mots n’est publiée pour ces informations : soyez bref.
template-tb_follow_up_info-s1-title = Résumé
template-tb_follow_up_info-s1-guidance = Les observations finales (cote et date), les recommandations retenues pour la procédure de suivi (numéros de paragraphe) et l’appréciation d’ensemble de la ville en deux ou trois lignes.
template-tb_follow_up_info-s2-title = Recommandations retenues pour la procédure de suivi
template-tb_follow_up_info-s2-guidance = Citez chaque recommandation retenue, avec son numéro de paragraphe, telle que la formulent les observations finales.
template-tb_follow_up_info-s3-title = Ce que la ville a fait
template-tb_follow_up_info-s3-guidance = Pour chacune : les mesures prises par la ville, avec dates, budgets et chiffres, et ce qui a changé pour les personnes concernées. Dites clairement ce qui n’a pas été fait et pourquoi. La ville fait partie de l’État partie : lorsque sa position diffère du rapport de suivi de l’État, dites-le en l’étayant.
template-tb_follow_up_info-s4-title = Sources
template-tb_follow_up_info-s4-guidance = Indiquez la source de chaque chiffre : qui l’a recueilli, quand et comment.
template-sp_call_for_input-name = Procédures spéciales : réponse à un appel à contributions
template-sp_call_for_input-description = Une réponse à un appel à contributions d’un titulaire de mandat au titre des procédures spéciales ou du HCDH, suivant la numérotation des questions de l’appel. Ajoutez une section par question de l’appel. Ne répondez qu’à ce que la ville peut étayer ; l’appel fixe sa propre limite de mots, sa langue et sa date limite.
template-sp_call_for_input-s1-title = Question 1
template-sp_call_for_input-s1-guidance = Reprenez la question (ou son numéro) comme titre de cette section ; ajoutez une section par question de l’appel et ne répondez qu’à celles que la ville peut étayer. Pour chaque réponse : i) le cadre juridique et politique au niveau de la ville ; ii) les mesures et les bonnes pratiques, avec dates et budgets ; iii) les données et les résultats, ventilés ; iv) les difficultés, y compris la dépendance à l’égard de la législation ou du financement nationaux.
template-sp_call_for_input-s2-title = Liens vers les annexes
template-sp_call_for_input-s2-guidance = Liens vers les arrêtés, rapports et jeux de données cités.
template-state_report_input-name = Contribution au rapport national ou à la consultation nationale de l’État
template-state_report_input-description = La contribution de la ville au rapport que son État prépare pour l’EPU ou un organe conventionnel, ou à la consultation nationale de l’État sur ce rapport. Elle est adressée à l’organe national qui coordonne le rapport (souvent un mécanisme national de mise en œuvre, d’établissement de rapports et de suivi), et non à l’ONU : les limites de mots de l’ONU ne s’appliquent pas, suivez donc ce que demande l’organe national.
template-state_report_input-s1-title = Résumé
template-state_report_input-s1-guidance = En quelques lignes : ce que la ville apporte, sur quelles recommandations ou quels articles, et le ou les deux points qu’elle souhaite avant tout voir figurer dans le rapport national.
template-state_report_input-s2-title = Les compétences et les sources de la ville
template-state_report_input-s2-guidance = Quels services publics la ville assure pour les droits concernés (logement, eau, écoles, police, services sociaux…), et d’où proviennent les données ci-dessous, avec leurs dates.
template-state_report_input-s3-title = Mise en œuvre au niveau local
template-state_report_input-s3-guidance = Pour chaque recommandation ou article que couvrira le rapport national : ce que la ville a fait depuis le dernier examen, avec chiffres et dates, et ce qui a changé pour les habitants. Citez le numéro de la recommandation ou l’article.
template-state_report_input-s4-title = Difficultés appelant une action nationale
template-state_report_input-s4-guidance = Ce que la ville ne peut résoudre seule : législation nationale, financement, données, coordination entre les niveaux d’administration. Indiquez quelle action nationale serait utile.
template-state_report_input-s5-title = Texte proposé pour le rapport national
template-state_report_input-s5-guidance = Facultatif : de courts paragraphes que l’organe national peut reprendre tels quels, dans le style du rapport.
template-state_report_input-s6-title = Contact pour le suivi
template-state_report_input-s6-guidance = Qui, à la ville, répond aux questions de l’organe national, et d’ici quand la ville peut relire le projet de rapport.
template-local_human_rights_report-name = Rapport local sur les droits de l’homme
template-local_human_rights_report-description = Le rapport périodique de la ville sur les droits de l’homme sur son territoire, tel que les villes des droits de l’homme le publient tous les ans ou tous les deux ans : ce à quoi la ville s’est engagée, ce qu’elle a fait, ce que l’ONU a recommandé et la suite qu’elle y donne, données à l’appui. Il s’adresse aux habitants et au conseil municipal, et peut être communiqué aux mécanismes de l’ONU comme élément de preuve. Aucune limite de mots de l’ONU ne s’applique.
template-local_human_rights_report-s1-title = Avant-propos
template-local_human_rights_report-s1-guidance = Quelques mots du maire ou du conseil : pourquoi la ville fait rapport sur les droits de l’homme, et la période couverte.
template-local_human_rights_report-s2-title = Les engagements de la ville
template-local_human_rights_report-s2-guidance = Les engagements pris par la ville en matière de droits de l’homme (une charte, une déclaration, des délibérations du conseil) et les organes qui les portent (un bureau, un médiateur, une commission).
template-local_human_rights_report-s3-title = Progrès par thème
template-local_human_rights_report-s3-guidance = Une partie par thème (logement, eau, éducation, santé, sécurité, participation…) : ce qui était prévu, ce qui a été fait, avec chiffres et dates, et ce qui reste à faire.
template-local_human_rights_report-s4-title = Recommandations de l’ONU et leur suivi
template-local_human_rights_report-s4-guidance = Les recommandations adressées à l’État par les mécanismes de l’ONU qui concernent les compétences de la ville, ce que la ville a fait pour chacune, et leur état d’avancement.
template-local_human_rights_report-s5-title = Participation
template-local_human_rights_report-s5-guidance = Comment les habitants, la société civile et l’institution nationale des droits de l’homme ont participé à l’élaboration de ce rapport.
template-local_human_rights_report-s6-title = Indicateurs
template-local_human_rights_report-s6-guidance = Les indicateurs suivis par la ville, avec la valeur de référence, la cible et la dernière valeur, et leurs sources.
template-local_human_rights_report-s7-title = Prochaines étapes
template-local_human_rights_report-s7-guidance = Ce que la ville fera avant le prochain rapport, qui en est responsable et dans quels délais.

# --- CLI help (clap) ---
# `cityrights --help` in the reader's language (src/cli/help.rs). clap's own words first: the
# headings end with their colon, as the language writes it.
cli-clap-usage = Utilisation :
cli-clap-commands = Commandes :
cli-clap-arguments = Arguments :
cli-clap-options = Options :
cli-clap-print_help = Afficher l’aide
cli-clap-print_help_more = Afficher l’aide (détails avec « --help »)
cli-clap-print_help_summary = Afficher l’aide (résumé avec « -h »)
cli-clap-print_version = Afficher la version
cli-clap-help_command = Afficher ce message ou l’aide de la ou des sous-commandes indiquées
cli-clap-help_command_arg = Afficher l’aide de la ou des sous-commandes
cli-clap-default = par défaut :
cli-clap-possible_values = valeurs possibles :
cli-clap-error = erreur :
cli-clap-unknown_argument = argument inattendu « { $arg } »
cli-clap-unknown_command = sous-commande inconnue « { $command } »
cli-clap-missing_argument = les arguments obligatoires suivants n’ont pas été fournis : { $args }
cli-clap-missing_command = « { $command } » demande une sous-commande, qui n’a pas été fournie
cli-clap-invalid_value = valeur « { $value } » non valide pour « { $arg } »
cli-clap-similar_command = conseil : une sous-commande proche existe : « { $suggestion } »
cli-clap-similar_argument = conseil : un argument proche existe : « { $suggestion } »
cli-clap-similar_value = conseil : une valeur proche existe : « { $suggestion } »
cli-clap-more = Pour en savoir plus, essayez « --help ».
# The commands' descriptions and their arguments' help, word for word the doc comments of
# src/cli/*.rs (the test in src/cli/help.rs says which are missing or different).
cli-help = CityRights : les contributions d’une ville aux mécanismes des droits de l’homme de l’ONU, en ligne de commande.
cli-help-_after = La base de données est le fichier de l’application, sauf si --db est indiqué ; la variable d’environnement CITYRIGHTS_DB remplace ce fichier par défaut, pour l’application comme pour la ligne de commande.
cli-help--db = Fichier de base de données à utiliser (par défaut : $CITYRIGHTS_DB, sinon le fichier de l’application dans le dossier de données du système)
cli-help-demo = Remplir une base de données vide avec la ville de démonstration « Exampleville (demo) » (refuse une base qui n’est pas vide)
cli-help-engagements = Participations : les examens et appels auxquels la ville prend part
cli-help-engagements-list = Lister les participations (id, titre, mécanisme, étape)
cli-help-engagements-add = Ajouter une participation (CODE tel que `engagements list` l’affiche : UPR, CESCR…, SP) ; avec --session-start, sa session comme jalon
cli-help-engagements-add--state = L’État examiné
cli-help-deadlines = Jalons arrivant à échéance d’ici DAYS jours, le plus proche d’abord
cli-help-deadlines--within = Nombre de jours à venir à examiner
cli-help-deadlines--json = Afficher un tableau JSON (engagement_id, kind, title, due, time_zone, …)
cli-help-calendar = Le calendrier : tous les jalons dans un fichier iCalendar, pour Outlook et les autres agendas
cli-help-calendar-export = Écrire les jalons dans un fichier iCalendar (.ics) : un événement par jalon avec un UID stable (un nouvel import met à jour au lieu de dupliquer), heures en UTC, une alarme par rappel
cli-help-calendar-export--output = Le fichier à écrire (remplacé s’il existe)
cli-help-calendar-export--engagement = Uniquement les jalons de cette participation (par défaut : toutes les participations)
cli-help-calendar-export--language = La langue des descriptions et des alarmes (en, fr, es, ar, ru, zh ; par défaut : la langue de l’interface, choisie dans les Paramètres, ou celle de LANG)
cli-help-export = Exporter une contribution dans un fichier pour l’ONU : PDF ou Word (.docx)
cli-help-export-docx = Écrire une contribution en document Word : l’en-tête du modèle, des paragraphes numérotés 1, 2, 3… par la numérotation de Word, de vraies notes de bas de page, des numéros de page, A4 ou Letter
cli-help-export-docx--submission = La contribution à exporter
cli-help-export-docx--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-export-pdf = Écrire une contribution en PDF prêt à envoyer : l’en-tête du modèle, des paragraphes numérotés, les notes au bas de leur page, des signets, des numéros de page ; dans l’une quelconque des six langues de l’ONU
cli-help-export-pdf--submission = La contribution à exporter
cli-help-export-pdf--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-export-pdf--json = Afficher ce qui a été écrit en JSON (path, pages, bytes, paragraphs, footnotes)
cli-help-submissions = Contributions : les lister
cli-help-submissions-list = Lister les contributions (id, engagement_id, titre, statut)
cli-help-submission = Une contribution : l’importer depuis Markdown ou Word, compter ses mots, la marquer comme envoyée ou commencer une nouvelle version après son envoi
cli-help-submission-import = Créer une contribution à partir d’un fichier Markdown (.md) ou Word (.docx), selon l’extension : les intitulés ouvrent des sections, les paragraphes et les paragraphes numérotés sont repris, les notes de bas de page restent des notes. Avec --into-submission, le fichier devient plutôt une nouvelle section de cette contribution. Ce qu’un fichier Word contenait et qui n’a pas pu être repris (commentaires, modifications suivies acceptées, images…) est listé sur stderr
cli-help-submission-import--engagement = La participation à laquelle se rapporte la nouvelle contribution
cli-help-submission-import--into_submission = Ajouter le fichier à cette contribution existante comme une section (le document d’un service)
cli-help-submission-import--title = Titre de la contribution, ou de la section avec --into-submission (par défaut : le titre du fichier)
cli-help-submission-import--language = La langue du texte de la nouvelle contribution (par défaut : la langue par défaut de la ville) : l’en-tête, les dates et la césure de ses exports la suivent
cli-help-submission-import--file = Le fichier : .md (Markdown UTF-8) ou .docx (Word)
cli-help-submission-import--json = Afficher {"{"}"id": …{"}"}
cli-help-submission-show = Une contribution en bref : son titre, sa langue et ses sections (id, titre, mots, responsable)
cli-help-submission-show--json = Afficher {"{"}"id", "title", "language", "status", "sections": [{"{"}"id", "title", "words", "owner"{"}"}]{"}"}
cli-help-submission-stats = Mots, limite, paragraphes, notes et sections d’une contribution. Les mots sont ceux du document tel qu’envoyé — titre, en-tête, intitulés des sections, texte et (lorsque la règle les compte) notes —, avec les mots de chaque partie dans `breakdown`
cli-help-submission-mark-submitted = Enregistrer l’envoi d’une contribution : la date, le canal et le fichier exact (conservé dans la base de données avec son SHA-256), avec une révision verrouillée du texte. Son texte est ensuite en lecture seule, jusqu’à ce qu’une nouvelle version soit commencée avec `submission reopen` ; l’étape de la participation passe à « envoyée »
cli-help-submission-mark-submitted--file = Le fichier exact qui a été envoyé (100 Mo au plus)
cli-help-submission-mark-submitted--channel = Comment il a été envoyé, par exemple « UPR online submission system » ou « courriel au secrétariat »
cli-help-submission-mark-submitted--date = Date de l’envoi (par défaut : aujourd’hui)
cli-help-submission-mark-submitted--json = Afficher ce qui a été enregistré : sha256, revision_id, engagement_stage…
cli-help-submission-reopen = Commencer une nouvelle version d’une contribution marquée comme envoyée : son texte peut de nouveau être modifié, et la trace de ce qui a été envoyé (date, canal, fichier, SHA-256, révision verrouillée) est conservée
cli-help-submission-reopen--json = Afficher ce qui a été fait et ce qui a été conservé
cli-help-section = Une section : remplacer son texte par celui d’un fichier Markdown ou Word
cli-help-section-replace = Remplacer le texte d’une section par celui d’un fichier Markdown (.md) ou Word (.docx), comme le ferait une modification dans l’éditeur : une nouvelle version de la section, l’état précédent conservé comme révision lorsqu’une révision est due, son titre inchangé. Refusé lorsque la contribution a été envoyée
cli-help-section-replace--file = Le fichier : .md (Markdown UTF-8) ou .docx (Word)
cli-help-section-replace--json = Afficher {"{"}"id", "version", "words"{"}"}
cli-help-revisions = Les révisions d’une contribution (automatiques, nommées, telle qu’envoyée, apports acceptés)
cli-help-revisions-list = Les révisions d’une contribution, de la plus récente à la plus ancienne : automatiques, nommées, avant une restauration, telle qu’envoyée, et apports acceptés (qui nomment leur auteur)
cli-help-revisions-list--json = Afficher [{"{"}"id", "kind", "name", "author", "created", "words"{"}"}]
cli-help-contribution = Apports des services : demander des sections et des recommandations dans un fichier d’apport, y travailler sur un autre ordinateur, le renvoyer, et examiner ce qui revient avant que cela ne modifie quoi que ce soit
cli-help-contribution-request = Enregistrer un fichier d’apport qui demande à un service (ou à une personne) des sections d’une contribution et/ou des recommandations avec leur suivi : le fichier contient exactement ce qui est choisi, les indications du modèle, la règle en vigueur et la date d’échéance, rien d’autre de la base de données de la ville. La demande est enregistrée ; l’échéance est inscrite au calendrier
cli-help-contribution-request--sections = Une section à demander (à répéter pour plusieurs ; aucune et pas de --recommendation : toutes les sections de la contribution)
cli-help-contribution-request--recommendations = Une recommandation sur laquelle interroger (à répéter pour plusieurs)
cli-help-contribution-request--to = À qui la demande est adressée : « Service du logement », ou le nom d’une personne
cli-help-contribution-request--due = Date d’échéance de l’apport
cli-help-contribution-request--message = Un message pour la personne qui contribue, affiché à l’ouverture du fichier
cli-help-contribution-request--output = Le fichier d’apport à écrire (.cityrights-contribution)
cli-help-contribution-request--json = Afficher {"{"}"request_id", "sections", "recommendations", "file", "milestone_id"{"}"}
cli-help-contribution-open = Faire de cette base de données l’espace de travail de la personne qui contribue, à partir d’un fichier de demande : une nouvelle base de données qui ne contient que ce qui a été envoyé (utilisez --db NOUVEAU-FICHIER ; une base de données qui contient déjà du travail est refusée)
cli-help-contribution-open--json = Afficher {"{"}"sections", "recommendations", "submission_id", "origin", "path"{"}"}
cli-help-contribution-return = Dans l’espace de travail d’une personne qui contribue : enregistrer un fichier de réponse avec tout ce qui a changé depuis la demande, chaque modification avec son auteur et son heure
cli-help-contribution-return--author = Qui a fait les modifications (par défaut : la personne nommée dans la demande)
cli-help-contribution-return--json = Afficher {"{"}"sections_changed", "recommendations_changed", "file"{"}"}
cli-help-contribution-import = Importer le fichier de réponse d’un service dans la file des apports. Rien du texte ni du suivi de la ville ne change tant qu’une modification n’est pas acceptée
cli-help-contribution-import--json = Afficher {"{"}"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …{"}"}
cli-help-contribution-list = La file des apports : chaque réponse reçue, avec son état (en attente, acceptée, rejetée, acceptée en partie)
cli-help-contribution-show = Les modifications d’une réponse : pour chaque section, le texte envoyé, celui de la personne qui contribue et le texte actuel, mot à mot ; pour chaque recommandation, chaque champ modifié
cli-help-contribution-accept = Accepter des modifications d’une réponse : chacune devient le texte ou le suivi de la ville ; un texte accepté est une nouvelle révision qui nomme son auteur. Une modification que l’agent a aussi faite entre-temps reste en attente et est signalée comme conflit, sauf avec --overwrite-mine
cli-help-contribution-accept--sections = Les modifications de cette section (à répéter pour plusieurs)
cli-help-contribution-accept--recommendations = Les modifications de cette recommandation (à répéter pour plusieurs)
cli-help-contribution-accept--changes = Une modification, par son id dans `contribution show` (à répéter pour plusieurs)
cli-help-contribution-accept--all = Toutes les modifications encore en attente
cli-help-contribution-accept--overwrite_mine = Prendre la valeur de la personne qui contribue même là où l’agent l’a modifiée depuis la demande (le texte de l’agent reste dans la révision prise auparavant)
cli-help-contribution-reject = Rejeter des modifications d’une réponse : rien n’en est écrit
cli-help-contribution-reject--sections = Les modifications de cette section (à répéter pour plusieurs)
cli-help-contribution-reject--recommendations = Les modifications de cette recommandation (à répéter pour plusieurs)
cli-help-contribution-reject--changes = Une modification, par son id dans `contribution show` (à répéter pour plusieurs)
cli-help-contribution-reject--all = Toutes les modifications encore en attente
cli-help-recommendations = Recommandations adressées à l’État : les importer (export de l’Index universel des droits de l’homme, rapport du Groupe de travail, liste thématique du HCDH, CSV), les lister, les rechercher, exporter la matrice de suivi
cli-help-recommendations-import-uhri = Importer les recommandations adressées à un État depuis l’export complet de l’Index universel des droits de l’homme du HCDH (JSON, lu en flux). Un nouvel import met à jour selon AnnotationId
cli-help-recommendations-import-uhri--file = L’export complet de l’Index universel (export-full-en.json)
cli-help-recommendations-import-uhri--country = L’État, sous forme de code ISO 3166-1 alpha-3 (par exemple SVN)
cli-help-recommendations-import-uhri--json = Afficher {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-report = Importer les recommandations d’un rapport du Groupe de travail sur l’EPU à partir de son texte (copié depuis le PDF ou enregistré avec pdftotext). FILE peut être « - » pour l’entrée standard
cli-help-recommendations-import-report--symbol = La cote du rapport, par exemple A/HRC/59/15
cli-help-recommendations-import-thematic-list = Importer la liste thématique des recommandations du HCDH (.docx) : positions, thèmes, ODD. Met à jour les recommandations déjà importées du rapport
cli-help-recommendations-import-thematic-list--symbol = La cote du rapport, lorsque la liste ne donne pas de « Source of Position »
cli-help-recommendations-import-csv = Importer un fichier CSV. Les colonnes sont reconnues par leur en-tête, sauf si elles sont indiquées avec --map (par exemple --map text=Recommendation --map symbol="Document")
cli-help-recommendations-import-csv--map = CHAMP=EN-TÊTE : symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism ou cycle, et l’en-tête de la colonne qui le contient
cli-help-recommendations-import-csv--symbol = La cote de toutes les lignes, lorsque le fichier n’a pas de colonne de cote
cli-help-recommendations-list = Lister les recommandations (id, cote, paragraphe, texte, recommending_states, position, …)
cli-help-recommendations-list--symbol = Uniquement celles de ce document, par exemple A/HRC/59/15
cli-help-recommendations-search = Recherche en texte intégral, meilleure correspondance d’abord
cli-help-recommendations-search--limit = Nombre maximal de résultats
cli-help-recommendations-export-csv = Écrire la matrice de suivi (recommandation, compétence, service, statut, éléments de preuve) en CSV
cli-help-recommendations-export-csv--symbol = Uniquement celles de ce document
cli-help-recommendations-export-csv--language = La langue de ses en-têtes et de ses propres mots (en, fr, es, ar, ru, zh ; par défaut : la langue de l’interface, choisie dans les Paramètres, ou celle de LANG)
cli-help-recommendations-export-pdf = Écrire la matrice de suivi sous forme de tableau PDF (paysage, en-tête répété sur chaque page)
cli-help-recommendations-export-pdf--symbol = Uniquement celles de ce document
cli-help-recommendations-export-pdf--language = La langue de ses en-têtes et de ses propres mots (en, fr, es, ar, ru, zh ; par défaut : la langue de l’interface, choisie dans les Paramètres, ou celle de LANG)
cli-help-recommendations-export-xlsx = Écrire la matrice de mise en œuvre dans un classeur Excel (.xlsx) : une ligne par recommandation avec son ID, sa cote, son paragraphe, l’id d’annotation de l’Index universel, le texte, les États auteurs, la position, les thèmes, les groupes, les objectifs et cibles des ODD, la compétence, le service, les actions, les indicateurs, le statut local et les éléments de preuve ; une ligne d’en-tête avec filtres, des volets figés, le texte renvoyé à la ligne
cli-help-recommendations-export-xlsx--symbol = Uniquement celles de ce document
cli-help-recommendations-export-xlsx--language = La langue de ses en-têtes et de ses propres mots (en, fr, es, ar, ru, zh ; par défaut : la langue de l’interface, choisie dans les Paramètres, ou celle de LANG)
cli-help-recommendations-import-xlsx = Relire une matrice de mise en œuvre (.xlsx, telle qu’export-xlsx l’écrit) : ses colonnes Statut local, Service et Éléments de preuve. Les lignes sont rapprochées par ID, puis par id d’annotation de l’Index universel, puis par cote et paragraphe. Les notes de preuve sont seulement ajoutées, jamais supprimées
cli-help-recommendations-import-xlsx--dry_run = Montrer ce qui changerait sans rien écrire
cli-help-recommendations-import-xlsx--json = Afficher {"{"}"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"{"}"}
cli-help-recommendations-update = Modifier le suivi d’une recommandation par la ville ; --evidence ajoute une note datée d’aujourd’hui
cli-help-recommendations-update--id = L’id de la recommandation (`recommendations list --json`)
cli-help-recommendations-update--local_status = not_started, in_progress, implemented ou not_applicable
cli-help-recommendations-update--department = Le service responsable (de la liste de la ville ; un nouveau nom y est ajouté)
cli-help-recommendations-update--competence = exclusive, shared, none ou unknown
cli-help-recommendations-update--evidence = Ce qui a été fait, ajouté comme note de preuve datée d’aujourd’hui
cli-help-recommendations-update--json = Afficher la recommandation comme le fait `list --json`, avec ses notes `evidence`
cli-help-recommendations-delete = Placer une recommandation dans la corbeille, avec le suivi de la ville (compétence, service, statut, étiquettes, éléments de preuve). `cityrights bin restore recommendation ID` la rétablit
cli-help-recommendations-delete--id = L’id de la recommandation (`recommendations list --json`)
cli-help-recommendations-delete--json = L’afficher comme la corbeille la liste : {"{"}"kind", "id", "title", "context", "deleted_at"{"}"}
cli-help-bin = La corbeille : participations, contributions et sections supprimées
cli-help-bin-list = Lister le contenu de la corbeille
cli-help-bin-restore = Sortir un élément de la corbeille
cli-help-bin-restore--kind = engagement, submission, section, milestone ou recommendation
cli-help-bin-empty = Supprimer définitivement tout le contenu de la corbeille (demande --yes)
cli-help-bin-empty--yes = Confirmer que tout le contenu de la corbeille doit être supprimé définitivement
cli-help-backup = Sauvegardes : en faire une, les lister ou en restaurer une (la base de données actuelle est d’abord sauvegardée)
cli-help-backup-create = Sauvegarder la base de données maintenant (dans `backups/` à côté d’elle), avec vérification une fois écrite
cli-help-backup-list = Lister les sauvegardes, de la plus récente à la plus ancienne, avec leur contenu
cli-help-backup-restore = Mettre une sauvegarde à la place de la base de données. La base de données actuelle est d’abord sauvegardée
cli-help-backup-restore--file = Le fichier de sauvegarde (voir `backup list`)
cli-help-workspace = Tout l’espace de travail en un seul fichier (base de données et logo de la ville), pour passer à un autre ordinateur
cli-help-workspace-export = Écrire la base de données (un instantané cohérent et vérifié) et le logo de la ville dans un seul fichier. Fonctionne pendant que l’application est ouverte
cli-help-workspace-export--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-workspace-export--json = Afficher {"{"}"path", "bytes", "engagements", "submissions", …{"}"}
cli-help-workspace-import = Remplacer la base de données par l’espace de travail contenu dans FILE, après avoir vérifié le fichier en entier. La base de données actuelle est d’abord sauvegardée ; un fichier d’une version plus récente de CityRights est refusé
cli-help-workspace-import--json = Afficher {"{"}"path", "bytes", "engagements", "submissions", "backup", …{"}"}
cli-help-consultations = Consultations : qui la ville a consulté pour une participation, avec les personnes qui y ont pris part
cli-help-consultations-list = Lister les consultations, de la plus récente à la plus ancienne, avec leurs participants
cli-help-consultations-list--engagement = Uniquement celles de cette participation
cli-help-personal-data = Données personnelles des personnes consultées : trouver une personne, l’effacer partout, ou supprimer ce qui a dépassé la durée de conservation. Les sauvegardes faites auparavant contiennent encore les anciennes données
cli-help-personal-data-find = Trouver les personnes dont le nom ou l’adresse électronique contient QUERY, avec chaque endroit où elles apparaissent
cli-help-personal-data-erase = Effacer une personne partout en une seule transaction : en tant que participant, elle devient « Participant n » (la consultation reste) ; son nom et son adresse électronique disparaissent des contacts et des notes. Les mentions dans les projets sont listées, non modifiées (sauf avec --in-text)
cli-help-personal-data-erase--person = L’id d’un participant (donné par `personal-data find`) : cette personne, partout où son nom ou son adresse électronique apparaît
cli-help-personal-data-erase--email = Toutes les personnes enregistrées avec cette adresse électronique
cli-help-personal-data-erase--in_text = Remplacer aussi le nom et l’adresse électronique dans les projets et leur historique (versions antérieures) par « [nom supprimé] » / « [adresse supprimée] ». Le fichier enregistré comme envoyé n’est pas modifié
cli-help-personal-data-purge-expired = Anonymiser les participants des consultations plus anciennes que la durée de conservation
cli-help-library = Ce que l’ONU a dit des administrations locales : résolutions, rapports et guides, avec l’intérêt de chacun pour une ville (intégrée ; ne nécessite pas de base de données)
cli-help-library-list = Lister toutes les entrées, groupées par type (résolutions, rapports, guides), de la plus ancienne à la plus récente : cote, titre, date, intérêt pour une ville, adresse, et si l’entrée est vérifiée
cli-help-library-list--json = Afficher un tableau JSON (id, symbol, title, author, date, kind, summary, url, verified, caveat, source, read_on)
cli-help-rules = La règle de présentation en vigueur pour un mécanisme (et un modèle) : limite de mots, ce qui est compté, langues, formats, et sa source (fonctionne sans base de données)
cli-help-rules--mechanism = Code du mécanisme : UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED ou SP
cli-help-rules--template = L’ID d’un modèle (son nom de fichier dans assets/templates, par exemple upr_midterm) : certains ne reprennent pas la limite de mots du mécanisme
cli-help-rules--joint = La limite pour une contribution conjointe (plusieurs coauteurs)
cli-help-rules--json = Afficher du JSON : `word_limit` (null en l’absence de limite), `counts`, `languages`, `formats`, `status`, `source`, `last_confirmed`, et d’autres champs
cli-help-actions = Les actions du plan de mise en œuvre : ce que la ville fait au sujet des recommandations
cli-help-actions-add = Ajouter une action qui répond à une ou plusieurs recommandations
cli-help-actions-add--recommendations = Une recommandation à laquelle elle répond (son id ; au moins une)
cli-help-actions-add--department = Le service pilote
cli-help-actions-add--partners = Un partenaire (une partie prenante ou toute organisation), une fois par partenaire
cli-help-actions-add--status = planned, in_progress, done, delayed ou dropped (par défaut : planned)
cli-help-actions-add--budget_line = La ligne budgétaire, telle que le budget de la ville la nomme
cli-help-actions-add--sdg_targets = Une cible des ODD qu’elle sert (« 11.1 »), une fois par cible
cli-help-actions-list = Lister les actions (id, titre, service, statut, début, échéance, recommandations, cibles des ODD, indicateurs), par date d’échéance
cli-help-actions-list--recommendation = Uniquement celles qui répondent à cette recommandation
cli-help-actions-update = Modifier le statut ou l’échéance d’une action
cli-help-actions-update--status = planned, in_progress, done, delayed ou dropped
cli-help-actions-delete = Supprimer définitivement une action, avec ses indicateurs et leurs mesures
cli-help-indicators = Les indicateurs du plan de mise en œuvre et leurs mesures
cli-help-indicators-add = Ajouter un indicateur sous une action ou directement sous une recommandation
cli-help-indicators-add--sdg_indicator = Un indicateur mondial des ODD dont il rend compte (« 11.1.1 »)
cli-help-indicators-measure = Enregistrer une mesure d’un indicateur
cli-help-indicators-measure--source = D’où provient la valeur
cli-help-indicators-list = Lister les indicateurs (id, nom, unité, référence, cible, dernière valeur, progrès, mesures)
cli-help-indicators-list--action = Uniquement ceux de cette action
cli-help-sdgs = Les objectifs de développement durable (intégrés), et les cibles des ODD liées à une recommandation
cli-help-sdgs-goals = Les 17 objectifs (dans la langue de LANG, sinon en anglais ; --json donne les six langues de l’ONU, et la source)
cli-help-sdgs-link = Lier des cibles des ODD à une recommandation (en remplaçant celles liées auparavant ; aucune les efface)
cli-help-timeline = Les jalons que l’application propose pour une session (fonctionne sans base de données)
cli-help-timeline-propose = Les jalons que l’application propose pour une session (comme le « calendrier proposé » de l’application) : tous, sauf la session, sont des estimations, avec leur fondement
cli-help-timeline-propose--mechanism = Code du mécanisme : UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED ou SP
cli-help-timeline-propose--session_start = Premier jour de la session (pour l’EPU, de la session du Groupe de travail)
cli-help-timeline-propose--session_end = Dernier jour de la session, s’il est connu
cli-help-timeline-propose--json = Afficher du JSON : un objet avec `mechanism`, `deadline_known`, `note` et `milestones` (`kind`, `title`, `due`, `time_zone`, `estimate`, `basis`, `passed`, …)
cli-help-report = Rapports rédigés à partir du plan de mise en œuvre de la ville, comme nouveaux projets de contribution
cli-help-report-generate = Rédiger un rapport à partir de ce que la ville a enregistré, comme nouveau projet de contribution d’une participation : un rapport à mi-parcours de l’EPU, des informations pour le suivi d’un organe conventionnel, ou le propre rapport de la ville sur les droits de l’homme
cli-help-report-generate--kind = upr-midterm, tb-follow-up ou local
cli-help-report-generate--engagement = La participation à laquelle appartient la nouvelle contribution
cli-help-report-generate--symbol = Uniquement les recommandations de ce document (par exemple A/HRC/59/15)
cli-help-report-generate--language = La langue du rapport : ses intitulés et ses phrases, et celle de la nouvelle contribution (en, fr, es, ar, ru, zh ; par défaut : la langue de l’interface, choisie dans les Paramètres, ou celle de LANG)
cli-help-report-generate--json = Afficher submission_id, title, sections (id, title) et recommendations_covered (ids)
cli-help-progress = Les recommandations selon leur statut local dans la ville, par thème, service et objectif de développement durable
cli-help-progress--symbol = Uniquement les recommandations de ce document (par exemple A/HRC/59/15)
cli-help-progress--json = Afficher by_theme, by_department et by_sdg, chacun une liste de {"{"}name, recommendations, not_started, in_progress, implemented, not_applicable, actions{"}"}
cli-help-path = Afficher l’emplacement du fichier de base de données
cli-help-man-page = Écrire les pages de manuel de cette ligne de commande (roff) dans un dossier, pour les paquets
cli-help-man-page--out_dir = Le dossier où écrire `cityrights.1` et les pages des commandes
# Help of the arguments that had none (each argument says what it is, its unit or format).
cli-help-engagements-list--json = Afficher un tableau JSON (id, title, mechanism, stage, state_under_review, session, next_milestone, submissions) au lieu de lignes
cli-help-engagements-add--mechanism = Le code du mécanisme : UPR, le sigle d’un organe conventionnel (CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED) ou SP
cli-help-engagements-add--title = Le titre de la participation, tel que la ville la nomme
cli-help-engagements-add--session_start = Date du premier jour de la session, YYYY-MM-DD : ajoutée comme jalon de session de la participation (heure de Genève)
cli-help-engagements-add--json = Afficher la participation ajoutée en JSON (id, mechanism, title, state_under_review, session, stage, …)
cli-help-submissions-list--json = Afficher un tableau JSON (id, engagement_id, engagement_title, mechanism, title, status, joint, words, limit, updated_at) au lieu de lignes
cli-help-submission-show--submission = L’id de la contribution (voir `submissions list`)
cli-help-submission-stats--submission = L’id de la contribution (voir `submissions list`)
cli-help-submission-stats--json = Afficher du JSON : words, limit, paragraphs, footnotes, sections, body_words, footnote_words et `breakdown` (les mots de chaque partie)
cli-help-submission-mark-submitted--submission = L’id de la contribution (voir `submissions list`)
cli-help-submission-reopen--submission = L’id de la contribution (voir `submissions list`)
cli-help-section-replace--section = L’id de la section (voir `submission show`)
cli-help-revisions-list--submission = L’id de la contribution (voir `submissions list`)
cli-help-contribution-request--submission = La contribution sur laquelle porte la demande (son id, voir `submissions list`)
cli-help-contribution-request--email = L’adresse électronique de la personne qui contribue, enregistrée avec la demande et écrite dans le fichier d’apport
cli-help-contribution-open--file = Le fichier de demande reçu (.cityrights-contribution)
cli-help-contribution-return--output = Le fichier de réponse à écrire (remplacé s’il existe), à renvoyer à la ville
cli-help-contribution-import--file = Le fichier de réponse renvoyé par un service
cli-help-contribution-list--json = Afficher un tableau JSON (id, request_id, submission_id, submission_title, from, received, returned, state, pending, accepted, rejected, conflicts)
cli-help-contribution-show--id = L’id de la réponse (voir `contribution list`)
cli-help-contribution-show--json = Afficher du JSON : summary, request et changes (chacune avec le texte envoyé (sent), celui de la personne qui contribue (theirs) et le texte actuel (current), et leurs différences mot à mot)
cli-help-contribution-accept--id = L’id de la réponse (voir `contribution list`)
cli-help-contribution-accept--json = Afficher {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-contribution-reject--id = L’id de la réponse (voir `contribution list`)
cli-help-contribution-reject--json = Afficher {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-recommendations-import-report--file = Le texte du rapport (.txt), ou « - » pour l’entrée standard
cli-help-recommendations-import-report--json = Afficher {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-thematic-list--file = La liste thématique (.docx)
cli-help-recommendations-import-thematic-list--json = Afficher {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-csv--file = Le fichier CSV (sa première ligne : les en-têtes des colonnes), ou « - » pour l’entrée standard
cli-help-recommendations-import-csv--json = Afficher {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-list--json = Afficher un tableau JSON (id, symbol, paragraph, reference, text, recommending_states, response, competence, department, local_status, tags, sdg_goals, sdg_targets, …) au lieu de lignes
cli-help-recommendations-search--query = Les mots à chercher dans le texte et la référence (tous doivent y figurer ; le dernier peut être le début d’un mot)
cli-help-recommendations-search--json = Afficher un tableau JSON (id, symbol, paragraph, reference, text, recommending_states, response, pieces) au lieu de lignes
cli-help-recommendations-export-csv--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-recommendations-export-pdf--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-recommendations-export-xlsx--output = Le fichier à écrire (remplacé s’il existe ; écrit en entier ou pas du tout)
cli-help-recommendations-import-xlsx--file = Le classeur à lire (.xlsx, tel qu’export-xlsx l’écrit)
cli-help-bin-list--json = Afficher un tableau JSON (kind, id, title, context, deleted_at), du plus récent au plus ancien, au lieu de lignes
cli-help-bin-restore--id = L’id de l’élément, tel que `bin list` l’affiche
cli-help-backup-create--json = Afficher la sauvegarde faite en JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, …)
cli-help-backup-list--json = Afficher un tableau JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, damaged) au lieu de lignes
cli-help-workspace-import--file = Le fichier d’espace de travail à lire (tel que `workspace export` l’écrit)
cli-help-consultations-list--json = Afficher un tableau JSON (id, engagement_id, submission_id, held_on, topic, format, notes, personal_data_until, participants) au lieu de lignes
cli-help-personal-data-find--query = Une partie d’un nom ou d’une adresse électronique (deux caractères au moins ; sans distinction entre majuscules et minuscules)
cli-help-personal-data-find--json = Afficher un tableau JSON (target, name, email, occurrences) au lieu de lignes
cli-help-personal-data-erase--json = Afficher du JSON : participants, consultations, other_fields, left_in_drafts, sections_changed, revisions_changed
cli-help-personal-data-purge-expired--json = Afficher du JSON : retention_months, cutoff, participants, consultations
cli-help-actions-add--title = Le titre de l’action
cli-help-actions-add--description = En quoi consiste l’action (facultatif)
cli-help-actions-add--start = Date de début de l’action, YYYY-MM-DD (facultatif)
cli-help-actions-add--due = Date d’échéance de l’action, YYYY-MM-DD (facultatif)
cli-help-actions-add--json = Afficher l’action ajoutée en JSON (id, title, department, status, start, due, recommendations, sdg_targets, indicators, …)
cli-help-actions-list--json = Afficher un tableau JSON (id, title, description, department, partners, start, due, status, budget_line, recommendations, sdg_targets, indicators) au lieu de lignes
cli-help-actions-update--id = L’id de l’action (voir `actions list`)
cli-help-actions-update--due = La nouvelle date d’échéance, YYYY-MM-DD
cli-help-actions-update--json = Afficher l’action modifiée en JSON (les champs de `actions list --json`)
cli-help-actions-delete--id = L’id de l’action (voir `actions list`)
cli-help-actions-delete--json = Afficher {"{"}"id", "deleted"{"}"}
cli-help-indicators-add--action = L’action qu’il mesure (son id, voir `actions list`) ; à défaut, --recommendation
cli-help-indicators-add--recommendation = La recommandation qu’il mesure directement (son id), au lieu d’une action
cli-help-indicators-add--name = Le nom de l’indicateur, par exemple « Ménages relogés »
cli-help-indicators-add--unit = Son unité, par exemple « % » ou « ménages » (facultatif)
cli-help-indicators-add--baseline = La valeur de départ, un nombre (12, -3.5, 1 200 ou 0,75)
cli-help-indicators-add--baseline_date = Date de la valeur de référence, YYYY-MM-DD
cli-help-indicators-add--target = La valeur à atteindre, un nombre
cli-help-indicators-add--target_date = Date à laquelle la cible doit être atteinte, YYYY-MM-DD (obligatoire ; postérieure à la date de référence)
cli-help-indicators-add--json = Afficher l’indicateur ajouté en JSON (id, action, recommendation, name, unit, baseline, target, latest, progress, measurements, …)
cli-help-indicators-measure--indicator = L’id de l’indicateur (voir `indicators list`)
cli-help-indicators-measure--value = La valeur mesurée, un nombre
cli-help-indicators-measure--date = Date de la mesure, YYYY-MM-DD
cli-help-indicators-measure--json = Afficher l’indicateur avec sa nouvelle mesure en JSON (les champs de `indicators list --json`)
cli-help-indicators-list--json = Afficher un tableau JSON (id, action, recommendation, name, unit, baseline, target, sdg_indicator, latest, progress, measurements) au lieu de lignes
cli-help-sdgs-goals--json = Afficher du JSON : source, commit, read_on et goals (goal, short et title dans les six langues)
cli-help-sdgs-link--recommendation = L’id de la recommandation (`recommendations list --json`)
cli-help-sdgs-link--targets = Une cible des ODD (« 11.1 »), une fois par cible ; sans cible, toutes sont dissociées
cli-help-sdgs-link--json = Afficher {"{"}"id", "sdg_targets"{"}"}

# --- remaining English (wave 6) ---
# A value of a field as the officer types it, with its label ("not_started (Not started)").
core-code_label = { $code } ({ $label })
# Where a database may not be kept (inside error-network_drive's { $fs }).
core-windows_network_share = un partage réseau Windows
# Why a backup is damaged or cannot be checked now, or why its second copy was not written
# (inside backups-damaged, backups-unavailable, backups-second_failed, cli-backup_damaged…).
backup_problem-not_a_database = le fichier n’est pas une base de données lisible (il a peut-être été tronqué ou écrasé)
backup_problem-damaged = le fichier est endommagé
backup_problem-too_slow =
    { $seconds ->
        [one] elle n’a pas pu être vérifiée en { $seconds } seconde ; elle a été laissée telle quelle
       *[other] elle n’a pas pu être vérifiée en { $seconds } secondes ; elle a été laissée telle quelle
    }
backup_problem-busy = un autre programme utilise le fichier en ce moment ; réessayez dans un instant
backup_problem-cannot_open = le fichier ne peut pas être ouvert pour l’instant (vérifiez qu’il peut être lu)
backup_problem-unreadable = le fichier ne peut pas être lu pour l’instant ({ $reason })
backup_problem-integrity = le fichier est endommagé : la vérification d’intégrité de SQLite a trouvé des problèmes ({ $found })
backup_problem-not_cityrights = ce n’est pas une base de données CityRights (le fichier d’un autre programme, ou un fichier vide)
backup_problem-other_database = c’est une sauvegarde d’une autre base de données (son nom a été changé)
backup_problem-not_ours = ce n’est pas une sauvegarde CityRights de cette base de données
backup_problem-foreign_tables = ce n’est pas une sauvegarde CityRights (ses tables ne sont pas celles de CityRights)
backup_problem-folder_full = { $folder } est plein ; la copie n’a pas été écrite
backup_problem-folder_write_error = { $folder } a signalé une erreur d’écriture (un support retiré ou défaillant ?) ; la copie n’a pas été écrite
backup_problem-copy_failed = la copie n’a pas pu être écrite dans { $folder } : { $reason }
backup_problem-unreachable = { $folder } est inaccessible : il n’existe pas, ou son support n’est pas connecté (une clé USB retirée, un partage réseau non monté)
backup_problem-unreachable_because = { $folder } est inaccessible ({ $reason })
backup_problem-not_a_folder = { $folder } est un fichier, pas un dossier
backup_problem-not_writable = impossible d’écrire dans { $folder } ({ $reason })
error-second_folder_unusable = { $problem }. Choisissez un dossier qui existe et dans lequel on peut écrire.
error-backup_damaged = La sauvegarde { $name } ne peut pas être restaurée : { $reason }. Votre base de données n’a pas été modifiée ; choisissez une autre sauvegarde.
error-backup_unavailable = La sauvegarde { $name } ne peut pas être restaurée pour l’instant : { $reason }. Votre base de données n’a pas été modifiée.
error-choose_listed_backup = Choisissez l’une des sauvegardes de la liste.
dialog-export_follow_up_matrix = Exporter la matrice de suivi
dialog-csv_file = CSV
# Refusals of the desktop shell itself.
error-launch_file_gone = Il n’y a plus de fichier en attente d’ouverture.
error-launch_file_unknown = { $name } n’est pas un fichier que CityRights ouvre : ce n’est ni un espace de travail ni un fichier d’apport.
error-choose_workbook_first = Choisissez d’abord le classeur à importer.
error-workbook_changed = Le classeur ou les recommandations ont changé depuis l’aperçu ; rien n’a été écrit. Importez de nouveau le classeur pour voir ce qu’il modifie maintenant.
error-choose_file_first = Choisissez d’abord le fichier à importer.
error-library_no_address = Aucune adresse n’est connue pour « { $title } ». Recherchez ce document par son titre sur le site Web de l’ONU.
error-library_no_browser = Aucun navigateur Web n’a pu ouvrir { $url } ({ $reason }). Copiez l’adresse dans un navigateur Web.
# Names CityRights gives a version or a submission, stored as written (the reader's language then).
core-revision_before_restore = Avant la restauration de la version du { $when }
core-revision_sent = Envoyée le { $date } ({ $channel })
core-submission_for = Contribution pour { $engagement }
# Where the personal-data search found a person (Settings → Personal data, `cityrights personal-data find`).
personal_place-consultation_notes = Consultation « { $topic } » du { $held_on } : notes
personal_place-participant = Consultation « { $topic } » du { $held_on }, participant { $position }
personal_place-department_list = La liste des services de la ville (Paramètres)
personal_place-engagement_notes = Participation « { $title } » : notes
personal_place-milestone_notes = Jalon « { $milestone } » de « { $engagement } » : notes
personal_place-evidence = Recommandation { $symbol } { $paragraph } : justificatif du { $noted_on }
personal_place-department = Recommandation { $symbol } { $paragraph } : service responsable
personal_place-stakeholder_contact = Partie prenante « { $name } » : contact
personal_place-stakeholder_notes = Partie prenante « { $name } » : notes
personal_place-section_owner = Contribution « { $submission } », section « { $section } » : responsable
personal_place-city_contact_person = Profil de la ville : personne à contacter
personal_place-city_contact_email = Profil de la ville : adresse électronique de contact
personal_place-section_text = Contribution « { $submission } », section « { $section } » : texte
personal_place-section_text_in_bin = Contribution « { $submission } », section « { $section } » : texte (dans la corbeille)
personal_place-history = Contribution « { $title } » : historique
personal_place-in_text = Mentionné dans le texte : modifiez la section pour l’en retirer.
personal_place-in_history =
    { $n ->
        [one] Mentionné dans { $n } version antérieure conservée dans l’historique.
       *[other] Mentionné dans { $n } versions antérieures conservées dans l’historique.
    }

# --- Library and rule notes (wave 6) ---
# The Library's texts (assets/reference/library.json: an entry's title, summary, caveat, and
# its author by UN body) and the shipped rules' notes (assets/reference/mechanisms.json). The
# English is the shipped text word for word (the core's tests check it).
library-a_hrc_res_24_2-title = Gouvernement local et droits de l’homme (résolution 24/2 du Conseil des droits de l’homme)
library-a_hrc_res_24_2-summary = Première résolution du Conseil sur le gouvernement local et les droits de l’homme : elle reconnaît le rôle du gouvernement local dans la promotion et la protection des droits de l’homme, sans préjudice de la responsabilité première du gouvernement national, et demande à son Comité consultatif un rapport fondé sur des recherches. À citer pour montrer que l’ONU traite les villes en acteurs des droits de l’homme depuis 2013.
library-a_hrc_res_27_4-title = Gouvernement local et droits de l’homme (résolution 27/4 du Conseil des droits de l’homme)
library-a_hrc_res_27_4-summary = Demande au Comité consultatif d’achever son rapport sur le rôle du gouvernement local en matière de droits de l’homme, avec les principaux défis et les meilleures pratiques, pour la trentième session du Conseil. Ce rapport est le document A/HRC/30/49.
library-a_hrc_res_33_8-title = Gouvernement local et droits de l’homme (résolution 33/8 du Conseil des droits de l’homme)
library-a_hrc_res_33_8-summary = Relie le gouvernement local et les droits de l’homme au Programme 2030, en soulignant ce que le gouvernement local peut apporter aux objectifs de développement durable, et convoque une réunion-débat sur ce sujet (résumée dans le document A/HRC/38/22). Utile lorsqu’une ville rattache son action en faveur des droits de l’homme à ses rapports sur les ODD.
library-a_hrc_res_39_7-title = Gouvernement local et droits de l’homme (résolution 39/7 du Conseil des droits de l’homme)
library-a_hrc_res_39_7-summary = Demande à la Haute-Commissaire un rapport, établi notamment en consultation avec les gouvernements locaux, sur les moyens efficaces de coopération entre le gouvernement local et les acteurs locaux en matière de droits de l’homme, y compris la sensibilisation aux ODD. Des gouvernements locaux ont contribué à ce rapport.
library-a_hrc_res_45_7-title = Gouvernement local et droits de l’homme (résolution 45/7 du Conseil des droits de l’homme)
library-a_hrc_res_45_7-summary = Demande au HCDH un rapport sur le rôle du gouvernement local en matière d’égalité et de non-discrimination et de protection des personnes en situation de vulnérabilité. Ce rapport, A/HRC/51/10, présente des principes qui pourraient guider les gouvernements locaux et nationaux.
library-a_hrc_res_51_12-title = Gouvernement local et droits de l’homme (résolution 51/12 du Conseil des droits de l’homme)
library-a_hrc_res_51_12-summary = Demande au HCDH une réunion d’experts sur le renforcement des capacités des gouvernements locaux à intégrer les droits de l’homme dans l’ensemble de leur action, base d’outils d’éducation aux droits de l’homme pour les gouvernements locaux, avec un rapport à la cinquante-sixième session du Conseil. L’appel à contributions du HCDH à ce sujet est clos et les contributions reçues sont en ligne.
library-a_hrc_res_57_12-title = Gouvernement local et droits de l’homme (résolution 57/12 du Conseil des droits de l’homme)
library-a_hrc_res_57_12-summary = Demande au HCDH une réunion-débat et un rapport, pour la soixante-troisième session du Conseil, sur les bonnes pratiques permettant de surmonter les difficultés auxquelles se heurtent les gouvernements locaux, notamment en favorisant une meilleure participation des gouvernements locaux aux travaux des mécanismes des droits de l’homme de l’ONU. L’appel à contributions du HCDH à ce sujet, qui posait ses questions directement aux gouvernements locaux et régionaux, a été clos le 30 juin 2025.
library-a_hrc_res_57_12-caveat = La date exacte d’adoption n’a pas été vérifiée : la résolution a été adoptée à la cinquante-septième session du Conseil, qui s’est achevée le 11 octobre 2024.
library-a_hrc_30_49-title = Rôle du gouvernement local dans la promotion et la protection des droits de l’homme — Rapport final du Comité consultatif du Conseil des droits de l’homme
library-a_hrc_30_49-summary = Expose les obligations partagées et complémentaires des États et des gouvernements locaux de respecter, protéger et mettre en œuvre les droits de l’homme, les principaux défis des gouvernements locaux et la ville des droits de l’homme comme cadre. La référence à citer pour expliquer pourquoi une ville fait rapport à l’ONU.
library-a_hrc_38_22-title = Résumé de la réunion-débat intersessions sur le rôle de l’administration locale dans la promotion et la protection des droits de l’homme — Rapport du Haut-Commissaire des Nations Unies aux droits de l’homme
library-a_hrc_38_22-summary = Résume la réunion-débat du Conseil du 4 septembre 2017 sur la manière dont les gouvernements locaux peuvent promouvoir, protéger et mettre en œuvre les droits de l’homme, notamment dans la mise en œuvre du Programme 2030, en étroite coopération avec les gouvernements nationaux. Des pratiques qu’une contribution peut invoquer.
library-a_hrc_42_22-title = Gouvernement local et droits de l’homme — Rapport de la Haute-Commissaire des Nations Unies aux droits de l’homme (en application de la résolution 39/7)
library-a_hrc_42_22-summary = Rapport du HCDH sur les moyens efficaces de coopération entre le gouvernement local et les acteurs locaux en matière de droits de l’homme, y compris la sensibilisation aux ODD, avec les défis, les bonnes pratiques et des recommandations. Il s’appuie sur 59 contributions et prolonge les documents A/HRC/30/49 et A/HRC/38/22.
library-a_hrc_42_22-caveat = La cote du document n’a pas été vérifiée sur le document lui-même. La page du HCDH indique la date de publication (2 juillet 2019) et la session à laquelle il a été présenté (la 42e) ; le lien ouvre cette page.
library-a_hrc_51_10-title = Gouvernement local et droits de l’homme — Rapport de la Haute-Commissaire des Nations Unies aux droits de l’homme
library-a_hrc_51_10-summary = Examine le gouvernement local sous l’angle de l’égalité et de la non-discrimination et de la protection des personnes en situation de vulnérabilité et de marginalisation : pratiques prometteuses, défis, recommandations aux autorités centrales et locales, et éléments possibles de principes guidant les gouvernements locaux et nationaux.
library-a_hrc_28_62-title = Rapport de la Rapporteuse spéciale sur le logement convenable en tant qu’élément du droit à un niveau de vie suffisant ainsi que sur le droit à la non-discrimination à cet égard
library-a_hrc_28_62-summary = Sur les rôles et la responsabilité des gouvernements locaux et des autres autorités infranationales à l’égard du droit à un logement convenable : les obligations internationales en matière de droits de l’homme s’étendent à tous les niveaux de gouvernement, et les États doivent donner aux gouvernements locaux les capacités et les ressources pour s’en acquitter. Le HCDH en a aussi tiré un guide pour les gouvernements locaux.
library-nmirf_practical_guide_2016-title = Mécanismes nationaux d’établissement des rapports et de suivi : guide pratique pour une collaboration efficace des États avec les mécanismes internationaux des droits de l’homme
library-nmirf_practical_guide_2016-summary = Guide du HCDH à l’intention des États sur l’organe national qui établit les rapports aux organes conventionnels et à l’EPU et assure le suivi de leurs recommandations. À lire pour savoir quel organe de l’État prépare le rapport national et suit les recommandations : l’organe avec lequel une ville se coordonne.
library-a_hrc_50_64-title = Rapport de la Haute-Commissaire des Nations Unies aux droits de l’homme sur les mécanismes nationaux de mise en œuvre, d’établissement des rapports et de suivi
library-a_hrc_50_64-summary = Rapport de la Haute-Commissaire au Conseil sur les mécanismes nationaux de mise en œuvre, d’établissement des rapports et de suivi : les organes gouvernementaux qui coordonnent les rapports de l’État à l’ONU et le suivi de ses recommandations.
library-a_hrc_50_64-caveat = Le titre est donné en abrégé et la date de parution n’a pas été vérifiée ; la cote est celle d’un rapport à la cinquantième session du Conseil (juin-juillet 2022).
library-vlr_guidelines_2020-title = Lignes directrices pour les examens locaux volontaires, volume 1 : analyse comparative des examens locaux volontaires existants
library-vlr_guidelines_2020-summary = Comment les villes examinent leurs propres progrès vers les objectifs de développement durable dans un examen local volontaire, par comparaison des premiers examens publiés. L’examen d’une ville est une source d’éléments qu’elle peut reprendre dans ses contributions aux mécanismes des droits de l’homme de l’ONU.
library-vlr_guidelines_2021-title = Lignes directrices pour les examens locaux volontaires, volume 2 : vers une nouvelle génération d’examens locaux volontaires — le lien entre local et national
library-vlr_guidelines_2021-summary = Comment les examens locaux volontaires s’articulent avec l’examen national volontaire de l’État. Utile lorsque la ville souhaite que ses propres éléments soient repris dans les rapports de l’État.
library-author-human_rights_council = Conseil des droits de l’homme
library-author-human_rights_council_advisory_committee = Comité consultatif du Conseil des droits de l’homme
library-author-united_nations_high_commissioner_for_human_rights = Haut-Commissaire des Nations Unies aux droits de l’homme
library-author-special_rapporteur_on_adequate_housing = Rapporteur spécial sur le logement convenable
library-author-office_of_the_united_nations_high_commissioner_for_human_rights = Haut-Commissariat des Nations Unies aux droits de l’homme
library-author-un_habitat_and_united_cities_and_local_governments_uclg = ONU-Habitat et Cités et gouvernements locaux unis (CGLU)
rule-UPR-note = Fixées par les lignes directrices de 2011 ; les lignes directrices du quatrième cycle (janvier 2022) n’ont pas pu être consultées pour vérifier que ces limites sont inchangées. Aucune règle ne dit si les notes de bas de page comptent : elles sont donc comptées. Langues officielles de l’ONU, de préférence l’anglais, le français ou l’espagnol (ancienne orientation). Le HCDH publie sur son site le texte intégral de chaque contribution des parties prenantes (A/HRC/WG.6/48/SVN/3, note 2).
rule-UPR-formats_note = Le guide technique du HCDH à l’intention des parties prenantes (au 1er juillet 2008) demandait des fichiers Word, et non PDF ; aucune règle plus récente sur le format n’a été trouvée.
rule-CCPR-note = La page qui fixe la limite n’est pas datée. Les délais figurent dans la note d’information de chaque session, sous forme de dates sans fuseau horaire. Aucune règle ne dit si les notes de bas de page comptent : elles sont donc comptées.
rule-CESCR-note = Aucune limite de mots actuelle n’a été trouvée : fixez la limite d’après la note d’information de la session.
rule-CERD-note = Limite de mots et délai inconnus : fixez-les d’après la note d’information de la session.
rule-CEDAW-note = Indiquée par un tiers pour les 80e, 81e et 86e sessions ; vérifiez la note d’information de votre session. Les rapports étaient attendus environ quatre semaines avant la session (trois semaines pour la 73e session, en 2019).
rule-CAT-note = Limite de mots inconnue.
rule-SPT-note = Le SPT ne tient pas de dialogue sur un rapport de l’État : il n’y a donc ni liste de points à traiter ni rapport parallèle à rédiger pour lui. Ce qu’une ville peut faire à la place : l’informer sur les lieux de privation de liberté qu’elle gère ou inspecte (par exemple les cellules de la police municipale) et travailler avec le mécanisme national de prévention. Aucun format, aucune limite ni aucun délai n’est publié pour de telles informations.
rule-CRC-note = Un rapport thématique est limité à 3 000 mots : modifiez la limite pour un rapport thématique. Les annexes ne sont pas comptées.
rule-CMW-note = Fixez la limite de mots et le délai d’après la note d’information de la session.
rule-CRPD-note = Fixez la limite de mots d’après la note d’information de la session. Des formats accessibles sont demandés (selon des tiers). Le Comité a mis fin à sa procédure de suivi en septembre 2016.
rule-CED-note = Fixez la limite de mots et le délai d’après la note d’information de la session.
rule-SP-note = Fixez la limite de mots et la langue d’après l’appel lui-même : les langues ci-dessus ne sont pas une règle des titulaires de mandat, de sorte qu’une contribution dans une autre langue fait seulement l’objet d’un avertissement.

# --- demo data (wave 6) ---
# The demo city (src/app/demo.rs), loaded in the reader's language. Fictional names: keep them
# recognisably fictional; keep e-mail addresses, URLs, document symbols and XEX as they are.
demo-city = Exempleville (démo)
demo-state = Exemplande
demo-city_contact = Bureau des droits de l’homme, Ville d’Exempleville
demo-ehrc_name = Commission des droits de l’homme de l’Exemplande (démo)
demo-ehrc_acronym = CDHE
demo-ehrc_notes = Institution nationale des droits de l’homme (fictive).
demo-rta_name = Association des locataires de Bord-de-Rivière (démo)
demo-rta_acronym = ALBR
demo-rta_notes = Consultée sur les expulsions et le logement social.
demo-northtown_name = Villenord (démo)
demo-northtown_notes = Ville voisine ; contribution conjointe possible.
demo-nchrr_name = Comité national chargé des rapports sur les droits de l’homme de l’Exemplande (démo)
demo-nchrr_acronym = CNRDH
demo-nchrr_notes = Coordonne le rapport national et le suivi des recommandations ; c’est à lui que la ville adresse sa contribution au rapport national.
demo-upr_title = EPU de l’Exemplande (cycle de démonstration)
demo-upr_session = Session du Groupe de travail (démo)
demo-upr_notes = Contribution de la ville en tant que partie prenante, conjointement avec l’Association des locataires de Bord-de-Rivière.
demo-estimate = Estimation d’après le calendrier habituel de l’EPU (démo) : le HCDH annonce les dates réelles de chaque session.
demo-upr_window_opens = Ouverture de la période de dépôt des contributions
demo-upr_housing_data = Données du Service du logement
demo-upr_departments = Les services envoient leurs sections
demo-upr_mayor = Le cabinet du maire approuve le texte
demo-upr_window_closes = Clôture de la période de dépôt des contributions
demo-upr_review = Examen de l’Exemplande par le Groupe de travail
demo-upr_adoption = Adoption du document final par le Conseil des droits de l’homme
demo-cescr_title = Examen de l’Exemplande par le Comité des droits économiques, sociaux et culturels : liste de points établie avant la soumission du rapport
demo-cescr_session = Groupe de travail de présession (démo)
demo-cescr_notes = Contribution sur le logement, l’eau et les services sociaux.
demo-cescr_follow_up = Rapport de suivi de l’État sur les observations finales précédentes
demo-cescr_deadline = Date limite des contributions écrites
demo-cescr_pre_session = Groupe de travail de présession
demo-cescr_consultation = Consultation des associations de locataires et d’usagers de l’eau
demo-sp_title = Appel à contributions : les collectivités locales et le droit à un logement convenable
demo-sp_session = Rapport thématique (démo)
demo-sp_notes = Répondre aux questions 1, 3 et 5 de l’appel ; 2 500 mots au maximum (fixé dans l’appel).
demo-sp_published = Publication de l’appel à contributions
demo-sp_deadline = Date limite des contributions
demo-sp_rule_source = L’appel à contributions (démo), paragraphe 6
# The demo submission. Its section titles are the template's (template-upr_stakeholder-s1, s2,
# s4, s6). A piece that ends or starts with a space keeps it as {" "}.
demo-submission_title = Contribution de la Ville d’Exempleville à l’EPU de l’Exemplande
demo-full_stop = .
demo-s1_p1 = La Ville d’Exempleville présente ce rapport sur la mise en œuvre, au niveau local, des recommandations que l’Exemplande a reçues lors de son précédent examen. La ville est compétente pour le logement social, les écoles primaires, la police municipale et le service des eaux, et elle rend compte de ce qu’elle a fait dans chacun de ces domaines depuis le dernier examen.
demo-s1_key_words_label = Mots clés :{" "}
demo-s1_key_words = droit à un logement convenable ; expulsions ; eau et assainissement ; non-discrimination ; participation.
demo-s2_p1 = Exempleville est une ville de 240 000 habitants (tous les noms et chiffres de cette démonstration sont fictifs). En vertu de la loi sur les collectivités locales, elle possède 11 800 logements sociaux et gère 42 écoles primaires, la police municipale et le service des eaux
demo-s2_note1 = Loi sur les collectivités locales de l’Exemplande (fictive), articles 12 à 19.
demo-s2_p2 = Les questions qui ne relèvent pas de sa compétence, comme les procédures d’asile et les prestations sociales nationales, ne sont mentionnées que lorsqu’elles ont une incidence sur l’accès des habitants aux services municipaux.
demo-s3_h1 = Droit à un logement convenable
# The paragraph reads: before, the recommendation's words (in italics, a UN translation's
# wording), between, the citation of the report (A/HRC/00/00, para. 140.7), after, a footnote, a full stop.
demo-s3_p1_before = L’Exemplande a accepté la recommandation tendant à{" "}
demo-s3_p1_quote = garantir l’accès des familles à faible revenu à un logement abordable
demo-s3_p1_between = {" "}
demo-s3_p1_after = . Depuis, la ville a construit 1 250 logements sociaux et réduit sa liste d’attente de 18 %
demo-s3_note1 = Service du logement d’Exempleville, rapport annuel 2025 (fictif), tableau 3.
demo-s3_p2 = Les expulsions de logements municipaux sont passées de 312 en 2022 à 141 en 2025 après la création par la ville, avec l’Association des locataires de Bord-de-Rivière, d’un service de prévention
demo-s3_note2 = Données recueillies conjointement avec l’Association des locataires de Bord-de-Rivière (démo).
demo-s3_p2_after = . Ce service contacte chaque locataire ayant deux mois de retard de loyer.
demo-s3_h2 = Eau et assainissement
demo-s3_p3 = Le service des eaux ne coupe plus l’eau des ménages pour factures impayées pendant les mois d’hiver. Les lacunes qui subsistent sont les suivantes :
demo-s3_item1 = les quartiers informels en bordure de la ville, non raccordés au réseau ;
demo-s3_item2 = des tarifs qui ne tiennent pas encore compte du revenu des ménages.
demo-s4_p1 = Donner aux villes les compétences juridiques et les moyens financiers nécessaires pour prévenir les expulsions de logements locatifs privés, comme cela a déjà été recommandé.
demo-s4_p2 = Associer les collectivités locales à la consultation nationale en vue du prochain rapport national.

# --- passage language ---
error-limit_language = Un passage est marqué avec la langue « { $tag } », qui n’est pas une étiquette de langue : indiquez une étiquette telle que de, fr-CA ou zh-Hans ({ $max } caractères au maximum).
error-limit_language_case = Un passage est marqué avec la langue « { $tag } » : écrivez-la « { $normal } ».
editor-language = Langue
editor-language_tooltip = Indiquer que les mots sélectionnés sont écrits dans une autre langue
editor-language_title = Langue des mots sélectionnés
editor-language_choice = Langue
editor-language_option = { $name } ({ $tag })
editor-language_other = Autre langue (saisir son étiquette)
editor-language_hint = Les lecteurs d’écran, le PDF et le fichier Word liront ces mots dans cette langue.
editor-language_tag = Étiquette de langue
editor-language_tag_hint = Une étiquette de langue BCP 47, par exemple pt-BR, ca ou gsw.
editor-language_apply = Appliquer la langue
editor-language_remove = Supprimer la langue
editor-language_needs_text = Sélectionnez d’abord les mots écrits dans une autre langue.
