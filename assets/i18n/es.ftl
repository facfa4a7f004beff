# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue).
meta-locale = es-ES
meta-date = { $weekday }, { $day } { $month } { $year }
meta-day_month = { $weekday }, { $day } { $month }
# Between a day and its time, or a day and the days left ("Sat 12 Dec 2026, 11:00").
meta-separator = {", "}

app-name = CityRights
app-version = versión { $version }
app-loading = Abriendo su base de datos…

# Navigation
nav-label = Principal
nav-skip_to_main = Ir al contenido principal
nav-dashboard = Panel
nav-engagements = Participaciones
nav-recommendations = Recomendaciones
nav-settings = Configuración
nav-bin = Papelera
nav-demo = demostración
nav-demo_hint = Datos de demostración: una ciudad ficticia para explorar la aplicación.
nav-no_city = Ciudad aún no configurada
nav-next_due = Próximo vencimiento
nav-nothing_due = No queda ninguna fecha próxima en ninguna participación.
nav-missed =
    { $n ->
        [one] { $n } plazo incumplido
       *[other] { $n } plazos incumplidos
    }
nav-not_found = Esta página no existe.
nav-back_to_dashboard = Ir al panel

# Generic
common-save = Guardar
common-cancel = Cancelar
common-edit = Editar
common-delete = Eliminar
common-remove = Quitar
common-saved = Guardado
common-close = Cerrar
common-undo = Deshacer
common-save_changes = Guardar los cambios
common-discard_changes = Descartar los cambios
common-keep_editing = Seguir editando
common-unsaved = Cambios sin guardar
common-loading = Cargando…
common-optional = (opcional)
common-retry = Intentar de nuevo
common-none = —
common-estimate = estimación
common-estimate_hint = Estimación basada en los calendarios habituales, no una fecha oficial.
common-words_of_limit = { $words } / { $limit } palabras
common-words_no_limit = { $words ->
        [one] { $words } palabra
       *[other] { $words } palabras
    } (límite desconocido)
common-joint = conjunta
common-individual = individual
common-error_prefix = Se ha producido un error:

# Relative time (from the days_left the core computes, or display-only from `due`)
days-today = hoy
days-tomorrow = mañana
days-in = dentro de { $n } días
days-overdue_today = vencido hace menos de un día
days-overdue =
    { $n ->
        [one] vencido hace { $n } día
       *[other] vencido hace { $n } días
    }
days-passed_today = pasó hace menos de un día
days-passed =
    { $n ->
        [one] pasó hace { $n } día
       *[other] pasó hace { $n } días
    }

# Times and zones
time-end_of_day = fin del día
time-zone_time = hora de { $city }
time-original = { $time } { $zone } ({ $tz })
time-original_with_date = { $date }, { $time } { $zone } ({ $tz })
zone-Europe_Zurich = Ginebra
# The other UN duty stations whose zones the app offers, as this language names the city
# (any other zone shows the English city of its IANA name).
zone-Europe_Vienna = Viena
zone-America_New_York = Nueva York
zone-Africa_Nairobi = Nairobi

# Start-up
startup-error_title = CityRights no pudo abrir su base de datos
startup-error_file = Archivo
startup-error_reason = Motivo
startup-error_unchanged = El archivo no se ha modificado. Puede abrir otro archivo de base de datos o crear uno nuevo, vacío.
startup-open_other = Abrir otro archivo
startup-start_new = Crear una nueva base de datos
startup-status_failed = La aplicación no pudo comprobar su base de datos.

welcome-title = Bienvenido a CityRights
welcome-p1 = CityRights ayuda a la oficina de derechos humanos de su ciudad a preparar sus contribuciones a los mecanismos de derechos humanos de las Naciones Unidas: el Examen Periódico Universal, los órganos de tratados y los procedimientos especiales.
welcome-p2 = Reúne todos los plazos en un solo lugar, para que siempre sepa qué vence a continuación.
welcome-demo = Explorar con datos de demostración
welcome-demo_hint = Una ciudad ficticia con algunas participaciones, para ver cómo funciona todo.
welcome-setup = Configurar mi ciudad
welcome-setup_hint = Introduzca los datos de su ciudad y empiece con sus propios datos.
welcome-setup_title = Configure su ciudad
welcome-setup_intro = Estos datos aparecen en sus contribuciones. Podrá cambiarlos más adelante en Configuración.

# City profile
city-name = Nombre de la ciudad
city-country = Código de país (ISO 3166-1 alfa-3)
city-country_hint = Tres letras, por ejemplo AUT para Austria o COL para Colombia.
city-state_under_review = Estado examinado
city-state_hint = El Estado a cuyos exámenes contribuye, con la denominación que debe figurar.
city-contact_name = Persona u oficina de contacto
city-contact_email = Correo electrónico de contacto
city-language = Idioma de las contribuciones
city-paper_size = Tamaño del papel
city-logo = Logotipo (en la portada de las exportaciones en PDF)
city-logo_none = Sin logotipo
city-logo_set = Hay un logotipo definido
city-logo_choose = Elegir logotipo…
city-logo_remove = Quitar logotipo
paper-a4 = A4
paper-letter = Carta (EE. UU.)

lang-en = inglés
lang-fr = francés
lang-es = español
lang-ru = ruso
lang-ar = árabe
lang-zh = chino

# Settings
settings-title = Configuración
settings-language_title = Idioma
settings-language_label = Idioma de la interfaz
settings-language_system = Igual que esta computadora ({ $name })
settings-language_system_other = Igual que esta computadora (su idioma no es uno de los seis: inglés)
settings-language_hint = Se guarda en esta computadora. Cada contribución conserva su propio idioma, elegido al crearla.
settings-city_title = Su ciudad
settings-db_title = Dónde se guardan sus datos
settings-db_path = Archivo de base de datos
settings-db_hint = Todos sus datos están en este único archivo, en este ordenador. Inclúyalo en sus copias de seguridad.
settings-saved = Guardado
settings-backups_title = Copias de seguridad
settings-backups_text = CityRights hace copias de seguridad de sus datos por sí solo: unos segundos después de iniciarse, cada 4 horas mientras está en funcionamiento y antes de cada actualización. Cada copia se comprueba después de escribirse.
settings-backups_link = Ver las copias de seguridad, hacer una copia ahora o restaurar una
settings-second_label = Segunda carpeta de copias de seguridad
settings-second_none = No se ha elegido ninguna: las copias de seguridad se guardan solo en este ordenador.
settings-second_hint = Cada copia de seguridad se escribe también en esta carpeta, por ejemplo una memoria USB o una carpeta compartida del departamento, para que un portátil averiado o robado no se lleve consigo las copias.
settings-second_reachable = Accesible: la próxima copia de seguridad se copiará allí.
settings-second_unreachable = No accesible: { $problem }. Las copias de seguridad siguen guardándose en la carpeta de datos.
settings-second_choose = Elegir carpeta…
settings-second_change = Elegir otra carpeta…
settings-second_forget = Dejar de copiar allí
settings-second_chosen = Las copias de seguridad se escribirán también en { $folder }.
settings-second_forgotten = Las copias de seguridad ya no se copian en una segunda carpeta. Las copias que ya estén allí se conservan.
departments-title = Departamentos
departments-intro = Los departamentos de la ciudad que se encargan de las recomendaciones: el seguimiento de una recomendación y “Asignar departamento” eligen de esta lista. Un nombre escrito allí como nuevo departamento se incorpora a ella. Cambiar aquí el nombre de uno lo cambia también en sus recomendaciones; darle un nombre que ya figura en la lista fusiona las dos grafías.
departments-none = Todavía no hay departamentos. Añada los que se encargan de las recomendaciones, o escriba uno en el seguimiento de una recomendación.
departments-col_name = Departamento
departments-col_count = Recomendaciones
departments-col_actions = Acciones
departments-rename = Cambiar nombre
departments-rename_label = Nuevo nombre para “{ $name }”
departments-remove = Quitar
departments-remove_question = ¿Quitar “{ $name }” de la lista de departamentos?
departments-add_label = Nuevo departamento
departments-add = Añadir departamento
departments-added = “{ $name }” figura en la lista.
departments-renamed = “{ $old }” ahora se llama “{ $new }” ({ $n ->
        [one] { $n } recomendación modificada
       *[other] { $n } recomendaciones modificadas
    }).
departments-merged = “{ $old }” se ha fusionado con “{ $new }” ({ $n ->
        [one] { $n } recomendación modificada
       *[other] { $n } recomendaciones modificadas
    }).
departments-removed = “{ $name }” se ha quitado de la lista.

# Backups and restore
backups-title = Copias de seguridad
backups-intro = Una copia de seguridad es una copia comprobada de toda su base de datos. CityRights hace una unos segundos después de iniciarse, cada 4 horas mientras está en funcionamiento y antes de cada actualización; conserva todas las copias del último día, una al día durante 14 días y una a la semana durante 8 semanas.
backups-where = Se guardan en { $folder }.
backups-back_up_now = Hacer copia ahora
backups-backing_up = Haciendo copia de seguridad…
backups-made = Copia de seguridad hecha: { $holds }.
backups-made_second = También hay una copia en { $folder }.
backups-second_failed = La copia de seguridad se hizo en este ordenador, pero no se pudo escribir su segunda copia: { $problem }
backups-second_failed_last = La última copia de seguridad ({ $when }) se hizo en este ordenador, pero no se pudo escribir su segunda copia: { $problem }
backups-empty = Todavía no hay copias de seguridad. La primera se hace unos segundos después de iniciar la aplicación, en cuanto hay algo que guardar; también puede usar “Hacer copia ahora”.
backups-col_when = Fecha
backups-col_why = Motivo
backups-col_holds = Contenido
backups-col_size = Tamaño
backups-col_restore = Restaurar
backups-holds = { $engagements }, { $submissions }, { $words }
backups-engagements =
    { $n ->
        [one] { $n } participación
       *[other] { $n } participaciones
    }
backups-submissions =
    { $n ->
        [one] { $n } contribución
       *[other] { $n } contribuciones
    }
backups-words =
    { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }
backups-damaged = Dañada, no se puede restaurar: { $reason }.
backups-unavailable = No se puede comprobar en este momento, por lo que no se ofrece para restaurar (se conserva): { $reason }. Inténtelo de nuevo más tarde.
backups-restore = Restaurar
backups-restore_label = Restaurar la copia de seguridad del { $when }
backups-restore_question = ¿Restaurar la copia de seguridad del { $when } ({ $holds })? Antes se hace una copia de su base de datos actual, así que no se pierde nada: aparecerá aquí como “Antes de una restauración”.
backups-restore_confirm = Restaurar esta copia
backups-restored = Se ha restaurado la copia de seguridad del { $when }. La base de datos tal como estaba se conserva como copia de seguridad (“Antes de una restauración”).
backups-settings_link = Copiar también las copias de seguridad en una segunda carpeta (Configuración)
backups-move_text = ¿Va a cambiar de ordenador?
backups-move_link = Exporte todo el espacio de trabajo a un único archivo e impórtelo en el otro ordenador (Configuración → Cambiar de ordenador)
backup_reason-startup = Al iniciar
backup_reason-periodic = Cada 4 horas
backup_reason-manual = Copia manual
backup_reason-before_migration = Antes de una actualización
backup_reason-before_restore = Antes de una restauración
backup_reason-before_import = Antes de importar un espacio de trabajo

# Settings → Move to another computer (workspace export and import)
move-title = Cambiar de ordenador
move-intro = Para pasar a un nuevo portátil, exporte aquí todo el espacio de trabajo a un único archivo, copie el archivo en el nuevo ordenador (una memoria USB, una carpeta compartida del departamento), instale allí CityRights e impórtelo. La segunda carpeta de copias de seguridad no se traslada: elíjala de nuevo en el nuevo ordenador.
move-export = Exportar espacio de trabajo…
move-exporting = Exportando…
move-exported = El espacio de trabajo se ha guardado en { $path } ({ $size }). Contiene { $engagements }, { $submissions } y { $recommendations }.
move-exported_logo = También contiene el logotipo de la ciudad.
move-personal = El archivo contiene también datos personales: los nombres y datos de contacto de las personas que participaron en las consultas. Guárdelo en un lugar seguro —no lo envíe por correo electrónico ordinario ni lo deje en una carpeta compartida— y elimínelo una vez importado el espacio de trabajo en el nuevo ordenador.
move-import = Importar espacio de trabajo…
move-import_question = ¿Importar un espacio de trabajo exportado en otro ordenador? Todos los datos de este ordenador (participaciones, contribuciones, recomendaciones, perfil de la ciudad) se sustituirán por los del archivo que elija a continuación. Antes se hace una copia de su base de datos actual, así que no se pierde nada: podrá restaurarla desde la pantalla Copias de seguridad, donde figura como “Antes de importar un espacio de trabajo”.
move-import_confirm = Elegir el archivo e importar
move-imported = Se ha importado el espacio de trabajo desde { $from } (exportado el { $when } con CityRights { $version }): { $engagements }, { $submissions } y { $recommendations }.
move-imported_backup = Los datos que había aquí antes se conservan como copia de seguridad (“Antes de importar un espacio de trabajo”) en la pantalla Copias de seguridad.
move-import_failed = No se ha importado el espacio de trabajo. { $message }
move-nothing_changed = No se ha modificado nada en este ordenador.
move-recommendations =
    { $n ->
        [one] { $n } recomendación
       *[other] { $n } recomendaciones
    }

# Dashboard
dashboard-title = Panel
dashboard-next_title = Próximos vencimientos
dashboard-next_for = Participación:
dashboard-nothing_next = No queda ninguna fecha próxima en ninguna participación.
dashboard-nothing_next_hint = Añada los plazos de sus participaciones (plazos de presentación, períodos de sesiones, hitos internos) para verlos aquí.
dashboard-upcoming_title = Próximos { $n } días
dashboard-soon_hint = Resaltado: vence en los próximos 7 días.
dashboard-overdue_title = Plazos incumplidos
dashboard-overdue_intro = Plazos que la ciudad debía cumplir y que vencieron sin que se enviara nada. Cada uno permanece aquí, por antiguo que sea, hasta que lo marque como resuelto; por ejemplo, cuando se haya enviado o aceptado una contribución tardía, o si decidió esperar al próximo ciclo.

# Where a deadline stands (the core's state), and marking a missed one as handled
deadline-met = cumplido
deadline-met_by = Cumplido con “{ $title }”, enviada el { $date }.
deadline-handled_on = Marcado como resuelto el { $date }.
deadline-mark_handled = Marcar como resuelto
deadline-mark_not_handled = Deshacer “resuelto”
deadline-undo = Deshacer
deadline-handled_status = “{ $title }” está marcado como resuelto.
deadline-unhandled_status = “{ $title }” vuelve a ser un plazo incumplido.
dashboard-drafts_title = Borradores en curso
dashboard-no_drafts = No se está redactando ninguna contribución.
dashboard-empty_title = Todavía no hay participaciones
dashboard-empty_text = Una participación es un examen o una convocatoria en que participa su ciudad, por ejemplo el Examen Periódico Universal de su país. Cree su primera participación y añada después sus plazos: aparecerán aquí, primero los más próximos.
dashboard-col_due = Vencimiento
dashboard-col_when = Cuándo
dashboard-col_mechanism = Mecanismo
dashboard-col_milestone = Hito
dashboard-col_engagement = Participación
dashboard-col_title = Título
dashboard-col_words = Palabras
dashboard-col_status = Estado

# Engagements
engagements-title = Participaciones
engagements-new = Nueva participación
engagements-filter_mechanism = Mecanismo
engagements-filter_stage = Etapa
engagements-all_mechanisms = Todos los mecanismos
engagements-all_stages = Todas las etapas
engagements-col_mechanism = Mecanismo
engagements-col_title = Título
engagements-col_state = Estado examinado
engagements-col_stage = Etapa
engagements-col_next = Próximo hito
engagements-no_next = Ningún hito pendiente
engagements-empty = Todavía no tiene participaciones. Una participación es un examen o una convocatoria en que participa su ciudad, como el EPU de su país o una convocatoria de contribuciones de un Relator Especial. Elija “Nueva participación” para crear la primera.
engagements-no_match = Ninguna participación coincide con estos filtros.
engagements-show_all = Mostrar todas las participaciones
engagements-count = { $n } de { $total } participaciones

# Engagement form
engagement_form-new_title = Nueva participación
engagement_form-edit_title = Editar participación
engagement_form-mechanism = Mecanismo
engagement_form-choose_mechanism = Elija un mecanismo…
engagement_form-mechanism_option = { $acronym } — { $name }
engagement_form-title = Título
engagement_form-title_hint = Por ejemplo, “EPU de Eslovenia, cuarto ciclo”.
engagement_form-state = Estado examinado
engagement_form-session = Período de sesiones o convocatoria
engagement_form-session_hint = Por ejemplo, “Cuarto ciclo, 48º período de sesiones del Grupo de Trabajo”.
engagement_form-mandate = Mandato
engagement_form-mandate_none = Sin definir
engagement_form-mandate_other = Otro mandato (escriba su nombre)
engagement_form-mandate_other_label = Nombre del otro mandato
engagement_form-stage = Etapa
engagement_form-notes = Notas

# Engagement detail
engagement-state = Estado examinado
engagement-session = Período de sesiones o convocatoria
engagement-mandate = Mandato
engagement-stage = Etapa
engagement-stages_label = Etapas de esta participación
engagement-stage_saved = Etapa cambiada a “{ $stage }”.
engagement-notes = Notas
engagement-back = Todas las participaciones
engagement-delete_question = ¿Mover esta participación a la papelera? Podrá restaurarla desde la Papelera.
engagement-move_to_bin = Mover a la papelera
engagement-not_specified = no indicado
engagement-milestones_title = Hitos
engagement-no_milestones = Todavía no hay hitos. Añada el plazo de presentación, las fechas del período de sesiones y sus propios plazos internos para que aparezcan en el panel.
engagement-add_milestone = Añadir hito
engagement-col_kind = Qué marca
engagement-col_title = Título
engagement-col_due = Fecha y hora
engagement-col_when = Cuándo
engagement-col_actions = Acciones
engagement-until = hasta el { $date }
engagement-remove_question = ¿Mover el hito “{ $title }” a la papelera? Podrá restaurarlo, con sus recordatorios, desde la Papelera.
engagement-submissions_title = Contribuciones
engagement-no_submissions = Todavía no hay contribuciones para esta participación.
engagement-col_sub_title = Título
engagement-col_sub_status = Estado
engagement-col_sub_words = Palabras
engagement-col_sub_kind = Individual o conjunta

# Milestone form
milestone_form-add_title = Añadir un hito
milestone_form-edit_title = Editar hito
milestone_form-kind = Qué marca
milestone_form-choose_kind = Elija…
milestone_form-title = Título
milestone_form-date = Fecha
milestone_form-end_date = Último día
milestone_form-end_date_hint = Para un acontecimiento de varios días, como un período de sesiones.
milestone_form-time = Hora
milestone_form-time_hint = Déjelo vacío si vence al final del día.
milestone_form-time_zone = Zona horaria
milestone_form-time_zone_hint = Una ciudad (Ginebra, Nueva York) o el nombre de una zona (Europe/Zurich). Los plazos de presentación del EPU se cierran a las 23:59, hora de Ginebra. Los órganos de tratados y los procedimientos especiales indican sus fechas sin zona horaria: utilice la suya.
milestone_form-is_estimate = Esta fecha es una estimación
milestone_form-basis = En qué se basa la estimación
milestone_form-notes = Notas
milestone_form-reminder_days = Recordármelo (días antes)
milestone_form-reminder_days_hint = Días antes de la fecha, separados por comas, por ejemplo 30, 7, 1. Déjelo vacío si no desea recordatorios.

# Calendar (issue 5)
calendar-nav = Calendario
calendar-title = Calendario
calendar-intro = Todas las fechas de todas las participaciones, en su zona horaria ({ $zone }). Los plazos oficiales muestran también su propia hora, como las 23:59, hora de Ginebra.
calendar-filter_mechanism = Mecanismo
calendar-filter_engagement = Participación
calendar-filter_kind = Tipo de fecha
calendar-all_mechanisms = Todos los mecanismos
calendar-all_engagements = Todas las participaciones
calendar-all_kinds = Todo
calendar-go_to = Ir a la fecha
calendar-today = Hoy
calendar-month = Mes
calendar-week = Semana
calendar-agenda = Agenda
calendar-view_label = Vista
calendar-all_day = todo el día
calendar-span = { $start } – { $end }
calendar-agenda_missed = Plazos incumplidos
calendar-agenda_empty = No queda ninguna fecha próxima en ninguna participación.
calendar-next_hint = Próximo: { $title } el { $date } ({ $engagement }).
calendar-next_go = Mostrar { $month }
calendar-previous = Anterior
calendar-next = Siguiente
calendar-more = +{ $n } más
calendar-legend = Leyenda
calendar-legend_overdue = Vencido: incumplido, aún no marcado como resuelto
calendar-legend_met = Cumplido con una contribución
calendar-legend_handled = Incumplido, marcado como resuelto
calendar-legend_soon = Vence en los próximos 7 días
calendar-legend_estimate = Estimación
calendar-tag_overdue = vencido
calendar-tag_soon = próximo
calendar-tag_met = cumplido
calendar-tag_handled = resuelto
calendar-tag_estimate = estimación
calendar-export = Exportar al calendario…
calendar-export_hint = Un archivo .ics para Outlook y otros calendarios. Al volver a importarlo se actualizan los mismos eventos.
calendar-exported =
    { $n ->
        [one] Se ha escrito { $n } hito en { $path }.
       *[other] Se han escrito { $n } hitos en { $path }.
    }
calendar-export_cancelled = No se eligió ningún archivo; no se ha exportado nada.
calendar-new_milestone = Nuevo hito
calendar-new_on = Nuevo hito el { $date }
calendar-choose_engagement = Para la participación
calendar-choose_engagement_option = Elija una participación…
calendar-no_engagements = Cree primero una participación: un hito siempre pertenece a una.
calendar-empty = Todavía no hay hitos. Abra una participación y añada sus fechas, o haga clic en un día del calendario para añadir uno.
calendar-no_match = Ningún hito coincide con estos filtros.
calendar-open_engagement = Abrir la participación “{ $title }”
calendar-when = Cuándo
calendar-own_time = Hora de origen
calendar-basis = Base de la estimación
calendar-reminders = Recordatorios
calendar-reminders_none = Ninguno
calendar-reminders_days = { $days } días antes
calendar-notes = Notas
calendar-close = Cerrar
calendar-moved = “{ $title }” se ha movido al { $date }.
calendar-move_official_question = “{ $title }” es una fecha oficial ({ $kind }). ¿{ $direction ->
        [earlier] Adelantarla
       *[later] Aplazarla
    } { $days ->
        [one] 1 día
       *[other] { $days } días
    } de todos modos? Hágalo solo si las Naciones Unidas la han cambiado.
calendar-move_official_confirm = Mover la fecha oficial
calendar-move_estimate_question = “{ $title }” ({ $kind }) es una estimación de una fecha de las Naciones Unidas, no una fecha oficial. ¿{ $direction ->
        [earlier] Adelantarla
       *[later] Aplazarla
    } { $days ->
        [one] 1 día
       *[other] { $days } días
    }? Hágalo cuando las Naciones Unidas hayan anunciado la fecha real.
calendar-move_estimate_confirm = Mover la estimación
calendar-move_time_refused = Para cambiar la hora de un hito, edítelo: al arrastrar y soltar solo se mueve por días completos.

# Proposed timelines (issue 5)
timeline-session_date = Primer día del período de sesiones
timeline-session_date_hint = Opcional. Para el EPU, el período de sesiones del Grupo de Trabajo. Con esta fecha, CityRights propone los plazos habituales para que usted los compruebe.
timeline-session_end_date = Último día del período de sesiones
timeline-title = Calendario propuesto
timeline-intro = Estos son los hitos habituales de este tipo de participación, calculados a partir de la fecha del período de sesiones. Cada estimación indica en qué se basa: compruébela con el anuncio de las Naciones Unidas y cambie la fecha cuando la conozca.
timeline-none_known = No hay un calendario típico
timeline-add_this = Añadir “{ $title }”
timeline-add_selected = Añadir los hitos seleccionados
timeline-skip = Omitir y añadir las fechas más tarde
timeline-basis = Base
timeline-not_estimate = Tal como la introdujo.
timeline-nothing_selected = Seleccione al menos un hito o elija “Omitir”.
timeline-passed = Ya ha pasado.
timeline-state_step = El informe del Estado
timeline-state_step_hint = Esta etapa corresponde al Estado, no a la ciudad: se muestra en “Informes del Estado” y nunca se cuenta como un plazo incumplido por la ciudad.

# Reminders (issue 5)
reminder-banner_title = Vence pronto
reminder-banner_intro = Recordatorios que vencieron mientras CityRights estaba cerrado:
reminder-which = { $n ->
        [one] Recordatorio de { $n } día
       *[other] Recordatorio de { $n } días
    }
reminder-show_all = Mostrar los { $n }
reminder-show_fewer = Mostrar menos
reminder-missed = pasó mientras CityRights estaba cerrado
reminder-dismiss = Descartar

# Rules
rules-title = Normas vigentes
rules-overridden = Modificada por la ciudad para esta participación.
rules-word_limit_individual = Límite de palabras, contribución individual
rules-word_limit_joint = Límite de palabras, contribución conjunta
rules-words = { $n } palabras
rules-not_known = desconocido
rules-footnotes = Notas a pie de página
rules-footnotes_count = Se cuentan para el límite
rules-footnotes_do_not_count = No se cuentan para el límite
rules-footnotes_unknown = Ninguna fuente indica si las notas a pie de página se cuentan, por lo que se cuentan por precaución.
rules-formats = Formatos de archivo
rules-languages = Idiomas
rules-front_matter = Cómo empieza
rules-status = Estado
rules-source = Fuente
rules-note = Nota
rules-stale = La fuente de esta norma tiene más de un año, o no se ha consultado en el último año: compruébela antes de basarse en ella.
rules-override_open = Modificar para esta participación
rules-override_title = Modificar para esta participación
rules-override_intro = Utilice las cifras indicadas para esta participación (por ejemplo, en la convocatoria de contribuciones). Deje un campo vacío para mantener el valor predeterminado.
rules-override_individual = Límite de palabras, contribución individual
rules-override_joint = Límite de palabras, contribución conjunta
rules-override_footnotes = Las notas a pie de página se cuentan para el límite
rules-override_footnotes_default = Mantener el valor predeterminado
rules-override_footnotes_yes = Sí, se cuentan
rules-override_footnotes_no = No, no se cuentan
rules-override_source = Fuente de estas cifras
rules-override_source_hint = Por ejemplo, “Convocatoria de contribuciones de 3 de marzo de 2026, párr. 4”.
rules-override_date = Fecha de la fuente
rules-override_clear = Volver a las normas predeterminadas
rules-override_saved = Se han guardado las normas de esta participación.
rules-override_cleared = Vuelven a aplicarse las normas predeterminadas.
rules-whole_number = Escriba un número entero de palabras, por ejemplo 2815.

format-docx = Word (.docx)
format-pdf = PDF
front_matter-header_block = Unas líneas de encabezado
front_matter-cover_page = Una portada
rule_status-confirmed = Indicado por { $who } (página consultada el { $date })
rule_status-confirmed_undated = Indicado por { $who }
rule_status-third_party = Comunicado por { $who } ({ $date })
rule_status-third_party_undated = Comunicado por { $who }
rule_status-unconfirmed = Sin confirmar: ninguna fuente lo indica
rule_status-set_by_city = Sin confirmar: definido por usted
rules-source_date = Fecha de la fuente
rules-source_undated = La fuente no tiene fecha

# Bin
bin-title = Papelera
bin-intro = Las participaciones, contribuciones, secciones, hitos y recomendaciones eliminados esperan aquí hasta que los restaure —completos, con todo lo que contenían— o vacíe la papelera.
bin-empty = La papelera está vacía.
bin-col_kind = Qué
bin-col_title = Título
bin-col_context = Dónde estaba
bin-col_deleted = Eliminado
bin-col_actions = Acciones
bin-restore = Restaurar
bin-restored = Se ha restaurado “{ $title }”.
bin-empty_button = Vaciar la papelera
bin-empty_question = ¿Eliminar definitivamente todo lo que hay en la papelera? Esta acción no se puede deshacer.
bin-delete_for_good = Eliminar definitivamente
bin-emptied =
    { $n ->
        [one] Se ha vaciado la papelera ({ $n } elemento eliminado definitivamente).
       *[other] Se ha vaciado la papelera ({ $n } elementos eliminados definitivamente).
    }

bin_kind-engagement = Participación
bin_kind-submission = Contribución
bin_kind-section = Sección
bin_kind-milestone = Hito
bin_kind-recommendation = Recomendación

# Submissions (issue 3: drafting)
submissions-nav = Contribuciones
submissions-title = Contribuciones
submissions-new = Nueva contribución
submissions-empty = Todavía no hay contribuciones. Una contribución es el documento que su ciudad envía en el marco de una participación, como su contribución al EPU. Abra una participación y elija “Nueva contribución”, o elija “Nueva contribución” aquí.
submissions-col_title = Título
submissions-col_engagement = Participación
submissions-col_mechanism = Mecanismo
submissions-col_status = Estado
submissions-col_words = Palabras
submissions-col_updated = Actualizada
submissions-search_label = Buscar en todos los borradores
submissions-search_hint = Encuentra palabras en todas las secciones de todas las contribuciones, en cualquier idioma.
submissions-search_results = Resultados de la búsqueda
submissions-search_none = No se ha encontrado nada para “{ $query }”.
submissions-search_count =
    { $n ->
        [one] { $n } resultado
       *[other] { $n } resultados
    }
submissions-hit_where = { $submission } › { $section }
submissions-import = Importar borrador…
submissions-import_hint = Un archivo Word (.docx) o Markdown: los títulos inician secciones y se conservan los párrafos numerados y las notas a pie de página; se indica lo que no se puede trasladar.
submissions-import_cancelled = No se eligió ningún archivo; no se ha importado nada.

# The submission form
submissions-form_new_title = Nueva contribución
submissions-form_edit_title = Datos de la contribución
submissions-engagement = Participación
submissions-choose_engagement = Elija una participación…
submissions-no_engagements = Cree primero una participación: una contribución siempre pertenece a un examen o a una convocatoria.
submissions-template = Plantilla
submissions-template_sections = Secciones de esta plantilla
submissions-choose_engagement_first = Elija primero la participación: las plantillas dependen de su mecanismo.
submissions-title_field = Título
submissions-title_hint = Por ejemplo, “Contribución conjunta de la Ciudad de Villaejemplo y la Defensoría del Pueblo”.
submissions-language = Idioma
submissions-co_submitters = Coautores
submissions-co_submitters_hint = Elíjalos para una contribución conjunta: figuran en el encabezado y se aplica el límite de palabras de las contribuciones conjuntas.
submissions-no_stakeholders = Todavía no hay partes interesadas registradas.
submissions-add_co_submitter = Añadir un coautor
submissions-stakeholder_name = Nombre del coautor
submissions-stakeholder_acronym = Sigla
submissions-stakeholder_kind = Tipo
submissions-stakeholder_add = Añadir
submissions-stakeholder_added = Se ha añadido y seleccionado “{ $name }”.
submissions-may_publish = ¿Se puede publicar la contribución?
submissions-may_publish_hint = Los órganos de tratados preguntan si pueden publicar lo que reciben.
submissions-may_publish_yes = Sí
submissions-may_publish_no = No
submissions-may_publish_undecided = Aún no decidido
submissions-create = Crear contribución
submissions-stakeholder_kind-city = Ciudad o gobierno local
submissions-stakeholder_kind-nhri = Institución nacional de derechos humanos
submissions-stakeholder_kind-nmirf = Mecanismo nacional de aplicación, presentación de informes y seguimiento
submissions-accreditation = Acreditación (GANHRI)
submissions-accreditation_hint = En el EPU, una institución con categoría A tiene su propia sección en el resumen de las comunicaciones de las partes interesadas.
submissions-accreditation_unknown = No indicada
submissions-accreditation-a_status = Categoría A (plenamente conforme con los Principios de París)
submissions-accreditation-b_status = Categoría B (parcialmente conforme)
submissions-accreditation-not_accredited = No acreditada
submissions-stakeholder_kind-ngo = ONG
submissions-stakeholder_kind-ministry = Ministerio
submissions-stakeholder_kind-academic = Universidad o centro de investigación
submissions-stakeholder_kind-regional_organization = Organización regional
submissions-stakeholder_kind-other = Otro

# The submission screen
drafting-back = Todas las contribuciones
drafting-engagement = Participación
drafting-status = Estado
drafting-status_saved = Estado cambiado a “{ $status }”.
drafting-template = Plantilla
drafting-language = Idioma
drafting-kind = Individual o conjunta
drafting-edit_details = Editar datos
drafting-delete = Eliminar contribución
drafting-delete_question = ¿Mover esta contribución, con todas sus secciones, a la papelera? Podrá restaurarla desde la Papelera.
drafting-move_to_bin = Mover a la papelera
drafting-front_matter = Encabezado
drafting-front_matter_header_block = Las líneas de encabezado con que empieza la contribución (no una página aparte).
drafting-front_matter_cover_page = La portada.
drafting-words =
    { $words ->
        [one] { $words } palabra
       *[other] { $words } palabras
    }
drafting-word_count_label = Recuento de palabras
drafting-count_hint_footnotes = Se cuenta todo lo que se envía, como lo cuenta Word: el título, el encabezado, los títulos de sección, el texto y las notas a pie de página.
drafting-count_hint_no_footnotes = Se cuenta todo lo que se envía, como lo cuenta Word, salvo las notas a pie de página: la norma vigente las excluye.
drafting-count_breakdown = { $words ->
        [one] { $words } palabra
       *[other] { $words } palabras
    }: { $parts }
drafting-count_breakdown_excluded = { $words ->
        [one] { $words } palabra
       *[other] { $words } palabras
    }: { $parts }; no contadas: { $excluded }
drafting-count_breakdown_label = Dónde están las palabras
# One part of the word count: "12 title", "2,420 text" (the number is already formatted).
count_part-title = { $n } en el título
count_part-front_matter = { $n } en el encabezado
count_part-headings = { $n } en los títulos de sección
count_part-text = { $n } en el texto
count_part-footnotes = { $n } en las notas a pie de página
drafting-saved = Guardado
drafting-not_saved = No guardado
drafting-saving = Guardando…
drafting-save_failed = Su texto se conserva en esta pantalla y se volverá a guardar en un momento. { $message }
drafting-save_damaged = No guardado: el texto almacenado de esta sección no se puede leer, por lo que no se ha escrito nada encima. Su texto sigue en esta pantalla: cópielo en un lugar seguro y restaure después una revisión anterior (Revisiones) o una copia de seguridad (Configuración → Copias de seguridad). { $message }
drafting-sections = Secciones
drafting-section_words_label = Palabras en “{ $title }”
drafting-section_title = Título de la sección
drafting-owner = Responsable
drafting-owner_hint = Departamento o persona
drafting-section_status = Estado de la sección
drafting-section_status-to_draft = Por redactar
drafting-section_status-drafted = Redactada
drafting-section_status-reviewed = Revisada
drafting-section_status-approved = Aprobada
drafting-move_up = Subir
drafting-move_down = Bajar
drafting-remove_section = Quitar sección
drafting-remove_section_question = ¿Mover la sección “{ $title }” a la papelera? Podrá restaurarla desde la Papelera.
drafting-guidance = Orientaciones para esta sección
drafting-guidance_hint = Consejos de la plantilla. Nunca forman parte del texto.
drafting-add_section = Añadir sección
drafting-new_section_title = Título de la nueva sección
drafting-no_sections = Esta contribución aún no tiene secciones. Añada la primera.
drafting-checks = Comprobaciones
drafting-checks_none = No se ha encontrado ningún problema.
drafting-severity-error = Debe corregirse
drafting-severity-warning = Advertencia
drafting-severity-info = Nota
drafting-go_to_section = Ir a “{ $title }”
drafting-conflict_title = Esta sección se ha modificado en otro lugar
drafting-conflict_text = Otra ventana u otra copia de CityRights guardó “{ $title }” después de que usted empezara a editarla. Su texto no se ha guardado y no se ha sobrescrito nada.
drafting-conflict_reload = Cargar el otro texto
drafting-conflict_keep = Mantener mi texto
drafting-conflict_keep_hint = Si mantiene su texto, se guarda encima del otro; el otro texto queda en las revisiones.

# Recording what was sent
drafting-mark_submitted = Marcar como presentada
drafting-mark_title = Registrar lo que se envió
drafting-mark_intro = Después de elegir estos datos, CityRights le pide el archivo exacto que envió, guarda una copia con su huella SHA-256 y bloquea esa versión del texto.
drafting-sent_on = Fecha de envío
drafting-channel = Cómo se envió
drafting-channel_hint = Por ejemplo, el sistema de presentación en línea del EPU o un correo electrónico a la secretaría.
drafting-channel_upr = Sistema de presentación en línea del EPU
drafting-channel_email = Correo electrónico a la secretaría del comité
drafting-channel_sp = Correo electrónico a la dirección del mandato indicada en la convocatoria de contribuciones
drafting-choose_file = Elegir el archivo enviado…
drafting-mark_cancelled = No se eligió ningún archivo; no se ha registrado nada.
drafting-sent_title = Lo que se envió
drafting-sent_date = Enviada el
drafting-sent_channel = Vía
drafting-sent_file = Archivo
drafting-sent_sha = SHA-256
drafting-edited_since_sent = El texto se editó después de enviarse. La versión enviada se conserva en las revisiones.
drafting-outcome_title = Resultado
drafting-acronym = Sigla asignada por el ACNUDH
drafting-acronym_hint = Por ejemplo, “JS3” para una contribución conjunta, como en el resumen de las comunicaciones de las partes interesadas.
drafting-cited = Párrafos del resumen del ACNUDH que la citan
drafting-cited_hint = Por ejemplo, “12, 40, 43”.
drafting-outcome_save = Guardar
drafting-outcome_saved = Guardado.
drafting-read_only_title = Enviada: esta versión es de solo lectura
drafting-read_only_text = Esta contribución se marcó como presentada el { $date } ({ $channel }). Lo que se envió queda tal como estaba: su texto, sus secciones y sus datos no se pueden cambiar. Para cambiarlos, cree una nueva versión; el registro de lo enviado (fecha, vía, archivo, SHA-256 y la versión bloqueada del texto) se conserva.
drafting-read_only_text_no_record = Esta contribución está marcada como presentada. Lo que se envió queda tal como estaba: su texto, sus secciones y sus datos no se pueden cambiar. Para cambiarlos, cree una nueva versión.
drafting-start_new_version = Crear una nueva versión
drafting-start_new_version_question = ¿Crear una nueva versión de esta contribución? Después se podrá volver a cambiar su texto. Lo enviado queda registrado tal como está: la fecha, la vía, el archivo con su SHA-256 y la versión bloqueada del texto.
drafting-marked = Marcada como presentada. El texto es ahora de solo lectura; para cambiarlo, cree una nueva versión.
drafting-reopened_note = Se creó una nueva versión el { $date }. El registro siguiente corresponde a lo que se envió antes, conservado tal como estaba.
drafting-earlier_sends = Envíos anteriores
drafting-earlier_send = { $date }, { $channel }: { $file } (SHA-256 { $sha })
drafting-section_read_only = Solo lectura: esta versión se envió.

# The editor
editor-section_text = Texto de la sección: { $title }
editor-toolbar = Formato de “{ $title }”
editor-bold = Negrita
editor-italic = Cursiva
editor-link = Enlace
editor-block_type = Estilo de texto
editor-chart_note = Gráfico trazado a partir del plan de aplicación en su estado actual: los archivos PDF y Word lo muestran como imagen, con estas cifras.
editor-paragraph = Párrafo
editor-heading = Título { $level }
editor-bullet_list = Lista con viñetas
editor-ordered_list = Lista numerada
editor-quote = Cita
editor-table = Insertar tabla
editor-add_row = Añadir fila a la tabla
editor-numbered = Párrafo numerado
editor-add_footnote = Añadir nota a pie de página
editor-add_citation = Añadir referencia
editor-footnote_button = + Nota
editor-citation_button = + Referencia
editor-undo = Deshacer
editor-redo = Rehacer
editor-shortcut = { $name } ({ $keys })
editor-footnotes = Notas a pie de página de “{ $title }”
editor-footnote_edit = Editar la nota { $n }
editor-footnote_delete = Eliminar la nota { $n }
editor-footnote_empty = (nota vacía)
editor-footnote_title_new = Añadir una nota a pie de página
editor-footnote_title_edit = Editar la nota { $n }
editor-footnote_text = Texto de la nota
editor-footnote_save = Guardar nota
editor-footnote_keys = Intro guarda la nota; Mayús+Intro inicia una línea nueva.
editor-citation_title_new = Añadir una referencia
editor-citation_title_edit = Editar referencia
editor-citation_symbol = Signatura del documento
editor-citation_symbol_hint = Por ejemplo, A/HRC/59/15 (un informe del EPU) o E/C.12/AUT/CO/4 (observaciones finales).
editor-citation_paragraph = Párrafo o recomendación
editor-citation_paragraph_hint = Por ejemplo, 140.7. Déjelo vacío para citar el documento completo.
editor-citation_save = Guardar referencia
editor-citation_delete = Eliminar referencia
editor-citation_needs_symbol = Escriba la signatura del documento, por ejemplo A/HRC/59/15.
editor-citation_placement_hint = La referencia se inserta en la frase, en la posición del cursor, según lo establecido en Configuración → Referencias: entre paréntesis antes del punto final, o en una nota a pie de página.
citations-title = Referencias
citations-legend = Cómo se escribe una referencia nueva
citations-hint = Para las referencias que se añadan a partir de ahora con “+ Referencia”; las que ya están en el texto no cambian.
citations-example = Ejemplo:
citations-saved = Guardado. Las referencias que se añadan a partir de ahora se escribirán así.
citation_style-parenthetical = Entre paréntesis, antes del punto final de la frase
citation_style-footnote = En una nota a pie de página, después del punto final de la frase
editor-link_title = Enlace
editor-link_href = Dirección del enlace
editor-link_hint = Solo direcciones web (http://, https://) o de correo electrónico (mailto:).
editor-link_apply = Aplicar enlace
editor-link_remove = Quitar enlace
editor-link_refused = Este enlace no se puede mantener: solo se admiten direcciones web (http, https) y de correo electrónico (mailto).
editor-link_needs_text = Seleccione primero las palabras que desea enlazar.

# Revisions
revisions-open = Revisiones
revisions-title = Revisiones
revisions-intro = Instantáneas de toda la contribución: se toman mientras escribe (como máximo una cada 10 minutos), antes de cada restauración y cuando se envía una versión. Póngale nombre a una para volver a encontrarla: el texto actual o cualquiera de las revisiones siguientes.
revisions-rename = Cambiar nombre
revisions-give_name = Ponerle nombre
revisions-rename_label = Nombre de la revisión del { $when }
revisions-rename_save = Guardar nombre
revisions-renamed = Nombre cambiado a “{ $name }”.
revisions-name_label = Poner nombre al texto actual
revisions-name_hint = Por ejemplo, “Enviado a revisión jurídica”.
revisions-name_save = Guardar esta versión
revisions-named = Guardada como “{ $name }”.
revisions-none = Todavía no hay revisiones: aparecen a medida que escribe.
revisions-col_when = Cuándo
revisions-col_kind = Tipo
revisions-col_name = Nombre
revisions-col_words = Palabras
revisions-col_actions = Acciones
revisions-kind-auto = Automática
revisions-kind-named = Con nombre
revisions-kind-before_restore = Antes de una restauración
revisions-kind-sent = Enviada
revisions-kind-contribution = Aportación aceptada
revisions-view = Ver
revisions-restore = Restaurar
revisions-restore_question = ¿Restaurar el texto del { $when }? Antes se guarda el texto actual como revisión, así que esta acción se puede deshacer.
revisions-restored = Se ha restaurado el texto del { $when }.
revisions-compare_title = Comparar dos versiones
revisions-compare_from = Versión anterior
revisions-compare_to = Versión posterior
revisions-current = El texto actual
revisions-compare = Comparar
revisions-viewing = El texto del { $when }
revisions-close_view = Cerrar
revisions-inserted = Añadido:
revisions-deleted = Eliminado:
revisions-change-same = sin cambios
revisions-change-changed = modificada
revisions-change-added = añadida
revisions-change-removed = eliminada
revisions-legend = Las palabras añadidas aparecen subrayadas y las eliminadas, tachadas.
revisions-no_difference = Las dos versiones son iguales.
revisions-option = { $when } — { $kind }{ $name }

# Recommendations (issue 6)
recommendations-title = Recomendaciones
recommendations-import_button = Importar…
recommendations-add = Añadir una recomendación
recommendations-add_title = Añadir una recomendación
recommendations-export_csv = Exportar la matriz de seguimiento (CSV)…
recommendations-exported = { $n ->
        [one] Se ha escrito { $n } recomendación
       *[other] Se han escrito { $n } recomendaciones
    } en { $path }.
recommendations-export_pdf = Exportar la matriz de seguimiento (PDF)…
recommendations-exported_pdf = { $n ->
        [one] Se ha escrito { $n } recomendación
       *[other] Se han escrito { $n } recomendaciones
    } en { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } en { $path }.
recommendations-empty_title = Todavía no hay recomendaciones
recommendations-empty_p1 = Incorpore las recomendaciones que las Naciones Unidas dirigieron a su Estado: el texto de un informe del Grupo de Trabajo sobre el EPU (copiado del PDF), la lista temática de recomendaciones del ACNUDH (Word), la exportación del Índice Universal de los Derechos Humanos (JSON) o un archivo CSV.
recommendations-empty_p2 = Después, localice las que conciernen a la ciudad, indique quién se encarga de ellas y haga el seguimiento de lo realizado. Pulse “Importar…” para empezar.
recommendations-overview = Resumen
recommendations-overview_total = { $n ->
        [one] { $n } recomendación
       *[other] { $n } recomendaciones
    }; { $within } dentro de la competencia de la ciudad (exclusiva o compartida).
recommendations-new_since_last = La última importación añadió { $n ->
        [one] { $n } recomendación nueva
       *[other] { $n } recomendaciones nuevas
    }.
recommendations-chart_row = { $theme }: { $n ->
        [one] { $n } recomendación — mostrarla
       *[other] { $n } recomendaciones — mostrarlas
    }
recommendations-nothing_new = La última importación no añadió nada nuevo: todo lo que contenía ya estaba aquí, sin cambios.
recommendations-nothing_new_updated = La última importación no añadió ninguna recomendación nueva y actualizó { $n ->
        [one] { $n } que ya estaba aquí
       *[other] { $n } que ya estaban aquí
    }.
recommendations-export_follows_filter = Las exportaciones contienen lo que muestra el filtro actual: { $n } de { $total } recomendaciones. Quite los filtros para exportarlas todas.
recommendations-exported_filtered = Se ha escrito lo que muestra el filtro actual ({ $n } de { $total } recomendaciones) en { $path }.
recommendations-show_new = Mostrarlas
recommendations-chart_title = Estado local por tema
recommendations-no_theme = Sin tema
recommendations-filters = Buscar recomendaciones
recommendations-search = Buscar
recommendations-search_hint = Palabras del texto, un Estado, una signatura o un número de párrafo (por ejemplo, vivienda romaníes, Portugal, 140.7).
recommendations-search_placeholder = p. ej. vivienda romaníes, Portugal, 140.7
recommendations-all = Todos
recommendations-filter_symbol = Documento
recommendations-filter_mechanism = Mecanismo
recommendations-filter_cycle = Ciclo
recommendations-filter_theme = Tema
recommendations-filter_sdg = ODS
recommendations-sdg_n = ODS { $n }
recommendations-filter_response = Respuesta
recommendations-filter_competence = Competencia
recommendations-filter_department = Departamento
recommendations-filter_status = Estado local
recommendations-filter_tag = Etiqueta
recommendations-filter_new = Nuevas desde la última importación
recommendations-more_filters = Más filtros
recommendations-more_filters_set = Más filtros ({ $n } aplicados)
recommendations-fewer_filters = Menos filtros
recommendations-count = { $n ->
        [one] Se muestra { $n } de { $total }
       *[other] Se muestran { $n } de { $total }
    }
recommendations-clear_filters = Mostrar todas
recommendations-no_match = Ninguna recomendación coincide con estos filtros.
recommendations-show_more = Mostrar { $n } más
recommendations-bulk = Cambiar las recomendaciones seleccionadas
recommendations-selected = Seleccionadas: { $n }
recommendations-bulk_tag = Etiqueta que se añade o se quita
recommendations-bulk_status = Estado que se asigna
recommendations-bulk_competence = Competencia que se asigna
recommendations-bulk_department = Departamento que se asigna
recommendations-add_tag = Añadir etiqueta
recommendations-remove_tag = Quitar etiqueta
recommendations-set_status = Asignar estado
recommendations-set_competence = Asignar competencia
recommendations-set_department = Asignar departamento
recommendations-bulk_tagged = Etiqueta añadida a { $n ->
        [one] { $n } recomendación
       *[other] { $n } recomendaciones
    }.
recommendations-bulk_untagged = Etiqueta quitada de { $n ->
        [one] { $n } recomendación
       *[other] { $n } recomendaciones
    }.
recommendations-bulk_changed = { $n ->
        [one] { $n } recomendación modificada
       *[other] { $n } recomendaciones modificadas
    }.
recommendations-clear_selection = Borrar la selección
recommendations-bulk_replace-set_department = { $replaced } de las { $selected } seleccionadas ya tienen un departamento; ¿reemplazarlo?
recommendations-bulk_replace-set_competence = { $replaced } de las { $selected } seleccionadas ya tienen una competencia; ¿reemplazarla?
recommendations-bulk_replace-set_local_status = { $replaced } de las { $selected } seleccionadas ya tienen un estado; ¿reemplazarlo?
recommendations-bulk_replace_one-set_department = Una de las { $selected } seleccionadas ya tiene un departamento; ¿reemplazarlo?
recommendations-bulk_replace_one-set_competence = Una de las { $selected } seleccionadas ya tiene una competencia; ¿reemplazarla?
recommendations-bulk_replace_one-set_local_status = Una de las { $selected } seleccionadas ya tiene un estado; ¿reemplazarlo?
recommendations-bulk_replace_all = Reemplazar
recommendations-bulk_keep = { $n ->
        [one] Mantener los suyos y cambiar la otra
       *[other] Mantener los suyos y cambiar las otras { $n }
    }
recommendations-select_all = Seleccionar todas las mostradas
recommendations-select_one = Seleccionar { $ref }
recommendations-open = Abrir { $ref }
recommendations-no_paragraph = (sin número)
recommendations-col_reference = Párr.
recommendations-col_text = Recomendación
recommendations-col_response = Respuesta
recommendations-col_competence = Competencia
recommendations-col_department = Departamento
recommendations-col_status = Estado local
recommendations-col_theme = Temas
recommendations-new = nueva
recommendations-detail_title = Recomendación
recommendations-recommended_by = Estados que formularon la recomendación
recommendations-cycle = Ciclo y período de sesiones
recommendations-kind = Tipo
recommendations-groups = Grupos de personas
recommendations-sdgs = ODS
recommendations-published = Publicada
recommendations-source = Importada de
recommendations-city_follow_up = Seguimiento de la ciudad
recommendations-save_follow_up = Guardar el seguimiento
recommendations-detail_competence = Competencia municipal
recommendations-detail_department = Departamento responsable
recommendations-department_none = Ninguno
recommendations-department_other = Otro departamento (escriba su nombre)
recommendations-department_new = Nombre del nuevo departamento
recommendations-department_new_hint = Se incorpora a la lista de departamentos de la ciudad (Configuración → Departamentos).
recommendations-detail_status = Estado en la ciudad
recommendations-tags = Etiquetas
recommendations-tags_hint = Palabras propias para agrupar recomendaciones, separadas por comas (por ejemplo, vivienda, pleno 2027).
recommendations-save_tags = Guardar etiquetas
recommendations-evidence = Lo que ha hecho la ciudad
recommendations-no_evidence = Todavía no se ha registrado ninguna constancia.
recommendations-evidence_date = Fecha
recommendations-evidence_note = Lo que se hizo
recommendations-add_evidence = Añadir constancia
recommendations-remove_evidence = Quitar la constancia del { $date }
recommendations-keep_evidence = Mantener la constancia del { $date }
recommendations-evidence_removed = se quitará al guardar
recommendations-evidence_new_hint = Se añade a la lista al guardar.
recommendations-unsaved_question = El seguimiento de { $ref } tiene cambios sin guardar. ¿Guardarlos antes de cerrar?
recommendations-cited_in = Citada en
recommendations-not_cited = Todavía no se cita en ningún borrador.
recommendations-delete = Mover a la papelera
recommendations-delete_question = ¿Mover { $ref } a la papelera, con el seguimiento de la ciudad (competencia, departamento, estado, etiquetas, constancias)? Podrá restaurarla completa desde la Papelera.
recommendations-delete_unsaved = Se perderán los cambios que no haya guardado.
recommendations-paragraph = Párrafo
recommendations-list_hint = Varios, separados por punto y coma.
recommendations-mechanism_hint = UPR (EPU), un órgano de tratado (CESCR, CRC…) o SP (procedimientos especiales).
recommendations-import_title = Importar recomendaciones
recommendations-import_kind = Qué se importa
recommendations-report_text = Texto del informe
recommendations-report_text_hint = Pegue la sección II, “Conclusiones y/o recomendaciones” (o el informe completo), tal como se copia del PDF; los encabezados de página y los saltos de línea no son un problema.
recommendations-file = Archivo
recommendations-choose_file = Elegir archivo…
recommendations-choose_text_file = O elija un archivo de texto…
recommendations-no_file = Ningún archivo elegido
recommendations-country = Código de país (ISO 3166-1 alfa-3)
recommendations-country_hint = Solo se conservan las recomendaciones dirigidas a este Estado, por ejemplo SVN para Eslovenia.
recommendations-symbol = Signatura del documento
recommendations-symbol_optional = Signatura del documento (opcional)
recommendations-symbol_hint_report = La signatura del informe, por ejemplo A/HRC/59/15: las recomendaciones se citan con ella.
recommendations-symbol_hint_other = Solo es necesaria cuando el archivo no indica a qué informe pertenecen sus filas.
recommendations-mapping_title = Qué contiene cada columna ({ $n ->
        [one] { $n } fila
       *[other] { $n } filas
    })
recommendations-no_column = — ninguna —
recommendations-column_n = Columna { $n }
recommendations-preview_caption = Las primeras filas del archivo
recommendations-import = Importar
recommendations-importing = Importando…
recommendations-importing_percent = Importando… { $percent } %
recommendations-cancel_import = Cancelar la importación
recommendations-import_done = Importadas: { $imported }; actualizadas: { $updated }; sin cambios: { $unchanged }; omitidas: { $skipped }.
recommendations-close = Cerrar
recommendations-picker_label = Buscar una recomendación
recommendations-picker_hint = Escriba palabras de su texto, un Estado o un número de párrafo; elija una para citarla.
recommendations-picker_none = No se ha encontrado nada para “{ $query }”.
recommendations-picker_or_type = O cite otro documento por su signatura:
recommendations-import_kind-report = Informe del Grupo de Trabajo sobre el EPU (texto)
recommendations-import_kind-thematic_list = Lista temática de recomendaciones del ACNUDH (Word)
recommendations-import_kind-uhri = Exportación del Índice Universal de los Derechos Humanos (JSON)
recommendations-import_kind-csv = Archivo CSV
recommendations-import_kind_hint-report = Una recomendación por número (140.1, 140.2…), con los Estados que la formularon.
recommendations-import_kind_hint-thematic_list = Asigna a cada recomendación la respuesta del Estado (apoyada, de la que se tomó nota), sus temas y sus ODS; actualiza las ya importadas del informe.
recommendations-import_kind_hint-uhri = La exportación completa de uhri.ohchr.org (unos 360 MB); se lee como flujo y se conserva un solo Estado. Al importar una exportación más reciente se actualiza lo existente.
recommendations-import_kind_hint-csv = Una hoja de cálculo guardada como CSV; usted indica qué contiene cada columna.
recommendations-csv_field-text = Texto
recommendations-csv_field-symbol = Signatura del documento
recommendations-csv_field-paragraph = Párrafo
recommendations-csv_field-recommending_states = Estados que formularon la recomendación
recommendations-csv_field-response = Respuesta
recommendations-csv_field-themes = Temas
recommendations-csv_field-sdgs = ODS
recommendations-csv_field-mechanism = Mecanismo
recommendations-csv_field-cycle = Ciclo
recommendations-response-supported = Apoyada
recommendations-response-partially_supported = Apoyada parcialmente
recommendations-response-noted = De la que se tomó nota
recommendations-response-pending = Pendiente
recommendations-competence-exclusive = Exclusiva
recommendations-competence-shared = Compartida
recommendations-competence-none = Ninguna
recommendations-competence-unknown = Desconocida
recommendations-local_status-not_started = No iniciada
recommendations-local_status-in_progress = En curso
recommendations-local_status-implemented = Aplicada
recommendations-local_status-not_applicable = No aplicable
recommendations-source-uhri = la exportación del Índice Universal de los Derechos Humanos
recommendations-source-report = un informe del Grupo de Trabajo
recommendations-source-thematic_list = una lista temática
recommendations-source-csv = un archivo CSV
recommendations-source-manual = introducida a mano

# Enumerations from the core
stage-upcoming = Próxima
stage-drafting = Redacción
stage-submitted = Contribución presentada
stage-under_review = En examen
stage-outcome_adopted = Documento final aprobado
stage-follow_up = Seguimiento

kind-window_opens = Apertura del plazo de presentación
kind-window_closes = Cierre del plazo de presentación
kind-pre_session = Grupo de trabajo anterior al período de sesiones
kind-session = Período de sesiones
kind-outcome_adoption = Aprobación del documento final
kind-follow_up_due = Vencimiento del seguimiento
kind-internal = Hito interno
kind-state_report = Informe del Estado (etapa del Estado)

submission_status-planned = Prevista
submission_status-drafting = En redacción
submission_status-internal_review = Revisión interna
submission_status-approved = Aprobada
submission_status-submitted = Presentada
submission_status-acknowledged = Recepción confirmada

# Word export and import (issue 7)
export-word = Exportar a Word…
export-word_busy = Exportando…
export-word_hint = Un documento Word (.docx) con el encabezado, los párrafos numerados y las notas a pie de página, como en el PDF.
export-word_asked = Este mecanismo pide archivos Word: exporte el .docx para enviarlo.
export-word_saved = Guardado como { $path }.
export-cancelled = No se eligió ningún archivo; no se ha exportado nada.
export-must_fix_question = Estos problemas deben corregirse antes de enviar la contribución. ¿Exportar de todos modos?
export-must_fix_list = Debe corregirse
export-anyway = Exportar de todos modos
export-not_exported = No se ha exportado nada. Las comprobaciones junto al texto indican qué hay que corregir.
# PDF export and preview (issue 4)
export-region = Exportación e importación
export-pdf = Exportar a PDF…
export-pdf_busy = Exportando el PDF…
export-pdf_hint = El PDF que se envía: encabezado, párrafos numerados y notas al pie de cada página.
export-pdf_asked = Este mecanismo pide archivos PDF: exporte el PDF para enviarlo.
export-pdf_saved =
    { $pages ->
        [one] Guardado como { $path } ({ $pages } página).
       *[other] Guardado como { $path } ({ $pages } páginas).
    }
export-preview = Vista previa del PDF
export-preview_title = Vista previa del PDF
export-preview_loading = Maquetando el PDF…
export-preview_pages =
    { $pages ->
        [one] { $pages } página, exactamente como la escribe “Exportar a PDF…”.
       *[other] { $pages } páginas, exactamente como las escribe “Exportar a PDF…”.
    }
export-preview_pages_region = Páginas del PDF
export-preview_page = Página { $n } de { $total }
export-preview_unreadable = La vista previa no pudo mostrar el PDF ({ $detail }). “Exportar a PDF…” sigue escribiendo el archivo.
export-preview_close = Cerrar
word_import-section = Importar el documento de un departamento…
word_import-section_hint = Un archivo Word (.docx) o Markdown se convierte en una nueva sección al final de esta contribución.
word_import-section_added = El documento se añadió como la sección “{ $title }”.
word_import-cancelled = No se eligió ningún archivo; no se ha importado nada.
word_import-notices_title = Lo que la importación cambió u omitió
word_import-open_submission = Abrir la nueva contribución
# Consultations on the engagement screen (issue 8, personal data)
consultations-title = Consultas
consultations-hint = A quién consultó la ciudad para esta participación: la sección “Metodología y consultas” de una contribución.
consultations-add = Añadir consulta
consultations-none = Todavía no hay consultas registradas. Añada las reuniones, encuestas y aportaciones escritas en que se basó la contribución.
consultations-col_date = Fecha
consultations-col_topic = Tema
consultations-col_format = Formato
consultations-col_participants = Participantes
consultations-col_actions = Acciones
consultations-kept_until = Datos personales conservados hasta el { $date }
consultations-removed = datos personales suprimidos
consultations-count =
    { $n ->
        [one] { $n } participante
       *[other] { $n } participantes
    }
consultations-add_title = Añadir una consulta
consultations-edit_title = Editar la consulta
consultations-saved = Consulta guardada.
consultations-deleted = Consulta eliminada.
consultations-delete_question = ¿Eliminar la consulta “{ $topic }” y su lista de participantes? Esta acción no se puede deshacer (las copias de seguridad anteriores aún la contienen).
consultations-delete_confirm = Eliminar definitivamente
consultation_form-date = Fecha
consultation_form-topic = Tema
consultation_form-format = Formato
consultation_form-choose_format = Elija cómo se celebró…
consultation_form-submission = Para la contribución
consultation_form-no_submission = Ninguna en particular
consultation_form-notes = Notas
consultation_form-participants = Participantes
consultation_form-participants_hint = Las personas son datos personales: se conservan durante el plazo fijado en Configuración y después se muestran como “Participante 1”, “Participante 2”… Registre un grupo grande (personas encuestadas) como una cifra en las notas.
consultation_form-participant = Participante { $n }
consultation_form-name = Nombre
consultation_form-organisation = Organización
consultation_form-organisation_hint = Elija una de sus partes interesadas para vincularla, o escriba cualquier organización.
consultation_form-role = Cargo
consultation_form-email = Correo electrónico
consultation_form-phone = Teléfono
consultation_form-consent = Aceptó ser nombrado en la contribución
consultation_form-person_notes = Notas sobre esta persona
consultation_form-of_participant = { " " }(participante { $n })
consultation_form-anonymised = Datos personales suprimidos; se mantiene la organización.
consultation_form-add_participant = Añadir participante
consultation_form-remove_participant = Quitar al participante { $n }
consultation_format-meeting = Reunión
consultation_format-workshop = Taller
consultation_format-survey = Encuesta
consultation_format-written_input = Aportación escrita
consultation_format-interview = Entrevista
consultation_format-public_hearing = Audiencia pública
consultation_format-other = Otro
# Settings → Personal data
personal-title = Datos personales
personal-intro = Los registros de consultas nombran a personas. Sus nombres, cargos, direcciones de correo electrónico, números de teléfono y las notas sobre ellas se conservan durante el plazo indicado a continuación, contado desde la fecha de la consulta. Después, cada persona pasa a ser “Participante 1”, “Participante 2”…: la consulta se mantiene, con su fecha, su tema, las organizaciones y el número de participantes.
personal-months = Conservar los datos personales durante (meses)
personal-months_hint = 24 meses son dos años. Guardar no suprime nada por sí solo: la supresión se ejecuta cada vez que se inicia la aplicación y con el botón siguiente.
personal-months_save = Guardar el plazo
personal-months_saved = Guardado: los datos personales se conservan { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de cada consulta.
personal-expired_none = Ahora mismo no hay datos personales que hayan superado este plazo.
personal-expired =
    { $n ->
        [one] Los datos personales de { $n } participante han superado este plazo (consultas celebradas el { $date } o antes).
       *[other] Los datos personales de { $n } participantes han superado este plazo (consultas celebradas el { $date } o antes).
    }
personal-purge = Suprimir los datos personales vencidos
personal-purged = Se suprimieron los datos personales de { $n ->
        [one] { $n } participante
       *[other] { $n } participantes
    } en { $c ->
        [one] { $c } consulta
       *[other] { $c } consultas
    }.
personal-purged_none = Nada había superado el plazo de conservación; no se ha cambiado nada.
personal-startup = Al iniciarse la aplicación, se suprimieron los datos personales de { $n ->
        [one] { $n } participante
       *[other] { $n } participantes
    } en { $c ->
        [one] { $c } consulta
       *[other] { $c } consultas
    } (plazo de conservación superado).
personal-backups_note = Las copias de seguridad hechas antes de una supresión o un borrado conservan los datos antiguos hasta que caducan (como máximo al cabo de 8 semanas), al igual que cualquier archivo de espacio de trabajo exportado antes.
personal-find_title = Buscar y borrar a una persona
personal-find_hint = Busca a una persona por su nombre o correo electrónico en las consultas, los contactos y notas de las partes interesadas, el contacto de la ciudad, los responsables de secciones y los departamentos.
personal-query = Nombre o correo electrónico
personal-find = Buscar
personal-found_none = No se ha encontrado a nadie para “{ $query }”.
personal-appears = Aparece en:
personal-by_hand = no se cambia automáticamente: edite el texto o marque la casilla siguiente al borrar
personal-erase = Borrar a { $name }…
personal-erase_question = ¿Borrar a { $name } en todas partes? En cada consulta pasa a ser “Participante n”; su nombre y su correo electrónico se quitan de los lugares indicados a continuación. Esta acción no se puede deshacer.
personal-erase_confirm = Borrar en todas partes
personal-erased = Borrado: { $p ->
        [one] { $p } participante anonimizado
       *[other] { $p } participantes anonimizados
    } en { $c ->
        [one] { $c } consulta
       *[other] { $c } consultas
    } y { $o ->
        [one] { $o } campo más vaciado
       *[other] { $o } campos más vaciados
    }.
personal-erased_drafts = Aún se menciona en borradores (edítelos a mano): { $places }.
personal-in_text = Sustituir también el nombre y el correo electrónico en los borradores y su historial
personal-in_text_hint = Cada mención en el texto de las secciones, las notas a pie de página y las tablas, y en sus versiones anteriores, pasa a ser “[nombre suprimido]” o “[correo suprimido]”. Una sección abierta en un editor tendrá que volver a cargarse. El archivo registrado como enviado a las Naciones Unidas se conserva tal como estaba: es el registro de lo enviado.
personal-erased_text = En el texto: { $s ->
        [one] { $s } sección
       *[other] { $s } secciones
    } y { $r ->
        [one] { $r } versión anterior
       *[other] { $r } versiones anteriores
    } modificadas.

# The Library: what the UN has said about local government (entries come from the core)
nav-library = Biblioteca
library-title = Biblioteca
library-intro = Lo que las Naciones Unidas han dicho sobre los gobiernos locales y los derechos humanos: las resoluciones del Consejo de Derechos Humanos, los informes preparados para él y guías sobre la presentación de informes nacionales y los exámenes locales. Cada entrada explica por qué es importante para una ciudad. En una contribución, cite el documento mismo, por su signatura.
library-filter = Buscar en la Biblioteca
library-filter_hint = Parte de una signatura, un título o un resumen, por ejemplo “30/49” o “vivienda”.
library-order = Orden
library-order_kind = Por tipo, primero los más antiguos
library-order_newest = Primero los más recientes
library-count = { $shown ->
        [one] Se muestra { $shown } de { $total } entradas.
       *[other] Se muestran { $shown } de { $total } entradas.
    }
library-none_match = Ninguna entrada coincide con “{ $query }”. Pruebe con menos palabras o con otras.
library-empty = La Biblioteca no tiene entradas.
library-kind_heading-resolution = Resoluciones del Consejo de Derechos Humanos
library-kind_heading-report = Informes
library-kind_heading-guide = Guías
library_kind-resolution = Resolución
library_kind-report = Informe
library_kind-guide = Guía
library-no_symbol = sin signatura de las Naciones Unidas
library-date_unknown = fecha desconocida
library-why = Por qué es importante para una ciudad:
library-not_verified = Sin verificar
library-not_verified_hint = Compruébelo antes de citarlo:
library-open = Abrir el documento
library-open_label = Abrir el documento: { $name }
library-address = Dirección: { $url }
library-no_address = No se conoce ninguna dirección: busque el documento por su título.
library-checked = Comprobado con { $source }, el { $date }.
library-symbol_title = { $symbol } — { $title }
library-see_in = Ver en la Biblioteca:
# The implementation plan (#15): actions, indicators, measurements.
nav-plan = Plan
plan-title = Plan de aplicación
plan-intro = Lo que hace la ciudad respecto de las recomendaciones que recibió y cómo mide los avances.
plan-new_action = Nueva acción
plan-edit_action = Editar acción
plan-empty_title = Todavía no hay acciones
plan-empty = Importe recomendaciones y añada después las acciones que la ciudad emprende al respecto.
plan-go_to_recommendations = Ir a Recomendaciones
plan-group_by = Agrupar por
plan-by_department = Departamento principal
plan-by_status = Estado
plan-no_department = Sin departamento principal
plan-status = Estado
plan-status-planned = Prevista
plan-status-in_progress = En curso
plan-status-done = Terminada
plan-status-delayed = Retrasada
plan-status-dropped = Abandonada
plan-action_title = Título
plan-description = Descripción
plan-department = Departamento principal
plan-partners = Asociados
plan-start = Inicio
plan-due = Vencimiento
plan-budget_line = Partida presupuestaria
plan-sdg_targets = Metas de los ODS
plan-sdg_targets_hint = Números de meta como 11.1, separados por punto y coma.
plan-recommendations_addressed = Recomendaciones a las que responde
plan-chosen = Elegidas: { $n }
plan-find_recommendation = Buscar una recomendación
plan-find_recommendation_hint = Palabras de su texto, una signatura o un Estado; marque cada una a la que responda la acción.
plan-no_recommendation_found = Ninguna recomendación importada coincide con “{ $query }”.
plan-no_recommendations = Todavía no se ha importado ninguna recomendación: impórtelas primero en la pantalla Recomendaciones.
plan-more_recommendations = Se muestran las primeras { $shown } de { $total }: busque para encontrar las demás.
plan-addresses = Responde a
plan-indicators = Indicadores
plan-recommendation_indicators = Indicadores de las recomendaciones
plan-add_indicator = Añadir indicador
plan-add_indicator_label = Añadir un indicador a { $title }
plan-add_indicator_to = Añadir un indicador a “{ $subject }”
plan-edit_label = Editar { $title }
plan-delete_label = Eliminar { $title }
plan-delete_question = ¿Eliminar la acción “{ $title }” con sus indicadores y mediciones?
plan-delete_confirm = Eliminar acción
plan-created = Se ha añadido la acción “{ $title }”.
plan-updated = Se ha guardado la acción “{ $title }”.
plan-deleted = Se ha eliminado la acción “{ $title }”.
plan-indicator_added = Se ha añadido el indicador “{ $name }”.
plan-measurement_recorded = Se ha registrado una medición de “{ $name }”.
plan-indicator_name = Nombre
plan-unit = Unidad
plan-unit_hint = Por ejemplo hogares, % o µg/m³.
plan-baseline_value = Valor de referencia
plan-baseline_date = Fecha de referencia
plan-target_value = Valor meta
plan-target_date = Fecha meta
plan-sdg_indicator = Indicador mundial de los ODS
plan-sdg_indicator_hint = Su código, por ejemplo 11.1.1.
plan-sdg_indicator_short = Indicador de los ODS { $code }
plan-baseline = Referencia
plan-target = Meta
plan-latest = Último valor
plan-none_yet = ninguno todavía
plan-amount = { $value } { $unit }
plan-value_on = { $value } el { $date }
plan-value_by = { $value } para el { $date }
plan-progress = { $percent } del camino hacia la meta
plan-progress_label = Avance de { $name }
plan-no_measurement = Todavía no hay mediciones: registre una para ver el avance.
plan-progress_unknown = No se puede calcular el avance: la meta es igual al valor de referencia.
plan-record_measurement = Registrar una medición
plan-record_measurement_of = Registrar una medición de “{ $name }”
plan-value = Valor
plan-value_in = Valor ({ $unit })
plan-measured_on = Fecha
plan-source = Fuente
plan-source_hint = De dónde procede el valor, por ejemplo un registro o una encuesta.
plan-record = Registrar

# Exports: the front matter's labels, in the submission's language (src/app/front_matter.rs)
# A front matter label and its colon, ready for the value ("Mechanism: "; French puts a no-break space
# before the colon, Chinese writes the full-width colon).
front_matter-label = { $label }:{" "}
front_matter-title = Título
front_matter-submitted_by = Presentada por
front_matter-joint_by = Contribución conjunta de
front_matter-mechanism = Mecanismo
front_matter-engagement = Participación
front_matter-state = Estado examinado
front_matter-session = Período de sesiones
front_matter-contact = Contacto
front_matter-publication = Publicación
front_matter-may_publish = Esta contribución puede publicarse.
front_matter-confidential = Esta contribución es confidencial y no puede publicarse.
front_matter-word_count = Número de palabras
front_matter-date = Fecha
# The alternative text of the city's logo in an exported Word file.
export-logo_alt = Logotipo de { $city }
# $words is the number as written (2,410), $count the same number (for the plural form).
front_matter-words =
    { $count ->
        [one] { $words } palabra
       *[other] { $words } palabras
    }
front_matter-words_limit =
    { $count ->
        [one] { $words } palabra (límite { $limit })
       *[other] { $words } palabras (límite { $limit })
    }
# How a long date is written in an export (chrono's strftime, with the language's month names).
meta-date_pattern = %-d de %B de %Y
# The thousands separator of counts in an export: none where a no-break space would be
# needed (a no-break space separates words, and the word count line must count the same).
meta-thousands = { "" }
# The decimal separator of a value in a generated report (an indicator's "12.5 km"), as the
# language writes it with Latin digits (CLDR): a comma in French, Spanish and Russian.
meta-decimal_separator = { "," }

# The mechanisms' names as the UN writes them in this language (UNTERM; the English ones are
# those of assets/reference/mechanisms.json, which tests/catalogue.rs compares). To be checked
# by a reviewer of each language against UNTERM: entered without access to it.
mechanism-UPR = Examen Periódico Universal
# The UPR's acronym as the UN writes it in the language (EPU in French and Spanish, УПО in Russian; the
# treaty bodies keep their acronyms, as OHCHR's pages in every language do).
mechanism_acronym-UPR = EPU
mechanism-CCPR = Comité de Derechos Humanos
mechanism-CESCR = Comité de Derechos Económicos, Sociales y Culturales
mechanism-CERD = Comité para la Eliminación de la Discriminación Racial
mechanism-CEDAW = Comité para la Eliminación de la Discriminación contra la Mujer
mechanism-CAT = Comité contra la Tortura
mechanism-SPT = Subcomité para la Prevención de la Tortura
mechanism-CRC = Comité de los Derechos del Niño
mechanism-CMW = Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares
mechanism-CRPD = Comité sobre los Derechos de las Personas con Discapacidad
mechanism-CED = Comité contra la Desaparición Forzada
mechanism-SP = Procedimientos especiales del Consejo de Derechos Humanos
# The treaty a committee oversees, as the UN writes its title in this language (shown under the committee's name).
treaty-CCPR = Pacto Internacional de Derechos Civiles y Políticos
treaty-CESCR = Pacto Internacional de Derechos Económicos, Sociales y Culturales
treaty-CERD = Convención Internacional sobre la Eliminación de todas las Formas de Discriminación Racial
treaty-CEDAW = Convención sobre la eliminación de todas las formas de discriminación contra la mujer
treaty-CAT = Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes
treaty-SPT = Protocolo Facultativo de la Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes
treaty-CRC = Convención sobre los Derechos del Niño
treaty-CMW = Convención Internacional sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares
treaty-CRPD = Convención sobre los derechos de las personas con discapacidad
treaty-CED = Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas

# The plan screen, its charts, its dates on the calendar and SDGs of recommendations (#15,
# parts 2, 4 and 5).
plan-by_theme = Tema
plan-by_sdg = ODS
plan-no_theme = Sin tema
plan-no_goal = Sin ODS
plan-goal_n = ODS { $n }
plan-filters = Filtrar las acciones
plan-any_status = Todos los estados
plan-any_department = Todos los departamentos
plan-filter_status = Estado que mostrar
plan-filter_department = Departamento que mostrar
plan-filter_goal = ODS que mostrar
plan-any_goal = Todos los ODS
plan-only_overdue = Solo vencidas
plan-clear_filters = Quitar los filtros
plan-shown_of = Se muestran { $shown } de { $total } acciones.
plan-no_match = Ninguna acción coincide con estos filtros.
plan-overdue = vencida
plan-show_details = Mostrar detalles
plan-open_plan = Abrir el plan de aplicación
plan-hide_details = Ocultar detalles
plan-no_measurements_yet = Todavía no hay mediciones.
plan-measurements_of = Mediciones de { $name }
charts-show_table = Mostrar como tabla
charts-hide_table = Ocultar la tabla
charts-actions_by_department = Acciones por estado y departamento
charts-actions_axis = Acciones
charts-indicator_over_time = { $name }: valores frente a la meta
charts-measured = Valores medidos
charts-target = Meta
calendar-plan_legend = Plan de aplicación
calendar-plan_badge = Plan
calendar-plan_due = Vencimiento: { $title }
calendar-plan_target = Fecha meta: { $title }
calendar-tag_done = terminada
reminder-plan_which = { $n ->
        [one] plan, recordatorio de { $n } día
       *[other] plan, recordatorio de { $n } días
    }
recommendations-sdg_goals = Objetivos de Desarrollo Sostenible
recommendations-sdg_targets = Metas de los ODS vinculadas por la ciudad
recommendations-no_sdg_goals = La fuente no indica ninguno.
recommendations-no_sdg_targets = Todavía no se ha vinculado ninguna.
recommendations-link_sdg_target = Vincular una meta de los ODS
recommendations-choose_sdg_target = Elija una meta…
recommendations-link = Vincular
recommendations-unlink = Desvincular
recommendations-unlink_label = Desvincular la meta { $code } de los ODS
recommendations-sdg_linked = Se ha vinculado la meta { $code } de los ODS.
recommendations-sdg_unlinked = Se ha desvinculado la meta { $code } de los ODS.

# --- exports in the document's language (page numbers, follow-up matrix, calendar file, generated reports) ---
# The page number in the footer of the PDF and Word files (the Word file puts its PAGE and NUMPAGES fields where the variables are).
export-page_of = Página { $page } de { $pages }
# The follow-up matrix (CSV, Excel, PDF): column headers. An Excel workbook comes back in any language, so two columns must never share a header.
matrix-column-id = ID
matrix-column-symbol = Signatura
matrix-column-paragraph = Párrafo
matrix-column-annotation_id = Identificador de anotación del Índice Universal
matrix-column-recommendation = Recomendación
matrix-column-recommending_states = Estados que formularon la recomendación
matrix-column-response = Respuesta
matrix-column-mechanism = Mecanismo
matrix-column-themes = Temas
matrix-column-groups = Grupos de personas
matrix-column-sdg_goals = Objetivos de Desarrollo Sostenible
matrix-column-sdg_targets = Metas de los ODS
matrix-column-competence = Competencia
matrix-column-department = Departamento
matrix-column-actions = Medidas
matrix-column-indicators = Indicadores
matrix-column-local_status = Estado local
matrix-column-evidence = Pruebas de la aplicación
matrix-column-tags = Etiquetas
matrix-column-cited_in = Citada en
# The Excel sheet's name: at most 31 characters, none of [ ] : * ? / \
matrix-sheet = Matriz de aplicación
matrix-title = Seguimiento de las recomendaciones
matrix-title_to = Seguimiento de las recomendaciones dirigidas a { $state }
matrix-city = Ciudad
matrix-document = Documento
matrix-recommendations = Recomendaciones
matrix-date = Fecha
matrix-subject = Matriz de seguimiento de las recomendaciones
matrix-reference = { $symbol }, párr. { $paragraph }
matrix-response_is = Respuesta: { $response }
matrix-cited_in_is = Citada en: { $submissions }
# The calendar file (.ics): the calendar's name, event descriptions and alarms.
calendar_file-name = Plazos de CityRights
calendar_file-end_of_day = { $date }, al final del día
calendar_file-until = { $from } hasta el { $date }
calendar_file-engagement = Participación: { $name }
calendar_file-mechanism = Mecanismo: { $name }
calendar_file-due = Vencimiento: { $when }, zona horaria { $zone }
calendar_file-estimate = ESTIMACIÓN, no es una fecha oficial. Fundamento: { $basis }
calendar_file-basis_not_given = no indicado
calendar_file-notes = Notas: { $notes }
calendar_file-summary_estimate = { $acronym }: { $title } (estimación)
calendar_file-due_today = Vence hoy: { $summary }
calendar_file-due_tomorrow = Vence mañana: { $summary }
calendar_file-due_in =
    { $days ->
        [one] Vence dentro de { $days } día: { $summary }
       *[other] Vence dentro de { $days } días: { $summary }
    }
calendar_file-days_before =
    { $days ->
        [one] { $summary }: { $days } día antes
       *[other] { $summary }: { $days } días antes
    }
calendar_file-plan_due = Plan: { $title } (vencimiento)
calendar_file-plan_target = Plan: { $title } (fecha meta)
calendar_file-plan_action_due = Plan de aplicación: fecha de vencimiento de una medida
calendar_file-plan_indicator_target = Plan de aplicación: fecha meta de un indicador
calendar_file-plan_for = Para: { $value }
calendar_file-plan_department = Departamento: { $value }
calendar_file-plan_status = Estado: { $value }
# Generated reports (report generate): titles, the template sections' titles (by template and place), labels and sentences.
report-title-upr-midterm = Informe de mitad de período sobre la aplicación de las recomendaciones del EPU
report-title-tb-follow-up = Información para el procedimiento de seguimiento
report-title-local = Informe local de derechos humanos
report-recommended_by = Recomendación formulada por { $states }
report-response_label = Respuesta del Estado:
report-status_label = Estado en la ciudad:
report-department_is = departamento responsable: { $department }
report-actions_label = Medidas:
report-indicators_label = Indicadores:
report-evidence_label = Pruebas de la aplicación:
report-due = vence el { $date }
report-no_due = sin fecha de vencimiento
report-latest = último valor { $value } ({ $date })
report-not_measured = todavía sin medir
report-target = meta { $value } para el { $date }
report-baseline = valor de referencia { $value } ({ $date })
report-progress = { $percent } % del camino hacia la meta
report-source = fuente: { $source }
report-table_total = Total
report-no_theme = Sin tema
report-no_department = Sin departamento
report-no_sdg = Sin ODS
report-chart_title-status_by_theme = Recomendaciones según su estado en la ciudad, por tema
report-chart_title-status_by_department = Recomendaciones según su estado en la ciudad, por departamento responsable
report-chart_title-status_by_sdg = Recomendaciones según su estado en la ciudad, por Objetivo de Desarrollo Sostenible
report-chart_group-status_by_theme = Tema
report-chart_group-status_by_department = Departamento
report-chart_group-status_by_sdg = Objetivo de Desarrollo Sostenible
report-chart_summary_of =
    { $total ->
        [one] De { $total } recomendación del documento { $symbol }: { $counts }.
       *[other] De { $total } recomendaciones del documento { $symbol }: { $counts }.
    }
report-chart_summary =
    { $total ->
        [one] De { $total } recomendación: { $counts }.
       *[other] De { $total } recomendaciones: { $counts }.
    }
report-chart_more = El gráfico muestra los { $shown } grupos más grandes de { $all }; el cuadro siguiente los enumera todos.
report-introduction_of = En el presente informe, { $city } expone lo que la ciudad ha hecho respecto de las recomendaciones del documento { $symbol } dirigidas a { $state }. Se ha elaborado a partir del plan de aplicación de la ciudad: las recomendaciones a las que la ciudad da seguimiento, las medidas que dirigen sus departamentos, los indicadores que mide y las pruebas que ha registrado.
report-introduction = En el presente informe, { $city } expone lo que la ciudad ha hecho respecto de las recomendaciones de los mecanismos de derechos humanos de las Naciones Unidas dirigidas a { $state }. Se ha elaborado a partir del plan de aplicación de la ciudad: las recomendaciones a las que la ciudad da seguimiento, las medidas que dirigen sus departamentos, los indicadores que mide y las pruebas que ha registrado.
report-coverage =
    { $covered ->
        [one] De las { $total } recomendaciones registradas, { $covered } atañe a la labor de la ciudad: aquella para la que la ciudad ha previsto una medida o registrado un estado distinto de “no iniciada”. Se cita a continuación con su número, su texto, la respuesta del Estado, su estado en la ciudad, las medidas, los últimos valores de los indicadores respecto de sus metas y las pruebas.
       *[other] De las { $total } recomendaciones registradas, { $covered } atañen a la labor de la ciudad: aquellas para las que la ciudad ha previsto una medida o registrado un estado distinto de “no iniciada”. Cada una se cita a continuación con su número, su texto, la respuesta del Estado, su estado en la ciudad, las medidas, los últimos valores de los indicadores respecto de sus metas y las pruebas.
    }
report-none_covered = Ninguna recomendación tiene todavía una medida o un estado distinto de “no iniciada”. Registre medidas y estados en el plan de aplicación y vuelva a generar el informe.
report-count_actions =
    { $n ->
        [one] { $n } medida
       *[other] { $n } medidas
    }
report-count_departments =
    { $n ->
        [one] { $n } departamento
       *[other] { $n } departamentos
    }
report-count_indicators =
    { $n ->
        [one] { $n } indicador
       *[other] { $n } indicadores
    }
report-methodology = La información procede del plan de aplicación de la ciudad: { $actions } a cargo de { $departments }, y { $indicators } con sus valores de referencia, metas y mediciones. Cada cifra se indica con su fecha y su fuente.
report-consultations_intro = La ciudad celebró las siguientes consultas durante la preparación del presente informe:
report-no_consultations = Todavía no se ha registrado ninguna consulta para esta participación.
report-consultation = { $date }, { $format }: { $topic }.
report-consultation_participants =
    { $n ->
        [one] { $date }, { $format }: { $topic } ({ $n } participante).
       *[other] { $date }, { $format }: { $topic } ({ $n } participantes).
    }
report-chart_intro = La figura muestra las recomendaciones según su estado en la ciudad, tema por tema.
report-next_steps = La ciudad proseguirá las medidas enumeradas y dará cuenta de sus resultados en su próximo informe. [Añada las prioridades y fechas que haya decidido la ciudad.]
report-obstacles = [Describa los obstáculos: competencias que corresponden a otros niveles de gobierno, financiación, datos.]
report-foreword = [Unas palabras del alcalde o del concejo de { $city }: por qué la ciudad informa sobre derechos humanos y el período que abarca.]
report-commitments = [Los compromisos de derechos humanos que ha asumido la ciudad y los órganos que los llevan a cabo.]
report-contact_none = [Quién responde en la ciudad a las preguntas sobre el presente informe.]
report-contact = Contacto: { $contact }.
report-theme_summary =
    { $total ->
        [one] { $name }: { $total } recomendación ({ $counts }).
       *[other] { $name }: { $total } recomendaciones ({ $counts }).
    }
report-column-indicator = Indicador
report-column-baseline = Valor de referencia
report-column-target = Meta
report-column-latest = Último valor
report-column-progress = Avance
report-column-source = Fuente
report-other_recommendations = Otras recomendaciones
report-the_state = el Estado
report-the_city = La ciudad
# The implementation matrix's indicator cell (Excel): a measurement, and the indicator's line.
matrix-measured = { $value } el { $date }
matrix-indicator_line = { $name }: { $latest } (valor de referencia { $baseline } el { $baseline_date }, meta { $target } para el { $target_date })

# --- a file given to the app (double-clicked) ---
launch-workspace = «{ $name }» es un espacio de trabajo completo de CityRights. ¿Importarlo? Sustituye el espacio de trabajo de este equipo; antes se guarda una copia de seguridad del actual.
launch-request = «{ $name }» le solicita una aportación. ¿Abrirla? El espacio de trabajo de este equipo pasa a ser un espacio de aportación que contiene solo lo enviado; si ya contiene trabajo, antes se guarda una copia de seguridad.
launch-return = «{ $name }» es la respuesta de un departamento a una solicitud de aportación. ¿Importarla en la cola de aportaciones? Nada cambia hasta que usted la acepte.
launch-open = Abrir
launch-import = Importar
launch-unknown_title = Este archivo no se puede abrir
launch-unknown = CityRights no puede abrir «{ $name }»: no es ni un espacio de trabajo ni un archivo de aportación.
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
core-quoted = «{ $text }»
core-verbatim = { $text }
core-short_date_pattern = %a %-d %b %Y
core-medium_date_pattern = %-d %b %Y
core-day_month_pattern = %-d de %B
core-month_year_pattern = %B de %Y
compliance-over_limit = La contribución tiene { $words } palabras, contando el título, el encabezado y los títulos de sección como lo hace Word; el límite es de { $limit }. { $excess ->
        [one] Suprima { $excess } palabra.
       *[other] Suprima { $excess } palabras.
    }
compliance-over_limit_joint = La contribución tiene { $words } palabras, contando el título, el encabezado y los títulos de sección como lo hace Word; el límite es de { $limit } para una contribución conjunta. { $excess ->
        [one] Suprima { $excess } palabra.
       *[other] Suprima { $excess } palabras.
    }
compliance-no_limit = No se conoce ningún límite de palabras para este mecanismo. Consulte la convocatoria o la nota informativa del período de sesiones e indíquelo en las reglas de la participación.
compliance-empty_section = La sección «{ $title }» está vacía.
compliance-no_city_profile = El perfil de la ciudad no está completado: el encabezado no puede nombrar a la ciudad. Complételo en Configuración.
compliance-no_contact = El encabezado no indica ninguna persona de contacto ni dirección de correo electrónico. Añádalas en Configuración.
compliance-no_state = La participación no indica el Estado examinado.
compliance-publication_undecided = Indique si la contribución puede publicarse: este mecanismo lo solicita.
compliance-language_not_accepted = El idioma de la contribución ({ $language }) no figura entre los idiomas que acepta este mecanismo ({ $accepted }).
compliance-language_not_usual = El idioma de la contribución ({ $language }) no figura entre los idiomas que se suelen aceptar ({ $accepted }); ninguna regla del mecanismo lo establece, por lo que conviene consultar la convocatoria o la nota informativa.
compliance-either = { $a } o { $b }
compliance-formats = Este mecanismo solicita archivos { $formats }.
compliance-formats_noted = { $note } Exporte en formato { $formats }.
compliance-end_of_day = final del día
compliance-deadline_soon =
    El plazo «{ $title }» vence dentro de { $days ->
        [0] menos de un día
        [one] { $days } día
       *[other] { $days } días
    } ({ $date } { $time }, { $zone }).
compliance-deadline_passed = El plazo «{ $title }» venció el { $date } ({ $zone }).
compliance-rule_stale = La fuente del límite de palabras y de las reglas ({ $date }) tiene más de 12 meses. Verifíquela antes de basarse en ellas.
compliance-rule_stale_undated = La fuente del límite de palabras y de las reglas no tiene fecha y no se ha consultado en los últimos 12 meses. Verifíquela antes de basarse en ellas.
timeline-no_zone = Las Naciones Unidas dan esta fecha sin huso horario: se fija en su propio huso horario.
timeline-hrc_known = el período de sesiones CDH{ $number } del Consejo comienza el { $date } ({ $source })
timeline-hrc_usual = el { $session } del Consejo suele comenzar hacia el { $date }; los días exactos son una estimación hasta que el Consejo los publique ({ $source })
timeline-hrc_session_2 = período de sesiones de febrero a abril
timeline-hrc_session_6 = período de sesiones de junio y julio
timeline-hrc_session_9 = período de sesiones de septiembre y octubre
timeline-passed_window_closed = Según esta estimación, el plazo de presentación se cerró el { $date }. Consulte la página de las Naciones Unidas sobre este período de sesiones: puede ser demasiado tarde para enviar una contribución en este ciclo.
timeline-passed_window_opened = Según esta estimación, el plazo de presentación se abrió el { $date }.
timeline-date_passed = Esta fecha ({ $date }) ya ha pasado.
timeline-upr_opens = Apertura del plazo de presentación
timeline-upr_opens_basis = Estimación: unas seis semanas antes del cierre del plazo; en el 47º período de sesiones del EPU el plazo fue del 27 de febrero al 8 de abril de 2024 (sistema de registro de contribuciones al EPU del ACNUDH) y en el 41º, del 21 de febrero al 31 de marzo de 2022 (según UPR Info). El ACNUDH anuncia el plazo de cada período de sesiones: sustituya esta fecha por la anunciada.
timeline-upr_closes = Cierre del plazo de presentación
timeline-upr_closes_basis = Estimación: unos siete meses antes del período de sesiones del Grupo de Trabajo; en el 47º período de sesiones del EPU el plazo se cerró el 8 de abril de 2024 a las 23.59 horas de Ginebra para un período de sesiones del 4 al 15 de noviembre de 2024 (sistema de registro de contribuciones al EPU del ACNUDH); en el 41º, el 31 de marzo de 2022 para noviembre de 2022 (según UPR Info, que aconseja de seis a ocho meses). El ACNUDH anuncia la fecha y la hora reales (23.59 horas de Ginebra) en ese sistema: sustituya esta estimación por ellas.
timeline-upr_session = Período de sesiones del Grupo de Trabajo (examen)
timeline-upr_adoption_at = Aprobación del documento final en el período de sesiones CDH{ $number }
timeline-upr_adoption = Aprobación del documento final en el Consejo de Derechos Humanos
timeline-upr_adoption_basis = Estimación: el primer período ordinario de sesiones del Consejo de Derechos Humanos que comienza al menos { $months } meses después del período de sesiones del Grupo de Trabajo ({ $source }); { $how }. El documento final se aprueba un día de ese período de sesiones, no necesariamente el primero. { $no_zone }
timeline-upr_midterm = Informe de mitad de período
timeline-upr_midterm_basis = Estimación: unos dos años después de la aprobación del documento final ({ $date }). El Alto Comisionado alienta a todos los Estados a presentar un informe de mitad de período voluntario «unos dos años después de la aprobación del documento final del EPU» (carta a Eslovenia tras su examen del cuarto ciclo, 1 de octubre de 2025); una ciudad puede informar al mismo tiempo sobre su propio seguimiento. No se fija límite de palabras, vía ni formato para el informe de mitad de período de una ciudad. { $no_zone }
timeline-upr_note = Calendario típico del EPU. El plazo de presentación se cierra a las 23.59 horas de Ginebra; todas las fechas siguientes, salvo la del período de sesiones que usted indicó, son estimaciones: verifíquelas con los anuncios del ACNUDH.
timeline-crc_deadline = Plazo para los informes antes del grupo de trabajo anterior al período de sesiones de { $month }
timeline-crc_deadline_basis = Plazo fijo del Comité de los Derechos del Niño con arreglo al procedimiento simplificado de presentación de informes: 1 de diciembre para el grupo de trabajo anterior al período de sesiones de febrero, 1 de abril para el de junio, 1 de agosto para el de octubre (ACNUDH, Comité de los Derechos del Niño, información para la sociedad civil). El grupo de trabajo que examina a este Estado es una estimación: el que se reúne unos tres meses antes del período de sesiones (misma página), en este caso { $month }. Consulte la página del período de sesiones del Comité. { $no_zone }
timeline-crc_group = Grupo de trabajo anterior al período de sesiones ({ $month }, estimación)
timeline-crc_group_basis = Estimación: los grupos de trabajo anteriores al período de sesiones del Comité de los Derechos del Niño se reúnen en febrero, junio y octubre, unos tres meses antes del diálogo (ACNUDH, misma página); solo se estima el mes ({ $month }), no los días. { $no_zone }
timeline-dialogue = Período de sesiones (diálogo con el Estado)
timeline-crc_note = El procedimiento simplificado de presentación de informes del Comité de los Derechos del Niño tiene plazos fijos (1 de diciembre, 1 de abril, 1 de agosto); con arreglo al procedimiento ordinario son otros. No se reciben contribuciones adicionales entre el grupo de trabajo anterior al período de sesiones y el período de sesiones.
timeline-follow_up_years =
    con arreglo al procedimiento de seguimiento del comité, el Estado informa en un plazo de { $years ->
        [one] un año
       *[other] { $years } años
    } sobre las recomendaciones señaladas al final de las observaciones finales (ACNUDH, «Seguimiento de las observaciones finales»)
timeline-follow_up_cescr = el Comité de Derechos Económicos, Sociales y Culturales evalúa los informes de seguimiento sobre las recomendaciones señaladas en sus observaciones finales, cuyo último párrafo fija el plazo: esta fecha es provisional (dos años); indique el plazo que allí se fija
timeline-state_follow_up = Informe de seguimiento del Estado
timeline-state_follow_up_basis = Estimación: { $how }. Es el informe del Estado, no el de la ciudad. { $no_zone }
timeline-city_follow_up = Información de la ciudad al relator encargado del seguimiento (opcional, estimación)
timeline-city_follow_up_basis = Opcional: el relator encargado del seguimiento del comité tiene en cuenta todas las fuentes de información disponibles, entre ellas las instituciones nacionales de derechos humanos y las ONG (ACNUDH, «Seguimiento de las observaciones finales»). Una ciudad puede enviar lo que ha hecho respecto de las recomendaciones señaladas, hacia el momento en que informa el Estado. { $no_zone }
timeline-spt_note = El Subcomité para la Prevención de la Tortura no examina informes de los Estados ni mantiene un diálogo con el Estado: visita los lugares donde hay personas privadas de libertad y asesora al Estado y a su mecanismo nacional de prevención. Añada como hitos propios las fechas que conozca (una visita, una reunión con el mecanismo nacional de prevención).
timeline-cedaw_deadline = Plazo para los informes paralelos
timeline-cedaw_deadline_basis = Estimación: cuatro semanas antes del período de sesiones, según IWRAW Asia Pacific para los períodos de sesiones 80º (2021), 81º (2022) y 86º (2023) del CEDAW (tres semanas para el 73º, 2019). Consulte la nota informativa del período de sesiones. { $no_zone }
timeline-cedaw_note = Solo se conoce el plazo habitual del CEDAW, según un tercero. Todo, salvo el período de sesiones que usted indicó, es una estimación; las Naciones Unidas dan estas fechas sin huso horario, por lo que figuran en el suyo.
timeline-no_deadline_note = No se conoce ningún plazo típico de presentación para el { $code }: se fija para cada período de sesiones en la nota informativa del comité. Añádalo a partir de ella. Solo se propone el período de sesiones que usted indicó.
timeline-no_deadline_follow_up_note = No se conoce ningún plazo típico de presentación para el { $code }: se fija para cada período de sesiones en la nota informativa del comité. Añádalo a partir de ella. Solo se proponen el período de sesiones que usted indicó y los hitos de seguimiento.
timeline-sp_note = No se conoce ningún calendario típico para los procedimientos especiales: cada convocatoria de contribuciones, visita o informe fija su propio plazo. Añádalo a partir de la convocatoria.
import_notice-tracked_changes =
    { $n ->
        [one] Se aceptó { $n } cambio con control de cambios: se conservan las inserciones y se omiten las eliminaciones.
       *[other] Se aceptaron { $n } cambios con control de cambios: se conservan las inserciones y se omiten las eliminaciones.
    }
import_notice-comments =
    { $n ->
        [one] Se omitió { $n } comentario.
       *[other] Se omitieron { $n } comentarios.
    }
import_notice-front_matter = No se importó el encabezado de un documento exportado por CityRights ({ $lines }): la aplicación lo redacta a partir del perfil de la ciudad y de la participación.
import_notice-drawings =
    { $n ->
        [one] Se omitió { $n } imagen, dibujo o cuadro de texto: una contribución solo contiene texto. Copie a mano el texto que contengan.
       *[other] Se omitieron { $n } imágenes, dibujos o cuadros de texto: una contribución solo contiene texto. Copie a mano el texto que contengan.
    }
import_notice-equations =
    { $n ->
        [one] Se omitió { $n } ecuación.
       *[other] Se omitieron { $n } ecuaciones.
    }
import_notice-embedded =
    { $n ->
        [one] Se omitió { $n } objeto o documento incrustado.
       *[other] Se omitieron { $n } objetos o documentos incrustados.
    }
import_notice-page_breaks =
    { $n ->
        [one] Se omitió { $n } salto de página o de columna: la exportación compone sus propias páginas.
       *[other] Se omitieron { $n } saltos de página o de columna: la exportación compone sus propias páginas.
    }
import_notice-hidden_text =
    { $n ->
        [one] Se omitió { $n } fragmento de texto oculto.
       *[other] Se omitieron { $n } fragmentos de texto oculto.
    }
import_notice-table_of_contents =
    { $n ->
        [one] Se omitió el índice ({ $n } línea).
       *[other] Se omitió el índice ({ $n } líneas).
    }
import_notice-endnotes =
    { $n ->
        [one] { $n } nota al final pasó a ser nota a pie de página.
       *[other] { $n } notas al final pasaron a ser notas a pie de página.
    }
import_notice-merged_cells =
    { $n ->
        [one] Se dividió { $n } celda combinada de tabla: el texto queda en la primera celda.
       *[other] Se dividieron { $n } celdas combinadas de tabla: el texto queda en la primera celda.
    }
import_notice-nested_tables =
    { $n ->
        [one] { $n } tabla dentro de celdas de tabla pasó a ser texto en la celda.
       *[other] { $n } tablas dentro de celdas de tabla pasaron a ser texto en la celda.
    }
import_notice-symbols =
    { $n ->
        [one] Se omitió { $n } carácter de una fuente de símbolos (como Wingdings).
       *[other] Se omitieron { $n } caracteres de una fuente de símbolos (como Wingdings).
    }
import_notice-formatting = Se eliminó el formato que una contribución no conserva, y se mantuvo el texto: { $kinds }.
import_notice-formatting_underline = subrayado ({ $n })
import_notice-formatting_strikethrough = tachado ({ $n })
import_notice-formatting_highlighting = resaltado ({ $n })
import_notice-formatting_superscript = superíndice o subíndice ({ $n })
import_notice-formatting_colour = texto en color ({ $n })
import_notice-internal_links =
    { $n ->
        [one] { $n } vínculo a un lugar del documento se mantuvo como texto.
       *[other] { $n } vínculos a lugares del documento se mantuvieron como texto.
    }
import_notice-links_not_allowed = Los vínculos que no llevan a una página web ni a una dirección de correo electrónico se mantuvieron como texto, sin el vínculo: { $links }.
import_notice-headers_footers = No se importaron los encabezados ni los pies de página (la exportación redacta los suyos): «{ $text }».
import_notice-heading_footnote = Una nota a pie de página en el título «{ $heading }» no puede figurar en un título y se omitió. Su texto: «{ $text }».
import_notice-long_heading = El título «{ $heading }» supera la longitud permitida para un título ({ $max } caracteres): se acortó, y su texto completo abre la sección.
cli-timeline_at = a las { $time } ({ $zone })
cli-timeline_by_state = [etapa del Estado]
cli-timeline_passed = VENCIDO: { $note }
cli-timeline_basis = Fundamento: { $basis }
error-invalid_date = «{ $value }» no es una fecha válida. Utilice el formato AAAA-MM-DD, por ejemplo 2027-04-08.
error-date_out_of_range = «{ $value }» está fuera de los años { $first } a { $last }. Verifique el año.
error-no_such_mechanism = No existe el mecanismo «{ $code }». Utilice uno de los siguientes: { $codes }.
dialog-open_database = Abrir una base de datos de CityRights
dialog-new_database = Crear una nueva base de datos de CityRights
dialog-database_file = Base de datos de CityRights
dialog-city_logo = Elegir el logotipo de la ciudad (imagen PNG)
dialog-png_file = Imagen PNG
dialog-second_backup_folder = Elegir una segunda carpeta para las copias de seguridad (una memoria USB, una carpeta compartida del departamento)
dialog-export_workspace = Exportar todo el espacio de trabajo a un archivo (para pasar a otro ordenador)
dialog-import_workspace = Importar un espacio de trabajo exportado en otro ordenador
dialog-workspace_file = Espacio de trabajo de CityRights
dialog-export_calendar = Exportar los plazos a un archivo de calendario
dialog-calendar_file = Archivo iCalendar
dialog-file_sent = Elegir el archivo exacto que se envió
notification-due_today = { $mechanism }: «{ $title }» vence hoy
notification-due_tomorrow = { $mechanism }: «{ $title }» vence mañana
notification-due_in =
    { $days ->
        [one] { $mechanism }: «{ $title }» vence dentro de { $days } día
       *[other] { $mechanism }: «{ $title }» vence dentro de { $days } días
    }
notification-missed = { $mechanism }: «{ $title }» ya venció
notification-body = { $date } { $time } { $zone } — { $engagement }
notification-body_estimate = { $date } { $time } { $zone } (estimación) — { $engagement }
notification-plan_target = fecha meta de «{ $title }»
notification-plan_due_today = Plan: { $what } vence hoy
notification-plan_due_tomorrow = Plan: { $what } vence mañana
notification-plan_due_in =
    { $days ->
        [one] Plan: { $what } vence dentro de { $days } día
       *[other] Plan: { $what } vence dentro de { $days } días
    }
notification-plan_missed = Plan: { $what } ya venció
notification-plan_date = { $date }, final del día
dialog-import_draft = Importar un borrador (Word o Markdown)
dialog-import_section = Importar el documento de un departamento como sección
dialog-word_or_markdown = Word o Markdown
dialog-word_file = Documento de Word
dialog-pdf_file = PDF
dialog-export_word = Exportar a Word
dialog-export_pdf = Exportar a PDF
dialog-word_saved = Documento de Word guardado
dialog-pdf_saved = PDF guardado
dialog-saved_as = El archivo se guardó como { $path }.
dialog-saved_not_opened = El archivo se guardó como { $path }, pero ningún programa pudo abrirlo ({ $reason }).
dialog-open_it = Abrirlo
dialog-close = Cerrar
dialog-choose_uhri = Elegir la exportación del Índice Universal de los Derechos Humanos (JSON)
dialog-choose_report = Elegir el texto del informe
dialog-text_file = Texto
dialog-choose_thematic_list = Elegir la lista temática (Word)
dialog-choose_csv = Elegir un archivo CSV
cli-demo_added = Datos de demostración añadidos a { $path }.
cli-no_engagements = Todavía no hay participaciones.
cli-engagement_added = Participación { $id } añadida: { $title }
cli-nothing_due =
    { $days ->
        [one] Nada vence en el plazo de { $days } día.
       *[other] Nada vence en los próximos { $days } días.
    }
cli-estimate = (estimación)
cli-days =
    { $days ->
        [one] día
       *[other] días
    }
cli-deadline_met = cumplido: «{ $title }» enviada el { $date }
cli-calendar_written =
    { $n ->
        [one] Se escribió { $n } hito en { $path }.
       *[other] Se escribieron { $n } hitos en { $path }.
    }
cli-no_submissions = Todavía no hay contribuciones.
cli-submission_created = Se creó la contribución { $id } «{ $title }».
cli-section_added = Se añadió la sección { $section } a la contribución { $id } «{ $title }».
cli-stats_words = palabras: { $words } (sin límite fijado)
cli-stats_words_limit = palabras: { $words } / { $limit }
cli-stats_breakdown = título: { $title }  encabezado: { $front_matter }  títulos de sección: { $headings }  texto: { $text }  notas: { $footnotes }
cli-stats_breakdown_no_footnotes = título: { $title }  encabezado: { $front_matter }  títulos de sección: { $headings }  texto: { $text }  notas: { $footnotes } (notas no contadas)
cli-stats_structure = párrafos: { $paragraphs }  notas: { $footnotes }  secciones: { $sections }
cli-rules_limit =
    { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }
cli-rules_no_limit = sin límite de palabras
cli-rules_counted = Se cuenta: { $parts }
cli-rules_languages = Idiomas: { $languages }
cli-rules_formats = Formatos: { $formats }
cli-rules_status = Estado: { $status }
cli-rules_source = Fuente: { $source }
cli-rules_note = Nota: { $note }
error-section_conflict = La sección «{ $title }» se modificó en otro lugar (otra ventana u otra copia de CityRights) desde que usted empezó a editarla. Su texto no la ha sobrescrito: vuelva a cargar la sección para ver la otra versión, o conserve la suya como nueva versión.
error-section_unreadable = No se puede leer el texto guardado de la sección { $id } ({ $reason }). No se ha modificado; se conservan sus revisiones anteriores.
error-is_a_folder = { $path } es una carpeta. Indique un nombre de archivo, por ejemplo { $example }.
error-not_a_file = { $path } no es un archivo que se pueda importar (es una carpeta, un dispositivo o una canalización). Elija el archivo propiamente dicho.
error-file_too_large = El archivo es demasiado grande para importarlo: { $size } MB, cuando el límite es de { $limit } MB. Compruebe que es el archivo correcto.
error-no_text_to_import = El archivo no contiene texto que importar.
error-draft_other_format = CityRights importa archivos de Word (.docx) y Markdown (.md), no .{ $ext }. Abra el archivo en Word o LibreOffice, guárdelo como «Documento de Word (.docx)» e importe ese archivo.
error-draft_unknown_format = CityRights importa archivos de Word (.docx) y Markdown (.md); { $name } no es ninguno de los dos (por su nombre).
error-not_found_action = La acción { $id } no existe (puede que se haya eliminado).
error-not_found_consultation = La consulta { $id } no existe (puede que se haya eliminado).
error-not_found_department = El departamento { $id } no existe (puede que se haya eliminado).
error-not_found_engagement = La participación { $id } no existe (puede que se haya eliminado).
error-not_found_evidence = La nota de evidencia { $id } no existe (puede que se haya eliminado).
error-not_found_indicator = El indicador { $id } no existe (puede que se haya eliminado).
error-not_found_bin_item = El elemento { $id } de la papelera no existe (puede que se haya eliminado).
error-not_found_measurement = La medición { $id } no existe (puede que se haya eliminado).
error-not_found_milestone = El hito { $id } no existe (puede que se haya eliminado).
error-not_found_participant = El participante { $id } no existe (puede que se haya eliminado).
error-not_found_recommendation = La recomendación { $id } no existe (puede que se haya eliminado).
error-not_found_revision = La revisión { $id } no existe (puede que se haya eliminado).
error-not_found_section = La sección { $id } no existe (puede que se haya eliminado).
error-not_found_sent_file = El archivo enviado de la contribución { $id } no existe (puede que se haya eliminado).
error-not_found_stakeholder = La parte interesada { $id } no existe (puede que se haya eliminado).
error-not_found_submission = La contribución { $id } no existe (puede que se haya eliminado).
cli-backup_restored = Se restauró la copia de seguridad del { $date } ({ $engagements }, { $submissions }, { $words }). La base de datos tal como estaba se conserva también como copia de seguridad.
cli-no_backups = Todavía no hay copias de seguridad.
cli-backup_damaged = DAÑADA, no se puede restaurar: { $reason }
cli-backup_line = { $engagements }, { $submissions }, { $words }
cli-backup_copy = también hay una copia en { $path } (verificada).
cli-backup_copy_failed = no se escribió la segunda copia: { $problem }
cli-backed_up = Copia de seguridad hecha en { $path } (verificada).
cli-bin_empty = La papelera está vacía.
cli-bin_restored = Restaurado.
cli-bin_emptied =
    { $n ->
        [one] Se eliminó definitivamente { $n } elemento.
       *[other] Se eliminaron definitivamente { $n } elementos.
    }
cli-bin_confirm = Vaciar la papelera elimina su contenido definitivamente. Vuelva a ejecutar el comando con --yes para confirmarlo.
cli-no_consultations = No hay consultas registradas.
cli-not_verified = No verificado: { $caveat }
cli-nobody_found = No se encontró a nadie para «{ $query }».
cli-erase_with = (borrar con { $how })
cli-edit_by_hand = [editar a mano]
cli-erased = Borrado: { $participants ->
        [one] { $participants } participante anonimizado
       *[other] { $participants } participantes anonimizados
    } en { $consultations ->
        [one] { $consultations } consulta
       *[other] { $consultations } consultas
    }, { $fields ->
        [one] { $fields } campo más modificado
       *[other] { $fields } campos más modificados
    }. Las copias de seguridad anteriores conservan los datos antiguos hasta que se renueven.
cli-erased_in_text = En el texto: { $sections ->
        [one] { $sections } sección
       *[other] { $sections } secciones
    } y { $revisions ->
        [one] { $revisions } versión anterior
       *[other] { $revisions } versiones anteriores
    } modificadas; el archivo registrado como enviado se conserva tal como estaba.
cli-still_mentioned = todavía se menciona en { $where }; edite el texto para quitarlo.
cli-purged = Se eliminaron los datos personales de { $participants ->
        [one] { $participants } participante
       *[other] { $participants } participantes
    } en { $consultations ->
        [one] { $consultations } consulta celebrada
       *[other] { $consultations } consultas celebradas
    } hasta el { $date } inclusive (conservación: { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }).
cli-workspace_imported = Se importó el espacio de trabajo exportado el { $date } ({ $engagements ->
        [one] { $engagements } participación
       *[other] { $engagements } participaciones
    }, { $submissions ->
        [one] { $submissions } contribución
       *[other] { $submissions } contribuciones
    }, { $recommendations ->
        [one] { $recommendations } recomendación
       *[other] { $recommendations } recomendaciones
    }) en { $path }.
cli-workspace_backup = La base de datos tal como estaba se conserva como la copia de seguridad { $path }.
cli-workspace_written = Se escribió el espacio de trabajo ({ $engagements ->
        [one] { $engagements } participación
       *[other] { $engagements } participaciones
    }, { $submissions ->
        [one] { $submissions } contribución
       *[other] { $submissions } contribuciones
    }, { $recommendations ->
        [one] { $recommendations } recomendación
       *[other] { $recommendations } recomendaciones
    }) en { $path }.
cli-workspace_written_logo = Se escribió el espacio de trabajo ({ $engagements ->
        [one] { $engagements } participación
       *[other] { $engagements } participaciones
    }, { $submissions ->
        [one] { $submissions } contribución
       *[other] { $submissions } contribuciones
    }, { $recommendations ->
        [one] { $recommendations } recomendación
       *[other] { $recommendations } recomendaciones
    }, el logotipo de la ciudad) en { $path }.
cli-action_added = Acción { $id } añadida: { $title }
cli-no_actions = Todavía no hay acciones.
cli-action_deleted = Acción { $id } eliminada.
cli-indicator_added = Indicador { $id } añadido: { $name }
cli-recorded = Registrado.
cli-no_indicators = Todavía no hay indicadores.
cli-sdg_unlinked = La recomendación { $id } ya no está vinculada a ninguna meta de los ODS.
cli-sdg_linked = La recomendación { $id } está vinculada a { $targets }.
cli-no_measurement = todavía sin mediciones
cli-measured_on = { $value } { $unit } el { $date }
cli-indicator = { $name }: { $latest } (base { $baseline } el { $baseline_date }, meta { $target } para el { $target_date })
cli-indicator_progress = { $name }: { $latest } (base { $baseline } el { $baseline_date }, meta { $target } para el { $target_date }, { $percent } % del camino recorrido)
cli-recommendations_imported =
    { $imported ->
        [one] { $imported } importada
       *[other] { $imported } importadas
    }, { $updated ->
        [one] { $updated } actualizada
       *[other] { $updated } actualizadas
    }, { $unchanged } sin cambios, { $skipped ->
        [one] { $skipped } omitida
       *[other] { $skipped } omitidas
    }.
cli-no_recommendations = Todavía no hay recomendaciones.
cli-nothing_found = No se encontró nada para «{ $query }».
cli-recommendation_updated = { $reference }: { $status }, { $competence }, departamento «{ $department }», { $n ->
        [one] { $n } nota de evidencia
       *[other] { $n } notas de evidencia
    }.
cli-recommendation_binned = { $title } se movió a la papelera. Para restaurarlo: cityrights bin restore recommendation { $id }
error-title_empty = El título no puede estar vacío. Dele un nombre corto.
error-text_too_long = Este texto es demasiado largo: { $n } caracteres, cuando se permiten { $max } como máximo. Acórtelo; no se ha perdido nada.
error-text_nul = Este texto contiene un carácter NUL invisible; elimínelo.
error-last_before_first = El último día no puede ser anterior al primero.
error-invalid_time = «{ $value }» no es una hora válida. Utilice el formato de 24 horas HH:MM, por ejemplo 23:59.
error-invalid_email = «{ $value }» no es una dirección de correo electrónico.
error-invalid_iso3 = Utilice el código de país de tres letras (ISO 3166-1 alfa-3), por ejemplo SVN para Eslovenia.
workspace-logo_left_out = El logotipo de la ciudad { $path } se omitió: { $reason }. Vuelva a elegir el logotipo en el perfil de la ciudad después de la importación.
error-no_database_open = No hay ninguna base de datos abierta. Abra otro archivo o cree uno nuevo.
# --- plan in the app (wave 4) ---
matrix_xlsx-export = Exportar a Excel…
matrix_xlsx-import = Importar desde Excel…
matrix_xlsx-preview_title = Lo que cambiaría el libro de Excel
matrix_xlsx-file = Libro: { $name }
matrix_xlsx-not_written = Todavía no se ha guardado nada. Revise los cambios y luego aplíquelos o cancele.
matrix_xlsx-counts = Recomendaciones que cambian: { $changed }. Sin cambios: { $unchanged }. Filas no encontradas: { $unknown }.
matrix_xlsx-nothing = El libro no cambia nada: cada estado, departamento y prueba que contiene ya figura en CityRights.
matrix_xlsx-changes_caption = Cambios, por recomendación
matrix_xlsx-col_recommendation = Recomendación
matrix_xlsx-col_status = Estado local
matrix_xlsx-col_department = Departamento
matrix_xlsx-col_evidence = Nuevas pruebas
matrix_xlsx-change = { $from } → { $to }
matrix_xlsx-same = sin cambios
matrix_xlsx-no_department = ningún departamento
matrix_xlsx-unknown_title = Filas no encontradas en CityRights
matrix_xlsx-unknown_hint = Estas filas no corresponden a ninguna recomendación de esta base de datos. Se dejan de lado; no se guarda nada a partir de ellas.
matrix_xlsx-col_row = Fila
matrix_xlsx-col_id = ID
matrix_xlsx-col_symbol = Signatura
matrix_xlsx-col_paragraph = Párrafo
matrix_xlsx-apply = Aplicar estos cambios
matrix_xlsx-applied = Se guardaron los cambios del libro. Recomendaciones modificadas: { $n }.
matrix_xlsx-changed_since = El libro o las recomendaciones cambiaron desde esta vista previa, por lo que no se guardó nada. Vuelva a importar el libro para ver lo que cambia ahora.
report_generate-open = Generar un informe…
report_generate-title = Generar un informe a partir de los datos de la ciudad
report_generate-intro = CityRights redacta una nueva contribución en borrador a partir de las recomendaciones, su estado local, las acciones, los indicadores y las pruebas. Edítela, revísela y expórtela como cualquier otra contribución.
report_generate-kind = Tipo de informe
report_generate-kind_upr_midterm = Informe de mitad de período del EPU
report_generate-kind_tb_follow_up = Información de seguimiento (órganos de tratados)
report_generate-kind_local = Informe local de derechos humanos
report_generate-symbol = Recomendaciones del documento
report_generate-symbol_hint = El documento cuyas recomendaciones sigue el informe, por ejemplo A/HRC/59/15.
report_generate-all_of_mechanism = Todos los documentos de este mecanismo
report_generate-all = Todas las recomendaciones
report_generate-none_yet = Importe primero las recomendaciones: el informe se redacta a partir de ellas y de lo que la ciudad registró sobre ellas.
report_generate-generate = Generar el borrador
report_generate-done = Se creó el borrador «{ $title }».
report_generate-done_counts = Secciones: { $sections }. Recomendaciones abarcadas: { $n }.
report_generate-open_draft = Abrir el borrador
sdg_table-goals = ODS: { $goals }
sdg_table-targets = Metas de los ODS: { $targets }
report_generate-engagement = Participación
report_generate-choose_engagement = Elija una participación…
report_generate-no_engagement = Cree primero una participación: un informe es una contribución presentada en el marco de una de ellas.

# --- contributions: the core's and the CLI's messages ---
contribution-err_damaged = { $file } no es un archivo de aportación de CityRights, o está dañado: { $why }. No se ha modificado nada. Solicite de nuevo el archivo (la causa habitual es un archivo cortado en un correo electrónico o en una memoria USB).
contribution-err_newer = { $file } fue escrito por una versión más reciente de CityRights ({ $by }, formato { $found }); esta versión ({ $ours }) lee hasta el formato { $known }. No se ha modificado nada. Instale CityRights { $by } o posterior y vuelva a abrir el archivo.
contribution-err_is_return = { $file } es la respuesta de un servicio (un archivo devuelto), no una solicitud. No se ha modificado nada. Impórtelo en el espacio de trabajo del responsable: Aportaciones de los servicios, «Importar una aportación devuelta…» (cityrights contribution import ARCHIVO).
contribution-err_is_request = { $file } es una solicitud de aportación, no la respuesta de un servicio. No se ha modificado nada. Ábralo en el equipo del servicio: «Abrir una aportación…» (cityrights contribution open ARCHIVO).
contribution-err_other_workspace = { $file } responde a una solicitud enviada desde otro espacio de trabajo de CityRights (otra ciudad u otro equipo). No se ha modificado nada. Impórtelo en el espacio de trabajo desde el que se envió la solicitud.
contribution-err_unknown_request = { $file } responde a una solicitud de la que este espacio de trabajo no tiene registro (quizá se envió antes de restaurar una copia de seguridad). No se ha modificado nada.
contribution-err_already_imported = { $file } ya se importó ({ $when }). No se ha modificado nada: sus cambios están en la cola de aportaciones.
contribution-err_refused_change = El archivo devuelto contiene un cambio que CityRights no acepta ({ $why }). No se ha modificado nada. Pida al servicio que lo devuelva de nuevo desde CityRights.
contribution-err_holds_work = La base de datos { $db } ya contiene trabajo. Una aportación se abre en un espacio de trabajo nuevo y propio: indique un nuevo archivo de base de datos (cityrights --db ARCHIVO-NUEVO contribution open ARCHIVO) o ábrala desde la aplicación, que antes hace una copia de seguridad de esta.
contribution-err_not_contributor = Este espacio de trabajo no es una aportación: no hay nada que devolver. Abra primero el archivo de aportación que recibió (cityrights contribution open ARCHIVO).
contribution-err_nothing_changed = Nada ha cambiado desde la solicitud: todavía no hay nada que devolver. Modifique primero las secciones (o el seguimiento de las recomendaciones).
contribution-err_not_a_section = La sección { $id } no es una sección de «{ $title }». Elija entre sus secciones (cityrights submission show --submission { $submission }).
contribution-err_no_recommendation = La recomendación { $id } no existe (o está en la papelera).
contribution-err_too_many_sections = Una solicitud contiene como máximo { $n } secciones.
contribution-err_too_many_recommendations = Una solicitud contiene como máximo { $n } recomendaciones.
contribution-err_choose = Elija al menos una sección o una recomendación que solicitar.
contribution-err_which = Indique qué cambios: --all, o --section ID, --recommendation ID o --change ID.
contribution-err_no_change_section = Esta aportación no contiene ningún cambio de la sección { $id }.
contribution-err_no_change_recommendation = Esta aportación no contiene ningún cambio de la recomendación { $id }.
contribution-err_no_change = Esta aportación no contiene el cambio { $id }.
contribution-due_title = { $contributor }: aportación prevista
contribution-due_basis = Solicitud de aportación a { $contributor }
contribution-back_title = Devolver la aportación a { $city }
contribution-back_title_unnamed = Devolver la aportación a la ciudad
contribution-back_basis = Aportación solicitada el { $date }
contribution-cli_opened = { $path } es ahora el espacio de aportación para { $city } (secciones: { $sections }, recomendaciones: { $recommendations }).
contribution-cli_the_city = la ciudad
contribution-cli_due = Fecha límite: { $date }
contribution-cli_message = Mensaje: { $message }
contribution-cli_requested = Solicitud guardada (secciones: { $sections }, recomendaciones: { $recommendations }) en { $file }.
contribution-cli_returned = Respuesta guardada (secciones modificadas: { $sections }, recomendaciones modificadas: { $recommendations }) en { $file }. Devuelva este archivo a la ciudad.
contribution-cli_imported = Aportación de { $from } importada en la cola de revisión (número { $id }; secciones modificadas: { $sections }, recomendaciones modificadas: { $recommendations }, en conflicto con sus propios cambios: { $conflicts }). Nada cambia hasta que usted la acepte.
contribution-cli_none = Todavía no se ha devuelto ninguna aportación.
contribution-cli_line = { $id }  { $from }  { $received }  { $state }  (pendientes: { $pending }, aceptados: { $accepted }, rechazados: { $rejected })
contribution-cli_decided = Aceptados: { $accepted }, rechazados: { $rejected }. La aportación está ahora: { $state }.
contribution-cli_conflicts = Quedan pendientes porque usted cambió el mismo texto desde la solicitud: cambios { $ids }. Compárelos (contribution show { $id }) y acéptelos con --overwrite-mine, o recházelos.
contribution-cli_gone = No aplicados, porque su sección o recomendación ya no está aquí: cambios { $ids }.
contribution-cli_show_head = Aportación { $id } de { $from } ({ $received }): { $state }
contribution-cli_show_change = { "  " }cambio { $id }: { $kind } { $field } «{ $label }» — { $state }
contribution-cli_conflict = { " " }(conflicto)
# --- Contributions in the app (#17) ---
contrib-nav = Aportaciones de los servicios
contrib-header = Aportación para la Ciudad de { $city }
contrib-header_unnamed = Aportación para la ciudad
contrib-header_due = Aportación para la Ciudad de { $city }, plazo: { $date }
contrib-header_unnamed_due = Aportación para la ciudad, plazo: { $date }
contrib-header_for = Solicitada a: { $contributor }
contrib-header_message = Mensaje de la ciudad:
contrib-header_returned = Último envío de vuelta: { $when }.
contrib-send_back = Devolver…
contrib-send_title = Devolver su aportación
contrib-send_intro = CityRights guarda un único archivo con todos los cambios hechos aquí desde la solicitud, cada uno con su nombre y la hora. Envíe ese archivo a la ciudad por correo electrónico, en una carpeta compartida o en una memoria USB. Puede seguir trabajando y devolverlo de nuevo más tarde.
contrib-send_author = Su nombre
contrib-send_author_hint = Se muestra a la ciudad con cada cambio y se conserva en el historial del texto.
contrib-send_save = Elegir dónde guardar…
contrib-send_cancelled = No se ha guardado nada: no se eligió ningún archivo.
contrib-sent_back = Guardado como { $path }: { $sections ->
        [one] { $sections } sección modificada
       *[other] { $sections } secciones modificadas
    } y { $recommendations ->
        [one] { $recommendations } recomendación modificada
       *[other] { $recommendations } recomendaciones modificadas
    }. Envíe este archivo a la ciudad.
contrib-ask = Solicitar a un servicio…
contrib-ask_hint = Un servicio redacta su parte en su propio ordenador, en CityRights, y se la devuelve para su examen.
contrib-ask_title = Solicitar una aportación a un servicio
contrib-ask_intro = CityRights guarda un único archivo que contiene solo lo que elija aquí, las orientaciones de la plantilla y las normas aplicables. Ninguna otra parte de su base de datos se incluye en él.
contrib-ask_sections = Secciones que se envían
contrib-ask_choose_something = Elija al menos una sección o una recomendación.
contrib-ask_recommendations = Recomendaciones para el seguimiento (opcional)
contrib-ask_recommendations_hint = Busque por signatura, número o palabras y marque las recomendaciones sobre las que el servicio debe informar.
contrib-ask_search_label = Buscar en las recomendaciones
contrib-ask_search = Buscar
contrib-ask_none_found = Ninguna recomendación coincide con esta búsqueda.
contrib-ask_contributor = Servicio o persona a quien se solicita
contrib-ask_contributor_hint = Por ejemplo: Departamento de Vivienda.
contrib-ask_email = Correo electrónico
contrib-ask_due = Fecha límite
contrib-ask_due_hint = Se anota en el calendario, con un recordatorio.
contrib-ask_message = Mensaje
contrib-ask_save = Elegir dónde guardar…
contrib-ask_cancelled = No se ha guardado nada: no se eligió ningún archivo.
contrib-ask_saved = La solicitud a { $contributor } se ha guardado como { $path } ({ $sections ->
        [one] { $sections } sección
       *[other] { $sections } secciones
    }, { $recommendations ->
        [one] { $recommendations } recomendación
       *[other] { $recommendations } recomendaciones
    }). Envíele este archivo.
contrib-ask_on_calendar = La fecha límite, { $date }, figura en el calendario.
contrib-open = Abrir una aportación…
contrib-welcome_hint = Una ciudad ha pedido a su servicio que redacte parte de su contribución: abra el archivo que ha recibido.
contrib-settings_title = Aportación de un servicio
contrib-settings_intro = Abra un archivo de aportación que le hayan enviado para redactar la parte de su servicio. Sustituye el espacio de trabajo de este ordenador.
contrib-open_question = ¿Abrir una aportación en lugar de este espacio de trabajo? Todo lo que hay aquí (participaciones, contribuciones, recomendaciones, perfil de la ciudad) se copia primero en la carpeta de copias de seguridad situada junto al archivo de la base de datos, donde nunca se elimina automáticamente; después, este espacio de trabajo se sustituye por la aportación, que contiene solo lo que la ciudad le ha enviado. ¿Continuar?
contrib-open_confirm = Hacer una copia y abrir la aportación
contrib-title = Aportaciones de los servicios
contrib-intro = Las respuestas de los servicios a sus solicitudes. Importarlas no cambia nada en su texto: usted examina cada cambio y lo acepta o lo rechaza.
contrib-import = Importar una aportación devuelta…
contrib-imported = La aportación de { $from } está en la cola: { $sections ->
        [one] { $sections } sección modificada
       *[other] { $sections } secciones modificadas
    } y { $recommendations ->
        [one] { $recommendations } recomendación modificada
       *[other] { $recommendations } recomendaciones modificadas
    }.
contrib-imported_conflicts = { $n ->
        [one] { $n } cambio entra en conflicto con sus propias modificaciones.
       *[other] { $n } cambios entran en conflicto con sus propias modificaciones.
    }
contrib-queue = Recibidas
contrib-queue_empty = Todavía no se ha recibido ninguna aportación. Cuando un servicio devuelva su archivo, impórtelo aquí.
contrib-col_from = De
contrib-col_received = Recibida
contrib-col_submission = Contribución
contrib-col_state = Estado
contrib-col_waiting = Pendientes
contrib-col_accepted = Aceptados
contrib-col_rejected = Rechazados
contrib-col_conflicts = Conflictos
contrib-state-pending = Pendiente de examen
contrib-state-accepted = Aceptada
contrib-state-rejected = Rechazada
contrib-state-partly = Aceptada en parte
contrib-review_title = Aportación de { $from }
contrib-review_about = Para «{ $submission }», devuelta el { $when }.
contrib-review_due = La fecha límite era el { $date }.
contrib-open_submission = Abrir la contribución
contrib-accept_all = Aceptar todo lo que no está en conflicto
contrib-decided = Aceptados: { $accepted }. Rechazados: { $rejected }.
contrib-decided_conflicts = { $n ->
        [one] { $n } cambio sigue pendiente: usted modificó el mismo texto.
       *[other] { $n } cambios siguen pendientes: usted modificó el mismo texto.
    }
contrib-decided_gone = { $n ->
        [one] { $n } cambio sigue pendiente: su sección o recomendación ya no existe aquí.
       *[other] { $n } cambios siguen pendientes: su sección o recomendación ya no existe aquí.
    }
contrib-change_section = Sección «{ $title }»
contrib-change_recommendation = Recomendación { $reference }: { $field }
contrib-change_state-pending = pendiente
contrib-change_state-accepted = aceptado
contrib-change_state-rejected = rechazado
contrib-change_by = Modificado por { $author } el { $when }.
contrib-gone = Esta sección o recomendación ya no está en su espacio de trabajo: el cambio no se puede aceptar.
contrib-conflict_label = Conflicto:
contrib-conflict_explain = usted también modificó este texto después de enviarlo. No se decide nada por usted: tome su texto (el suyo propio queda en el historial del texto) o conserve el suyo.
contrib-sent_to_theirs = Del texto enviado a su texto
contrib-current_to_theirs = De su texto actual al texto del servicio
contrib-new_evidence = Nueva nota de evidencia
contrib-value_sent = Enviado
contrib-value_current = El suyo ahora
contrib-value_theirs = El del servicio
contrib-value_empty = (vacío)
contrib-take_theirs = Tomar el del servicio (sobrescribir el mío)
contrib-keep_mine = Conservar el mío (rechazar)
contrib-accept = Aceptar
contrib-reject = Rechazar
contrib-field-text = texto
contrib-field-competence = competencia
contrib-field-department = servicio
contrib-field-local_status = estado local
contrib-field-evidence = evidencia
contrib-revision_by = por { $author }

# --- the plan: editing an indicator ---
plan-edit_indicator_title = Editar el indicador «{ $name }»
plan-edit_indicator_label = Editar el indicador { $name }

# --- native dialogs of the contributions and the Excel exchange ---
dialog-contribution_file = Aportación de CityRights
dialog-save_request = Guardar la solicitud de aportación
dialog-open_contribution = Abrir una aportación que se le ha solicitado
dialog-save_return = Guardar su aportación para devolverla
dialog-import_return = Importar una aportación devuelta
dialog-export_matrix = Exportar la matriz de aplicación
dialog-import_matrix = Importar la matriz de aplicación
dialog-excel_file = Libro de Excel

# --- a required field left empty (validate::required) ---
required-indicator_name = El nombre del indicador no puede estar vacío.
required-measurement_source = La fuente del valor no puede estar vacía.
required-contributor = El servicio o la persona a quien se solicita no puede estar vacío.
required-your_name = Su nombre no puede estar vacío.
required-topic = El tema no puede estar vacío.
required-name = El nombre no puede estar vacío.
required-version_name = El nombre de la versión no puede estar vacío.
required-channel = El canal no puede estar vacío.
required-symbol = La signatura del documento no puede estar vacía.
required-city_name = El nombre de la ciudad no puede estar vacío.
required-state_under_review = El Estado examinado no puede estar vacío.
plan-measurement_actions = Acciones
plan-remove_measurement_label = Quitar el valor { $value } del { $date }
plan-remove_measurement_question = ¿Quitar el valor { $value } del { $date } de «{ $name }»? El avance se vuelve a calcular sin él.
plan-measurement_removed = Se quitó una medición de «{ $name }».
plan-indicator_updated = Se modificó el indicador «{ $name }».
plan-delete_indicator_label = Eliminar el indicador { $name }
plan-delete_indicator_question = ¿Eliminar el indicador «{ $name }» y sus mediciones ({ $n })? No se puede deshacer.
plan-indicator_deleted = Se eliminó el indicador «{ $name }».

# --- report charts ---
report-chart_title-actions_by_department = Acciones del plan de aplicación según su estado, por departamento principal
report-chart_group-actions_by_department = Departamento principal
report-chart_title-indicator_over_time = { $name }: valores con respecto a la meta a lo largo del tiempo
report-chart_title-indicator_over_time_gone = Indicador a lo largo del tiempo
report-chart_actions_summary_of =
    { $total ->
        [one] De { $total } acción relativa a las recomendaciones del documento { $symbol }: { $counts }.
       *[other] De { $total } acciones relativas a las recomendaciones del documento { $symbol }: { $counts }.
    }
report-chart_actions_summary =
    { $total ->
        [one] De { $total } acción del plan de aplicación: { $counts }.
       *[other] De { $total } acciones del plan de aplicación: { $counts }.
    }
report-chart_no_action = El plan de aplicación aún no tiene ninguna acción relativa a estas recomendaciones, por lo que no hay gráfico de acciones.
report-chart_indicator_summary =
    { $n ->
        [one] { $name }: valor de referencia { $baseline } ({ $baseline_date }), meta { $target } para el { $target_date }; { $n } medición, la más reciente { $latest } ({ $latest_date }).
       *[other] { $name }: valor de referencia { $baseline } ({ $baseline_date }), meta { $target } para el { $target_date }; { $n } mediciones, la más reciente { $latest } ({ $latest_date }).
    }
report-chart_indicator_unmeasured = { $name }: valor de referencia { $baseline } ({ $baseline_date }), meta { $target } para el { $target_date }; aún no se ha registrado ninguna medición.
report-chart_indicator_gone = El indicador que mostraba este gráfico se ha suprimido del plan de aplicación, por lo que no hay nada que representar.
report-chart_column-date = Fecha
report-chart_column-value = Valor
report-chart_column-source = Fuente
report-chart_baseline = Valor de referencia
report-chart_target = Meta
report-chart_measured = Valores medidos
report-chart_axis_value = Valor
report-chart_axis_value_in = Valor ({ $unit })
report-actions_chart_intro = La figura muestra las acciones del plan de aplicación relativas a estas recomendaciones según su estado, departamento por departamento.
report-indicator_charts_intro = Las figuras siguientes muestran cada indicador medido con respecto a su meta a lo largo del tiempo: el valor de referencia y las mediciones como una línea, la meta como una línea discontinua hasta su fecha.
report-indicator_charts_more =
    { $n ->
        [one] { $n } indicador más tiene mediciones; sus valores figuran con la recomendación que mide.
       *[other] { $n } indicadores más tienen mediciones; sus valores figuran con las recomendaciones que miden.
    }
# --- core errors, wave 5 ---
core-as_given = { $words }
error-newer_database = La base de datos { $path } fue escrita por una versión más reciente de CityRights (versión de esquema { $found }; esta versión entiende hasta la { $known }). No se ha modificado. Instale la versión más reciente de CityRights para abrirla, o abra otro archivo.
error-unreadable_database = El archivo { $path } no puede abrirse como base de datos de CityRights: { $reason }. No se ha modificado.
error-db_other_program = es una base de datos SQLite de otro programa, no de CityRights
error-db_damaged_check = el archivo está dañado ({ $check })
error-db_no_wal = la carpeta no admite el registro de escritura anticipada de SQLite (el modo de registro siguió siendo «{ $mode }»)
error-db_cannot_read = no puede leerse ({ $reason })
error-db_is_folder = es una carpeta, no un archivo
error-db_not_sqlite = no es una base de datos SQLite
error-db_not_sqlite_or_encrypted = no es una base de datos SQLite, o está cifrada
error-db_damaged = el archivo está dañado
error-db_cannot_open = no puede abrirse (compruebe los permisos)
error-db_read_only = es de solo lectura
error-db_busy = otro programa lo está utilizando
error-not_saved = No se ha guardado: { $reason }. Nada quedó escrito a medias: la base de datos está como estaba antes de este cambio.
error-not_saved_disk_full = el disco que contiene { $folder } está lleno. Libere espacio en él (vacíe la papelera, traslade archivos grandes a otro lugar)
error-not_saved_read_only = la base de datos { $path } no puede escribirse: el disco o el archivo es de solo lectura
error-not_saved_io_failure = el disco que contiene { $folder } notificó un error de escritura (¿una unidad retirada o defectuosa?)
error-import_cancelled = Se canceló la importación. No se conservó nada de ella; las recomendaciones están como estaban.
error-database = La base de datos notificó un error: { $reason }
error-io_copy_backup = No se pudo copiar la copia de seguridad en { $path }: { $reason }
error-io_copy_database = No se pudo copiar la base de datos en { $path }: { $reason }
error-io_create = No se pudo crear { $path }: { $reason }
error-io_create_backup_folder = No se pudo crear la carpeta de copias de seguridad { $path }: { $reason }
error-io_create_folder = No se pudo crear la carpeta { $path }: { $reason }
error-io_create_folder_for = No se pudo crear la carpeta de { $path }: { $reason }
error-io_delete_old_backup = No se pudo eliminar la copia de seguridad antigua { $path }: { $reason }
error-io_find_folder = No se encontró la carpeta de { $path }: { $reason }
error-io_finish_backup = No se pudo terminar la copia de seguridad { $path }: { $reason }
error-io_finish_copy = No se pudo terminar la copia { $path }: { $reason }
error-io_lock = No se pudo bloquear { $path }: { $reason }
error-io_open = No se pudo abrir { $path }: { $reason }
error-io_open_lock_file = No se pudo abrir el archivo de bloqueo { $path }: { $reason }
error-io_replace_database = No se pudo poner la nueva base de datos en lugar de { $path }: { $reason }
error-io_read = No se pudo leer { $path }: { $reason }
error-io_read_backup_folder = No se pudo leer la carpeta de copias de seguridad { $path }: { $reason }
error-io_read_settings = No se pudo leer el archivo de configuración { $path }: { $reason }
error-io_read_snapshot = No se pudo leer la instantánea { $path }: { $reason }
error-io_remove = No se pudo eliminar { $path }: { $reason }
error-io_replace_settings = No se pudo sustituir el archivo de configuración { $path }: { $reason }
error-io_unpack = No se pudo descomprimir { $path }: { $reason }
error-io_write = No se pudo escribir { $path }: { $reason }
error-io_write_man_pages = No se pudieron escribir las páginas del manual en { $path }: { $reason }
error-io_write_settings = No se pudo escribir el archivo de configuración { $path }: { $reason }
error-io_reason_not_found = el archivo o la carpeta no existe
error-io_reason_permission = permiso denegado (pida a quien administre este equipo el derecho a utilizar esta carpeta)
error-io_reason_exists = ya existe un archivo con ese nombre
error-io_reason_disk_full = el disco está lleno (libere espacio en él)
error-io_reason_read_only = el disco es de solo lectura
error-io_reason_is_folder = es una carpeta, no un archivo
error-io_reason_not_folder = una parte de la ruta es un archivo, no una carpeta
error-uhri_record_too_large = El registro { $record } (desde la línea { $line }) supera { $max } MB: no es la exportación del Índice Universal de los Derechos Humanos, o el archivo está dañado. No se importó nada.
error-uhri_no_list = el archivo no empieza por «[»: no es la exportación completa del Índice Universal de los Derechos Humanos (una lista JSON de registros)
error-uhri_record_missing = una «,» va seguida de «]» (falta un registro)
error-uhri_expected_record = se esperaba un registro (una «{"{"}») y se encontró { $found }
error-uhri_expected_comma = se esperaba «,» o «]» después del registro { $record } y se encontró { $found }
error-uhri_after_end = hay más contenido después del final de la lista ({ $found })
error-uhri_byte = el byte { $code }
error-uhri_empty = El archivo está vacío. No se importó nada.
error-uhri_ends_in_record = El archivo termina en medio del registro { $record } (que empieza en la línea { $line }, columna { $column }): probablemente se cortó durante la descarga. Descárguelo de nuevo. No se importó nada.
error-uhri_ends_in_list = El archivo termina en la línea { $line } sin cerrar la lista de registros (después del registro { $record }): probablemente se cortó durante la descarga. Descárguelo de nuevo. No se importó nada.
error-uhri_cannot_read = No se pudo leer el archivo: { $reason }. No se importó nada.
error-uhri_syntax = El archivo del Índice Universal no puede leerse en la línea { $line }, columna { $column }: { $what }. No se importó nada; si el archivo se descargó, descárguelo de nuevo.
error-uhri_damaged = El archivo del Índice Universal está dañado en la línea { $line }, columna { $column } (en el registro { $record }): { $what }. No se importó nada; si el archivo se descargó, descárguelo de nuevo.
error-uhri_not_uhri = Esto no parece la exportación del Índice Universal de los Derechos Humanos: su primer registro (línea { $line }) no tiene ninguno de los campos AnnotationId, Countries y Text. No se importó nada.
error-csv_unreadable = El archivo CSV no puede leerse en la línea { $line }: { $what }. No se importó nada.
error-csv_no_header = El archivo CSV está vacío o no tiene línea de encabezado. Su primera línea debe nombrar las columnas (por ejemplo, Symbol, Paragraph, Recommendation). No se importó nada.
error-csv_choose_text = Elija la columna que contiene el texto de las recomendaciones.
error-csv_choose_symbol = Elija la columna que contiene la signatura del documento, o indique la signatura del informe al que pertenecen todas las filas (por ejemplo, A/HRC/59/15).
error-csv_no_such_column =
    { $n ->
        [one] El archivo tiene { $n } columna; la columna { $column } no existe.
       *[other] El archivo tiene { $n } columnas; la columna { $column } no existe.
    }
error-csv_column = columna { $column }
error-csv_text_empty = Línea { $line }: la columna «{ $column }» (el texto de la recomendación) está vacía. Rellénela o elimine la fila, o elija otra columna. No se importó nada.
error-csv_symbol_empty = Línea { $line }: la columna «{ $column }» (la signatura del documento) está vacía. No se importó nada.
error-csv_not_a_response = Línea { $line }, columna «{ $column }»: «{ $value }» no es una respuesta (Supported, Partially supported, Noted o Pending). ¿Es la columna correcta? No se importó nada.
error-csv_no_rows = El archivo CSV tiene encabezado pero ninguna fila. No se importó nada.
error-text_file_too_large =
    { $what ->
        [csv] El archivo CSV ocupa { $size } MB; se aceptan como máximo { $max } MB. ¿Es el archivo correcto?
       *[other] El archivo del informe ocupa { $size } MB; se aceptan como máximo { $max } MB. ¿Es el archivo correcto?
    }
error-text_file_not_utf8 =
    { $what ->
        [csv] El archivo CSV no es texto UTF-8: el byte en la posición { $offset } (línea { $line }) no es UTF-8 válido. Probablemente se guardó en otra codificación (como Windows-1252). Guárdelo como UTF-8 e impórtelo de nuevo. No se importó nada.
       *[other] El archivo del informe no es texto UTF-8: el byte en la posición { $offset } (línea { $line }) no es UTF-8 válido. Probablemente se guardó en otra codificación (como Windows-1252). Guárdelo como UTF-8 e impórtelo de nuevo. No se importó nada.
    }
error-report_no_symbol = Indique la signatura del informe, por ejemplo A/HRC/59/15: las recomendaciones se citan por ella.
error-report_nul = El texto contiene un byte NUL (línea { $line }), que un texto nunca contiene: probablemente no es el texto de un informe. No se importó nada.
error-report_none_found = No se encontró ninguna recomendación. El texto debe contener la sección «Conclusiones y/o recomendaciones» del informe del Grupo de Trabajo, con recomendaciones numeradas como «140.1 Ratificar …». Copie esa sección (o todo el informe) del PDF e inténtelo de nuevo. No se importó nada.
error-report_no_text = La recomendación { $number } (línea { $line }) no tiene texto. No se importó nada.
error-report_gap = Falta la recomendación { $missing }: después de { $before } (línea { $line }) el siguiente número encontrado es { $next } (línea { $next_line }). Probablemente se perdió parte del texto al copiarlo; copie de nuevo toda la sección. No se importó nada.
error-limit_import = { $what } CityRights no puede importarlo: compruebe que es el archivo correcto. No se importó nada.
error-limit_save = { $what } No se guardó nada; divida el texto en varias secciones.
error-limit_nodes = El texto tiene más de { $max } párrafos, elementos de lista, celdas de tabla y fragmentos de texto en una misma sección.
error-limit_footnotes = El texto tiene más de { $max } notas a pie de página en una misma sección.
error-limit_text = El texto superaría { $max } MB, mucho más que cualquier informe.
error-limit_depth = El texto anida listas o citas en más de { $max } niveles.
error-limit_columns = Una tabla tiene { $n } columnas; se permiten como máximo { $max }.
error-limit_cells = Una tabla tiene { $n } celdas; se permiten como máximo { $max }.
error-limit_attribute =
    { $what ->
        [chart] Un gráfico tiene { $n } caracteres; se permiten como máximo { $max }.
        [link] Un enlace tiene { $n } caracteres; se permiten como máximo { $max }.
       *[other] Una cita tiene { $n } caracteres; se permiten como máximo { $max }.
    }
error-limit_heading = Un título tiene el nivel { $level }; los niveles van del 1 al 6.
error-limit_link = Un enlace lleva a un lugar que no es una página web ni una dirección de correo electrónico (solo se conservan los enlaces http, https y mailto).
error-limit_nested_footnote = Una nota a pie de página contiene otra nota; una nota solo puede contener texto.
error-limit_footnote_copies = El archivo remite a sus notas a pie de página tantas veces que su texto superaría { $max } MB.
error-md_utf16 = El archivo no es texto UTF-8: empieza (en la posición 0) con la marca de un texto UTF-16. Guárdelo como UTF-8 (en la mayoría de los editores: Guardar como y, después, Codificación: UTF-8) e impórtelo de nuevo.
error-md_not_utf8 = El archivo no es texto UTF-8: el byte en la posición { $offset } (línea { $line }) no es UTF-8 válido. Probablemente se guardó en otra codificación (como Windows-1252 o Latin-1). Guárdelo como UTF-8 (en la mayoría de los editores: Guardar como y, después, Codificación: UTF-8) e impórtelo de nuevo.
error-md_nul = El archivo contiene un byte NUL (en la posición { $offset }, línea { $line }), que los archivos de texto nunca contienen: probablemente no es un archivo Markdown, o se guardó como UTF-16. Guárdelo como texto UTF-8 e impórtelo de nuevo.
error-md_empty = El archivo está vacío: no hay nada que importar.
error-md_nothing = El archivo no tiene texto que importar: no contiene títulos, párrafos, listas, citas ni tablas.
error-md_too_large = El archivo es demasiado grande para importarlo: { $size } MB, cuando el límite es de { $max } MB. Una contribución es mucho más pequeña: compruebe que es el archivo correcto, o divídalo.
error-md_undefined_footnote = La nota a pie de página [^{ $label }] se usa en la línea { $line } pero nunca se define.
error-md_table_limit = { $what } (Línea { $line } del archivo.) CityRights no puede importarlo: divida la tabla, o compruebe que es el archivo correcto. No se importó nada.
error-md_nesting = El archivo anida listas, citas o énfasis en más de { $max } niveles (en la línea { $line }). CityRights no puede importar una estructura así: compruebe que es el archivo correcto.
error-md_footnote_in_heading = El título de la línea { $line } remite a una nota a pie de página, pero los títulos de sección y de contribución no pueden llevar notas. Traslade la llamada de nota al texto bajo el título e importe el archivo de nuevo.
error-md_footnote_copies = El archivo remite a sus notas a pie de página tantas veces que su texto superaría { $max } MB (la llamada de la línea { $line } es una de más). Compruebe que es el archivo correcto.
error-docx_too_large = El archivo es demasiado grande para importarlo: { $size } MB, cuando el límite es de { $max } MB. Un borrador es mucho más pequeño: compruebe que es el archivo correcto.
error-docx_old_or_protected = No es un archivo .docx: es un documento de Word antiguo (.doc) o uno protegido con contraseña. Ábralo en Word o LibreOffice, quite la contraseña si la hay, guárdelo como «Documento de Word (.docx)» e importe ese archivo.
error-docx_not_zip = No es un archivo de Word (.docx): un archivo .docx es un archivo zip, y este no lo es. Si se le cambió el nombre desde otro formato, ábralo en Word o LibreOffice y guárdelo como «Documento de Word (.docx)».
error-docx_no_body = El archivo no tiene cuerpo de documento: está dañado o no es un documento de Word.
error-docx_bad_zip = El archivo está dañado y no puede importarse: su estructura zip no puede leerse ({ $what }). Si Word o LibreOffice pueden abrirlo, guárdelo de nuevo como .docx e importe el nuevo archivo.
error-docx_too_many_entries = El archivo contiene { $n } elementos, más que cualquier documento de Word ({ $max } como máximo): no es un borrador que pueda importarse.
error-docx_damaged_part = El archivo está dañado y no puede importarse: su parte { $name } no puede leerse ({ $what }).
error-docx_not_utf8 = no es texto UTF-8
error-docx_part_too_large = El archivo no puede importarse: su parte { $name } supera { $max } MB una vez descomprimida, mucho más que el texto de cualquier borrador (el archivo puede estar hecho para agotar la memoria).
error-docx_parts_too_large = El archivo no puede importarse: sus partes de texto superan en total { $max } MB una vez descomprimidas, mucho más que cualquier borrador.
error-docx_part_utf16 = El archivo no puede importarse: su parte { $name } está escrita en UTF-16, que Word no escribe. Abra el archivo en Word o LibreOffice y guárdelo de nuevo como .docx.
error-docx_missing_part = El archivo no es un documento de Word completo: no tiene { $name }. Si Word o LibreOffice pueden abrirlo, guárdelo de nuevo como .docx e importe el nuevo archivo.
error-docx_nothing = El archivo no tiene texto que importar: no contiene títulos, párrafos, listas ni tablas.
error-thematic_not_docx = No es un documento de Word (.docx). Abra la lista temática en Word y guárdela como «Documento de Word (*.docx)»; después, impórtela de nuevo. No se importó nada.
error-thematic_damaged = El documento de Word está dañado ({ $what }). No se importó nada.
error-thematic_too_large = El texto del documento de Word supera { $max } MB: no es una lista temática. No se importó nada.
error-thematic_broken_xml = El documento de Word está dañado: su texto (word/document.xml) no puede leerse en el byte { $offset } ({ $what }). Ábralo en Word, guárdelo de nuevo e impórtelo de nuevo. No se importó nada.
error-thematic_cell_too_large = Una celda de la tabla contiene más de { $max } KB de texto, mucho más que cualquier recomendación: no es una lista temática. No se importó nada.
error-thematic_no_source = La fila { $row } de la tabla (recomendación { $number }) no tiene «Source of Position» que indique el informe al que pertenece. Indique la signatura del informe (por ejemplo, A/HRC/59/15) al importar. No se importó nada.
error-thematic_none_found = No se encontró ninguna recomendación en este documento de Word. Una lista temática es una tabla cuyas filas empiezan con el número de la recomendación («140.7 Ratificar …»). No se importó nada.
error-xlsx_too_many_rows = Hay más filas de las que admite una hoja de Excel (1.048.575): exporte un documento cada vez.
error-xlsx_password = El libro está protegido con contraseña. Ábralo en Excel o LibreOffice, quite la contraseña (o guarde una copia sin protección) e importe ese archivo.
error-xlsx_damaged = El archivo está dañado o no es un libro de Excel, por lo que no puede leerse ({ $what }). Si Excel o LibreOffice pueden abrirlo, guárdelo de nuevo como .xlsx e importe el nuevo archivo.
error-xlsx_no_sheet = El libro no tiene ninguna hoja que leer.
error-xlsx_beyond_row = La hoja «{ $sheet }» tiene una celda en { $cell }, más allá de la fila { $max }: muchas más filas que cualquier matriz de recomendaciones. Elimine lo que hay debajo de la tabla e inténtelo de nuevo.
error-xlsx_beyond_column = La hoja «{ $sheet }» tiene una celda en { $cell }, más allá de la columna { $max }. Elimine lo que hay a la derecha de la tabla e inténtelo de nuevo.
error-xlsx_cell_too_long = La celda { $cell } contiene más de { $max } caracteres, más de lo que el propio Excel permite: el archivo no lo escribió Excel ni CityRights.
error-xlsx_empty_sheet = La hoja «{ $sheet }» está vacía: no hay fila de encabezado que leer.
error-xlsx_too_large = El archivo supera { $max } MB, mucho más que una matriz de recomendaciones: compruebe que es el archivo correcto.
error-xlsx_old_or_protected = Es un archivo de Excel antiguo (.xls) o un libro protegido con contraseña. Ábralo en Excel o LibreOffice, guárdelo como .xlsx sin contraseña e importe ese archivo.
error-xlsx_not_zip = El archivo no es un libro de Excel (.xlsx): no puede abrirse como tal. Guárdelo desde Excel o LibreOffice como .xlsx e importe ese archivo.
error-xlsx_too_many_parts = El archivo contiene { $n } partes, más que cualquier libro de Excel ({ $max } como máximo): no es una matriz que pueda leerse.
error-xlsx_bad_entry = El archivo está dañado: la parte { $n } de su zip no puede leerse ({ $what }).
error-xlsx_part_too_large = El archivo no puede leerse: su parte { $name } supera { $max } MB una vez descomprimida, mucho más que cualquier matriz (el archivo puede estar hecho para agotar la memoria).
error-xlsx_bad_part = El archivo está dañado: su parte { $name } no puede leerse ({ $what }).
error-xlsx_parts_too_large = El archivo no puede leerse: sus partes superan en total { $max } MB una vez descomprimidas, mucho más que cualquier matriz.
error-xlsx_too_many_strings = El archivo no puede leerse: anuncia { $n } textos distintos, más de { $max } (el archivo puede estar hecho para agotar la memoria).
error-xlsx_bad_strings = El archivo está dañado: su parte { $name } no empieza como una lista de textos.
error-ws_newer =
    { $what ->
        [file_format] Este archivo de espacio de trabajo lo escribió una versión más reciente de CityRights ({ $app_version } — formato de archivo { $found }); esta versión ({ $this_version }) entiende hasta el formato de archivo { $known }. No se ha modificado nada. Instale CityRights { $app_version } o una versión más reciente en este equipo y, después, importe el archivo de nuevo.
       *[other] Este archivo de espacio de trabajo lo escribió una versión más reciente de CityRights ({ $app_version } — versión de esquema { $found }); esta versión ({ $this_version }) entiende hasta la versión de esquema { $known }. No se ha modificado nada. Instale CityRights { $app_version } o una versión más reciente en este equipo y, después, importe el archivo de nuevo.
    }
error-ws_no_folder = La carpeta { $folder } no existe. Elija una carpeta existente para el archivo de espacio de trabajo.
error-ws_not_ours = No es un archivo de espacio de trabajo de CityRights, o está dañado: { $why }. No se ha modificado nada. Exporte de nuevo el espacio de trabajo en el otro equipo (cityrights workspace export -o FILE) e importe ese archivo.
error-pkg_zip_unreadable = su estructura zip no puede leerse ({ $what })
error-ws_too_many_entries = contiene { $n } elementos, cuando un espacio de trabajo contiene como máximo { $max }
error-pkg_no_manifest = no tiene manifest.json
error-pkg_manifest_unreadable = su manifiesto no puede leerse ({ $what })
error-pkg_manifest_too_large = su manifiesto es demasiado grande
error-pkg_manifest_format = su manifiesto dice que es «{ $format }»
error-ws_unexpected_entry = su manifiesto nombra un elemento inesperado «{ $name }»
error-pkg_named_twice = su manifiesto nombra «{ $name }» dos veces
error-ws_entry_too_large = su elemento { $name } ocuparía { $bytes } bytes una vez descomprimido, más de los { $max } MB permitidos
error-ws_no_database = no contiene ninguna base de datos
error-ws_damaged = El archivo de espacio de trabajo está dañado: { $why }. No se ha modificado nada. Copie de nuevo el archivo desde el otro equipo, o expórtelo de nuevo allí.
error-pkg_not_listed = su manifiesto no menciona { $name }
error-pkg_entry_unreadable = su elemento { $name } no puede leerse ({ $what })
error-ws_entry_size = su elemento { $name } no tiene el tamaño que indica el manifiesto
error-ws_entry_larger = su elemento { $name } es más grande de lo que indica el manifiesto
error-pkg_entry_checksum = su elemento { $name } no coincide con la suma de verificación de su manifiesto
error-ws_damaged_database = La base de datos del archivo de espacio de trabajo { $why }. No se ha modificado nada. Exporte de nuevo el espacio de trabajo en el otro equipo e importe el nuevo archivo.
error-wsdb_cannot_open = no puede abrirse ({ $what })
error-wsdb_cannot_read = no puede leerse ({ $what })
error-wsdb_not_ours = no es una base de datos de CityRights
error-wsdb_no_version = no tiene versión de esquema
error-wsdb_damaged = está dañada ({ $check })
error-wsdb_unknown_version = tiene una versión de esquema desconocida
error-wsdb_wrong_kind = contiene un objeto «{ $kind }» llamado { $table } donde CityRights guarda una tabla
error-wsdb_rows_rejected = contiene filas de { $table } que CityRights no puede aceptar ({ $what })
error-wsdb_cannot_upgrade = no puede actualizarse ({ $what })
error-wsdb_dangling = contiene filas de { $table } que remiten a registros que no contiene
error-wsdb_nothing = nada
error-wsdb_a_value = un valor
error-wsdb_bad_value = contiene un valor que CityRights nunca escribe (tabla { $table }, fila{ $row }, columna { $column }: { $found } donde corresponde { $expected })
error-wsdb_bad_section = contiene una sección cuyo texto CityRights no puede leer (sección { $id }, «{ $title }»: { $what })
error-wsdb_bad_revision = contiene una versión guardada de la contribución { $submission } que CityRights no puede leer (revisión { $id }: { $what })
error-pkg_too_many_entries = contiene { $n } elementos, cuando un paquete contiene como máximo { $max }
error-pkg_entry_over = su elemento { $name } ocuparía { $bytes } bytes una vez descomprimido, más de los { $max } permitidos
error-pkg_total_over = ocuparía { $bytes } bytes una vez descomprimido, más de los { $max } permitidos
error-pkg_unlisted_entry = contiene un elemento «{ $name }» que su manifiesto no menciona
error-pkg_entry_size = su elemento { $name } no tiene el tamaño que indica su manifiesto
error-pkg_too_large = supera los { $max } MB que puede ocupar un paquete
error-pkg_bad_ids = los identificadores de su manifiesto no son de los que escribe CityRights
error-pkg_request_unreadable = su solicitud no puede leerse ({ $what })
error-pkg_request_too_large = pide más secciones o recomendaciones de las que contiene una solicitud
error-pkg_request_empty = no pide nada
error-pkg_names_too_long = uno de sus nombres o su mensaje es demasiado largo
error-pkg_section_refused = el texto de su sección «{ $title }» se rechaza: { $what }
error-pkg_too_much_evidence = una recomendación que contiene lleva demasiadas notas de pruebas
error-pkg_changes_unreadable = su lista de cambios no puede leerse ({ $what })
error-pkg_too_many_changes = contiene más cambios de los que puede tener una devolución
error-pkg_sender_too_long = el nombre de su remitente es demasiado largo
error-pkg_author_too_long = uno de sus cambios nombra a un autor con un nombre demasiado largo
error-pkg_no_changeset = su cambio de { $field } { $id } no tiene conjunto de cambios
error-pkg_change_too_large = uno de sus cambios es demasiado grande
error-database_closed = La base de datos está cerrada.
error-file_exists = { $path } ya existe. Elija un nombre de archivo nuevo: un archivo existente nunca se sobrescribe.
error-demo_not_empty = Esta base de datos ya contiene datos, por lo que no se añadió la demostración. Utilice un archivo de base de datos nuevo y vacío para la demostración.
error-not_a_backup_name = { $name } no es un nombre de archivo de copia de seguridad de CityRights.
error-copy_failed_check = La copia de la base de datos no superó la comprobación ({ $check }) y se eliminó. La base de datos no ha cambiado.
error-backup_of_another = La copia de seguridad { $name } no es una copia de { $path }: pertenece a otra base de datos. Su base de datos no se ha modificado; elija una de sus propias copias de seguridad.
error-settings_unreadable = El archivo de configuración { $path } no puede leerse ({ $what }). Elija de nuevo la segunda carpeta de copias de seguridad o el estilo de cita en Configuración; cualquiera de los dos escribe un archivo nuevo.
error-choose_second_folder = Elija una carpeta para la segunda copia de las copias de seguridad.
error-not_a_full_path = { $folder } no es una ruta completa. Elija la carpeta con «Elegir carpeta…».
error-second_is_data_folder = Esta es la carpeta de datos, donde ya van las copias de seguridad. Elija otra unidad: una memoria USB o una carpeta compartida del departamento.
error-not_a_language = «{ $value }» no es un idioma que hable CityRights: elija uno de { $codes }.
error-type_symbol = Escriba la signatura del documento, por ejemplo A/HRC/59/15.
error-search_not_understood = No se pudo entender esta búsqueda. Busque palabras sencillas, sin comillas ni símbolos.
error-search_index_damaged = El índice de búsqueda de esta base de datos está dañado, por lo que la búsqueda no puede responderse. Este mensaje no afecta a sus textos. Restaure la última copia de seguridad (Configuración → Copias de seguridad), o exporte el espacio de trabajo e impórtelo de nuevo, lo que reconstruye el índice.
error-revision_unreadable = La revisión { $id } no puede leerse ({ $what }).
error-versions_of_two = Ambas versiones deben pertenecer a la misma contribución.
error-sent_file_empty = El archivo está vacío: elija el archivo que realmente se envió.
error-not_submitted_yet = La contribución «{ $title }» (id { $id }) no está marcada como presentada: su texto ya puede editarse.
error-mark_submitted_first = Marque primero la contribución como presentada.
error-template_other_mechanism = La plantilla «{ $name }» no es para este mecanismo. Elija una hecha para él.
error-choose_un_language = Elija uno de los seis idiomas oficiales de las Naciones Unidas.
error-co_submitter_gone = Uno de los coautores ya no existe.
error-section_text_unreadable = El texto de la sección { $id } no puede leerse ({ $what }).
error-profile_before_logo = Configure primero el perfil de la ciudad y, después, elija su logotipo.
error-consultation_date = Indique la fecha de la consulta (AAAA-MM-DD, por ejemplo 2027-03-02).
error-consultation_topic_empty = El tema no puede estar vacío. Diga en pocas palabras de qué trató la consulta.
error-consultation_topic_long = El tema es demasiado largo: como máximo { $max } caracteres. Acórtelo; no se ha perdido nada.
error-consultation_format = Elija cómo se celebró la consulta (una reunión, una encuesta, aportaciones escritas…).
error-consultation_submission = Elija una de las contribuciones de esta participación, o ninguna.
error-participants_max = Pueden nombrarse como máximo { $max } participantes; registre un grupo mayor como un número en las notas.
error-participant_no_name = El participante { $n } no tiene nombre. Indique su nombre o elimine la fila.
error-participant_email = «{ $value }» (participante { $n }) no es una dirección de correo electrónico. Corríjala o déjela vacía.
error-departments_full = La lista de la ciudad ya tiene { $max } departamentos, el máximo que puede contener. Elija uno de ellos o elimine los que no se usen en Configuración.
error-department_name_empty = El nombre del departamento no puede estar vacío. Para quitarlo de la lista, elimínelo.
error-type_department = Escriba el nombre del departamento, por ejemplo «Departamento de Vivienda».
error-recommendation_too_long = La recomendación { $symbol } { $paragraph } ocupa { $size } KB, cuando las más largas que redacta la ONU ocupan unos pocos KB (se aceptan como máximo { $max } KB): este archivo no es lo que parece. No se importó nada.
error-recommendation_text_empty = El texto de la recomendación no puede estar vacío.
error-recommendation_in_bin = { $symbol }, párr. { $paragraph } está en la Papelera. Restáurela desde la Papelera en lugar de añadirla de nuevo: vuelve con el seguimiento de la ciudad.
error-recommendation_exists = { $symbol }, párr. { $paragraph } ya está en la lista. Búsquela en lugar de añadirla de nuevo.
error-tag_empty = La etiqueta no puede estar vacía. Escriba una o dos palabras, por ejemplo «vivienda».
error-note_empty = Escriba lo que se hizo, por ejemplo «La decisión del concejo 2026/14 financia 200 viviendas».
error-select_one = Seleccione primero al menos una recomendación.
error-bulk_max = Pueden modificarse como máximo { $max } recomendaciones a la vez.
error-department_in_use =
    { $n ->
        [one] { $n } recomendación designa a «{ $name }» como departamento responsable, por lo que sigue en la lista. Asígnele primero otro departamento, o cambie el nombre de este (un nombre que ya está en la lista fusiona los dos).
       *[other] { $n } recomendaciones designan a «{ $name }» como departamento responsable, por lo que sigue en la lista. Asígneles primero otro departamento, o cambie el nombre de este (un nombre que ya está en la lista fusiona los dos).
    }
error-not_a_file_nothing_changed = { $path } no es un archivo; no se ha modificado nada.
error-database_in_use = CityRights está abierto en { $path } (u otro comando está escribiendo en ella). Cierre la aplicación y ejecute el comando de nuevo: solo un programa a la vez puede modificar una base de datos.
error-not_a_file_name = { $path } no es un nombre de archivo.
error-change_unreadable = Un cambio pendiente de revisión no puede leerse: { $what }
error-unknown_mechanism = Mecanismo desconocido «{ $code }». Elija el EPU, un órgano de tratado o los procedimientos especiales.
error-no_recommendation = No existe la recomendación { $id } (puede estar en la papelera). Elija una de la lista de recomendaciones.
error-sdg_targets_max = Una recomendación puede vincularse como máximo a { $max } metas de los ODS.
error-xlsx_rows_twice = Las filas { $first } y { $second } son ambas { $reference }: conserve una de ellas e importe de nuevo.
error-xlsx_row = Fila { $row } ({ $reference }): { $what } No se importó nada.
error-xlsx_no_columns = ninguna
error-xlsx_not_a_matrix = La hoja «{ $sheet }» no es una matriz de aplicación: su primera fila no tiene la columna { $missing }. Sus columnas son: { $columns }. Exporte la matriz desde CityRights (recommendations export-xlsx), rellene ese archivo e impórtelo.
error-input_too_large = La entrada supera { $max } MB: compruebe que es el archivo correcto.
cli-count_sections =
    { $n ->
        [one] { $n } sección
       *[other] { $n } secciones
    }
cli-count_paragraphs =
    { $n ->
        [one] { $n } párrafo numerado
       *[other] { $n } párrafos numerados
    }
cli-count_footnotes =
    { $n ->
        [one] { $n } nota a pie de página
       *[other] { $n } notas a pie de página
    }
cli-count_pages =
    { $n ->
        [one] { $n } página
       *[other] { $n } páginas
    }
cli-count_recommendations =
    { $n ->
        [one] { $n } recomendación
       *[other] { $n } recomendaciones
    }
cli-count_words =
    { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }
cli-count_actions =
    { $n ->
        [one] { $n } acción
       *[other] { $n } acciones
    }
cli-docx_written = Se escribió { $path } ({ $sections }, { $paragraphs }, { $footnotes }).
cli-pdf_written = Se escribió { $path } ({ $pages }, { $paragraphs }, { $footnotes }).
cli-section_replaced = Se sustituyó el texto de «{ $title }» (versión { $version }); la contribución tiene ahora { $words }.
cli-no_revisions = Todavía no hay revisiones.
cli-revision_by = (por { $author })
cli-recommendations_written = Se escribieron en { $path }: { $recommendations }.
cli-recommendations_pdf_written = Se escribieron en { $path }: { $recommendations } en { $pages }.
cli-matrix_evidence = Fila { $row }, { $reference }: prueba añadida: { $value }
cli-matrix_change = Fila { $row }, { $reference }: { $field } «{ $from }» → «{ $to }»
cli-no_id = ninguno
cli-matrix_unknown = Fila { $row }: no hay ninguna recomendación { $symbol } { $paragraph } (ID { $id }) en esta base de datos.
cli-matrix_summary =
    { $dry_run ->
        [yes] Resultado previsto: modificadas: { $changed }; sin cambios: { $unchanged }; desconocidas: { $unknown }.
       *[other] Hecho: modificadas: { $changed }; sin cambios: { $unchanged }; desconocidas: { $unknown }.
    }
cli-man_pages_written = Páginas del manual escritas en { $path }.
cli-report_created = Se creó la contribución { $id } «{ $title }» con { $sections }, que cita { $recommendations }. Ábrala para editarla, o expórtela con `cityrights export pdf --submission { $id } -o FILE.pdf`.
cli-progress_by_theme = Por tema:
cli-progress_by_department = Por departamento:
cli-progress_by_sdg = Por ODS:
cli-progress_line = { $name }: { $recommendations } (sin iniciar: { $not_started }; en curso: { $in_progress }; aplicadas: { $implemented }; no aplicables: { $not_applicable }; { $actions })
error-already_submitted = La contribución «{ $title }» (id { $id }) ya está marcada como presentada. Para enviar una versión corregida, inicie primero una nueva versión («Iniciar una nueva versión» en la pantalla de la contribución, o `cityrights submission reopen --submission { $id } --json`): se conserva el registro de lo que se envió.
error-already_submitted_on = La contribución «{ $title }» (id { $id }) ya está marcada como presentada el { $date } ({ $channel }). Para enviar una versión corregida, inicie primero una nueva versión («Iniciar una nueva versión» en la pantalla de la contribución, o `cityrights submission reopen --submission { $id } --json`): se conserva el registro de lo que se envió.
error-nothing_to_send = La contribución «{ $title }» (id { $id }) no tiene texto (0 palabras), por lo que no hay nada que conservar como la versión enviada. Si se redactó en otro lugar, importe primero el archivo que se envió («Importar el documento de un departamento…», o `cityrights submission import --into-submission { $id } FILE`) y, después, márquela como presentada.
error-submission_read_only = La contribución «{ $title }» (id { $id }) se marcó como presentada: lo que se envió se mantiene tal cual, por lo que su texto, sus secciones y sus datos no pueden modificarse. Para modificarlos, inicie una nueva versión («Iniciar una nueva versión» en la pantalla de la contribución, o `cityrights submission reopen --submission { $id } --json`); se conserva el registro de lo que se envió (fecha, canal, archivo, SHA-256 y la versión bloqueada).
error-submitted_only_by_marking = Una contribución pasa a «Presentada» (y luego a «Acuse de recibo») solo mediante «Marcar como presentada», que registra la fecha, el canal y el archivo exacto que se envió (CLI: `cityrights submission mark-submitted --submission { $id } --file FILE --channel TEXT`).
error-unknown_symbol = No hay ninguna recomendación registrada de «{ $symbol }». Compruebe la signatura (por ejemplo, A/HRC/59/15) o importe primero sus recomendaciones.
error-not_an_action_status = «{ $value }» no es un estado de una acción. Utilice uno de: { $codes }.
error-action_list_max =
    { $what ->
        [recommendations] Una acción puede incluir como máximo { $max } recomendaciones; esta incluye { $n }.
        [partners] Una acción puede incluir como máximo { $max } asociados; esta incluye { $n }.
       *[other] Una acción puede incluir como máximo { $max } metas de los ODS; esta incluye { $n }.
    }
error-action_needs_recommendation = Una acción debe responder al menos a una recomendación. Elija la recomendación a la que responde.
error-due_before_start = La fecha límite ({ $due }) es anterior al inicio ({ $start }). Cambie una de las dos.
error-value_too_large = { $value } es demasiado grande para un valor aquí.
error-not_a_number = «{ $value }» no es un número. Escriba el valor en cifras, por ejemplo 120 o 3,5.
error-indicator_owner = Un indicador pertenece a una acción o a una recomendación: indique una de ellas.
error-baseline_date = Indique la fecha del valor de referencia (AAAA-MM-DD).
error-target_date = Indique la fecha en la que debe alcanzarse la meta (AAAA-MM-DD).
error-target_after_baseline = La fecha de la meta ({ $target }) debe ser posterior a la del valor de referencia ({ $baseline }).
error-zone_empty = Indique una zona horaria: una ciudad como Ginebra o Nueva York, o un nombre de zona como Europe/Zurich.
error-zone_too_long = Una zona horaria tiene como máximo { $max } caracteres: una ciudad como Ginebra o Nueva York, o un nombre de zona como Europe/Zurich.
error-zone_unknown = «{ $value }» no es una zona horaria que CityRights conozca. Escriba una ciudad, como Ginebra o Nueva York, o un nombre de zona como Europe/Zurich.
error-zone_unknown_suggest = «{ $value }» no es una zona horaria que CityRights conozca. ¿Quiso decir { $suggestions }? Escriba una ciudad, como Ginebra o Nueva York, o un nombre de zona como Europe/Zurich.
error-not_a_country_code = «{ $value }» no es un código ISO 3166-1 alfa-3 de un Estado Miembro u observador de las Naciones Unidas. Indique el código de tres letras, por ejemplo SVN para Eslovenia o BOL para Bolivia.
error-not_a_report_kind = «{ $value }» no es un tipo de informe. Utilice uno de: { $codes }.
error-not_a_report_language = «{ $value }» no es un idioma en el que CityRights redacte informes: elija uno de { $codes }.
error-no_library_entry = La Biblioteca no tiene ninguna entrada «{ $id }».
error-unknown_template = Plantilla desconocida «{ $key }».
error-word_limit_range = Un límite de palabras debe estar entre 1 y 100.000 palabras.
error-not_a_value_of =
    { $what ->
        [competence] «{ $value }» no es una competencia. Utilice una de: { $codes }.
       *[other] «{ $value }» no es un estado local. Utilice uno de: { $codes }.
    }
error-no_sdg_code =
    { $what ->
        [target] No existe la meta de los ODS «{ $code }». Escríbala como la numera la ONU, por ejemplo { $example }.
       *[other] No existe el indicador de los ODS «{ $code }». Escríbalo como lo numera la ONU, por ejemplo { $example }.
    }
error-chart_glyph = El gráfico no puede mostrar «{ $chars }»: ninguna de las fuentes que incluye CityRights lo tiene. Cambie el nombre del tema o del departamento que lo usa y exporte de nuevo.
error-cli_import_target = Indique --engagement ID (una nueva contribución) o --into-submission ID (una nueva sección).
error-cli_person = Indique --person ID o --email EMAIL.
error-cli_not_one_of = «{ $value }» no es uno de: { $codes }.
error-cli_map_form = «{ $value }» no tiene la forma FIELD=HEADER, por ejemplo text=Recommendation.
error-cli_map_no_column = El archivo no tiene la columna «{ $header }». Sus columnas son: { $columns }.
error-cli_map_field = «{ $value }» no es un campo: utilice symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism o cycle.
error-cli_template_for = La plantilla «{ $key }» no es para { $mechanism }. Plantillas para él: { $templates }.
error-milestone_bad_date = El hito «{ $title }» tiene una fecha ilegible ({ $date }); edítelo en la aplicación y exporte de nuevo.
error-retention_months = Indique un número de meses de 1 a { $max } (24 son dos años).
error-person_query_short = Escriba al menos dos letras del nombre o de la dirección de correo electrónico de la persona.
error-person_already_removed = Los datos de esta persona ya se han eliminado.
error-no_data_for_email = No se encontraron datos personales con la dirección de correo electrónico { $email }.
error-email_to_erase = Indique la dirección de correo electrónico que desea borrar.
error-reminder_not_days = «{ $value }» no es un número de días. Escriba los días antes de la fecha, separados por comas, por ejemplo 30, 7, 1 (o déjelo vacío si no quiere recordatorios).
error-reminder_too_early = Un recordatorio puede fijarse como máximo { $max } días antes de la fecha (se indicó { $n }).
error-reminders_max = Pueden fijarse como máximo 10 recordatorios para un hito.
error-milestone_kind = Elija lo que marca este hito.
error-date_out_of_reach = Esa fecha está fuera de rango.
error-nothing_to_handle = «{ $title }» no pide nada a la ciudad para su fecha, por lo que no hay nada que marcar como atendido.
error-not_passed_yet = «{ $title }» aún no ha pasado: solo un plazo vencido puede marcarse como atendido.
error-window_closes_before_opening = El período de presentación no puede cerrarse ({ $closes }) antes de abrirse ({ $opens }). Compruebe ambas fechas.
error-stakeholder_kind = Elija qué tipo de parte interesada es.
error-synced_folder = { $path } está dentro de una carpeta de { $sync }. Los programas de sincronización copian la base de datos mientras se escribe, lo que puede dañarla. Mantenga la base de datos en el disco propio de este equipo (la ubicación predeterminada) y deje que las copias de seguridad automáticas vayan a la carpeta sincronizada.
error-network_drive = { $path } está en una unidad de red ({ $fs }). El bloqueo y el registro de escritura anticipada de SQLite no son seguros allí: dos equipos podrían dañar el archivo. Mantenga la base de datos en el disco propio de este equipo (la ubicación predeterminada); una carpeta de red sirve para las copias de seguridad.
error-search_too_long =
    { $what ->
        [characters] Esta búsqueda es demasiado larga ({ $n } caracteres). Una búsqueda puede tener como máximo { $max_words } palabras y { $max_chars } caracteres: busque unas pocas palabras o una frase del texto.
       *[other] Esta búsqueda es demasiado larga ({ $n } palabras). Una búsqueda puede tener como máximo { $max_words } palabras y { $max_chars } caracteres: busque unas pocas palabras o una frase del texto.
    }
error-choose_uhri_first = Elija primero la exportación del Índice Universal de los Derechos Humanos.
error-logo_unreadable = no puede leerse ({ $reason })
error-logo_not_a_file = no es un archivo normal (un dispositivo, una tubería o una carpeta)
error-logo_too_large = supera { $max } MB, mucho más que un logotipo
error-logo_city = El archivo { $path } no puede ser el logotipo de la ciudad: { $why }. Elija una imagen PNG.
error-logo_not_png = no es una imagen PNG
error-logo_not_png_because = no es una imagen PNG ({ $what })
error-logo_word = El logotipo de la ciudad { $path } no puede usarse en el archivo de Word: { $why }. Elija un archivo PNG en el perfil de la ciudad, o quite el logotipo; no se escribió nada.
error-logo_pdf = El logotipo de la ciudad { $path } no puede usarse en el PDF: { $why }. Elija un archivo PNG en el perfil de la ciudad, o quite el logotipo; no se escribió nada.
error-logo_pixels = no pudieron leerse sus píxeles ({ $what })
error-logo_pixels_max = mide { $width } × { $height } píxeles; se aceptan como máximo { $max } × { $max }
error-logo_colours = no pudieron descodificarse sus colores
error-mechanism_kind_unknown = Tipo de mecanismo desconocido: { $kind }
error-mechanism_rule_damaged = La regla guardada de { $code } está dañada: { $what }
error-not_a_value_of_field = «{ $value }» no es un valor de { $field }.

# --- templates ---
# The submission templates' words (assets/templates/*.json give their structure): each
# template's name and description (the template picker, in the interface's language), and
# each section's title and guidance (a new submission's sections, in the submission's language).
template-upr_stakeholder-name = Contribución de las partes interesadas al EPU
template-upr_stakeholder-description = La contribución escrita de una ciudad al Examen Periódico Universal de su Estado, como «otra parte interesada», sola o conjuntamente. Las normas de forma (límite de palabras, formato) son las del ACNUDH; la estructura en secciones es un consejo. El ACNUDH publica en su sitio web el texto íntegro de cada contribución de las partes interesadas (A/HRC/WG.6/48/SVN/3, nota 2): no escriba nada que no publicaría.
template-upr_stakeholder-s1-title = Resumen y palabras clave
template-upr_stakeholder-s1-guidance = En un párrafo breve, exponga las principales preocupaciones de la ciudad y sus recomendaciones fundamentales. A continuación, enumere algunas palabras clave de los ámbitos de derechos humanos tratados (por ejemplo: derecho a una vivienda adecuada; migrantes; no discriminación). Se recomienda incluir un resumen introductorio y palabras clave (orientaciones anteriores del ACNUDH, fuente de terceros).
template-upr_stakeholder-s2-title = La ciudad y sus competencias
template-upr_stakeholder-s2-guidance = Indique en 2 a 4 oraciones qué es la ciudad, qué competencias tiene respecto de los derechos examinados (vivienda, escuelas, policía, servicios sociales...) y cuáles son sus compromisos y órganos en materia de derechos humanos. Diga claramente qué queda fuera de su competencia. Esto explica por qué informa un gobierno local.
template-upr_stakeholder-s3-title = Metodología y consultas
template-upr_stakeholder-s3-guidance = Indique de dónde proceden las pruebas (datos municipales, denuncias, encuestas, el informe de la ciudad sobre derechos humanos), el período abarcado y a quién se consultó: residentes, ONG, la institución nacional de derechos humanos, otros municipios.
template-upr_stakeholder-s4-title = Seguimiento del examen anterior
template-upr_stakeholder-s4-guidance = Retome cada recomendación pertinente del ciclo anterior. Cite su número y el Estado o los Estados que la formularon, por ejemplo «140.7 ... (Maldivas) (Portugal)», e indique si fue apoyada o si se tomó nota de ella. Evalúe después su aplicación a nivel local: lo que hizo la ciudad, lo que cambió (con datos) y las carencias que persisten, incluidas las debidas a la legislación o la financiación nacionales. Trate también, cuando proceda, las recomendaciones de las que se tomó nota.
template-upr_stakeholder-s5-title = Novedades
template-upr_stakeholder-s5-guidance = Exponga las novedades locales importantes ocurridas desde el último examen (nuevas ordenanzas, crisis, desplazamientos, efectos del clima) que ninguna recomendación anterior aborde. Vincule cada una de ellas a una norma de derechos humanos.
template-upr_stakeholder-s6-title = Recomendaciones al Estado
template-upr_stakeholder-s6-guidance = Proponga un número reducido de recomendaciones dirigidas al Estado examinado: las recomendaciones del EPU las formulan Estados a otros Estados. Haga que cada una esté orientada a la acción y sea medible, e indique qué nivel de gobierno debe actuar y qué recursos o coordinación necesita. Cuando una recomendación anterior no se haya aplicado, proponga reiterarla «como se recomendó anteriormente».
template-upr_midterm-name = Informe de mitad de período del EPU
template-upr_midterm-description = Un informe voluntario de mitad de período sobre las recomendaciones del último ciclo del EPU, unos dos años después de que el Consejo de Derechos Humanos aprobara el resultado, elaborado por la ciudad sola o con asociados. No se fija ningún límite de palabras, cauce ni formato para el informe de mitad de período de una ciudad: no se aplican los límites del EPU para las partes interesadas, y puede fijar su propio límite en las normas de la participación. La estructura es una sugerencia.
template-upr_midterm-s1-title = Resumen
template-upr_midterm-s1-guidance = Indique el ciclo, la fecha del examen y la signatura del informe del Grupo de Trabajo, así como las principales conclusiones en pocas líneas.
template-upr_midterm-s2-title = Método y asociados
template-upr_midterm-s2-guidance = Quién participó, qué datos se utilizaron y el período abarcado.
template-upr_midterm-s3-title = Aplicación de las recomendaciones
template-upr_midterm-s3-guidance = Una fila por recomendación en una tabla: número, texto, Estado que la formuló, posición (apoyada o de la que se tomó nota), pertinencia local, medidas adoptadas, pruebas o indicador, estado (ninguna medida / en curso / concluida).
template-upr_midterm-s4-title = Temas prioritarios
template-upr_midterm-s4-guidance = Una exposición sobre los temas en los que la ciudad más actuó, con datos.
template-upr_midterm-s5-title = Obstáculos
template-upr_midterm-s5-guidance = Lo que lo impide, incluida la coordinación entre niveles de gobierno y la financiación.
template-upr_midterm-s6-title = Próximos pasos
template-upr_midterm-s6-guidance = Lo que hará la ciudad antes del próximo examen.
template-tb_list_of_issues-name = Órgano de tratado: contribución a la lista de cuestiones
template-tb_list_of_issues-description = Contribución a la lista de cuestiones (LOI) de un comité o a la lista de cuestiones previa a la presentación del informe (LOIPR): breve, formada por preguntas, sin recomendaciones para las observaciones finales. La ciudad escribe como autoridad pública que forma parte del Estado parte: coordínese con el órgano nacional encargado de los informes.
template-tb_list_of_issues-s1-title = Resumen ejecutivo
template-tb_list_of_issues-s1-guidance = Enumere las preocupaciones prioritarias por orden de prioridad, en pocas líneas.
template-tb_list_of_issues-s2-title = Acerca de la ciudad que presenta la contribución
template-tb_list_of_issues-s2-guidance = Describa la ciudad, su mandato y sus competencias, y explique por qué su información es fiable. Indique que quien presenta la contribución es una autoridad pública y no una ONG. La ciudad forma parte del Estado parte: las páginas del ACNUDH llaman a lo que envían otros «contribuciones de partes interesadas distintas del Estado parte», y el documento A/HRC/28/62 señala que las obligaciones de derechos humanos se extienden a todos los niveles de gobierno. Coordínese con el órgano nacional que prepara el informe del Estado antes de contradecirlo, e indique en qué difiere la opinión de la ciudad y por qué.
template-tb_list_of_issues-s3-title = Cuestiones y preguntas propuestas
template-tb_list_of_issues-s3-guidance = Para cada cuestión (siga los artículos del tratado o, en el caso del Comité de los Derechos del Niño, los grupos temáticos del Comité): dé un breve contexto con datos locales, explique por qué debe figurar en la lista de cuestiones y proponga de 1 a 3 preguntas precisas que el Comité podría formular al Estado. No escriba recomendaciones para las observaciones finales en esta etapa.
template-tb_list_of_issues-s4-title = Fuentes
template-tb_list_of_issues-s4-guidance = Indique la fuente de cada afirmación de hecho. Diga quién reunió los datos, cuándo y cómo. No se base nunca en fuentes anónimas.
template-tb_session_report-name = Órgano de tratado: informe para el período de sesiones
template-tb_session_report-description = Un informe completo para el diálogo constructivo del comité con el Estado, por artículo o por pregunta de la lista de cuestiones, con recomendaciones propuestas. La ciudad escribe como autoridad pública que forma parte del Estado parte: coordínese con el órgano nacional encargado de los informes.
template-tb_session_report-s1-title = Resumen ejecutivo
template-tb_session_report-s1-guidance = Enumere las preocupaciones prioritarias y las recomendaciones principales por orden de prioridad.
template-tb_session_report-s2-title = Acerca de la ciudad que presenta la contribución
template-tb_session_report-s2-guidance = Describa la ciudad, su mandato y sus competencias, y su credibilidad. Indique que quien presenta la contribución es una autoridad pública y no una ONG. La ciudad forma parte del Estado parte: las páginas del ACNUDH llaman a lo que envían otros «contribuciones de partes interesadas distintas del Estado parte», y el documento A/HRC/28/62 señala que las obligaciones de derechos humanos se extienden a todos los niveles de gobierno. Coordínese con el órgano nacional que prepara el informe del Estado antes de contradecirlo, e indique en qué difiere la opinión de la ciudad y por qué.
template-tb_session_report-s3-title = Cuestiones por artículo o por pregunta de la lista de cuestiones
template-tb_session_report-s3-guidance = Siga los artículos del tratado por orden (o, en el procedimiento simplificado, las preguntas de la lista de cuestiones por número). Para cada uno: lo que ocurre a nivel local, con datos desglosados; lo que el informe del Estado omite o presenta de forma inexacta y si se aplicaron las observaciones finales anteriores; pruebas precisas; y recomendaciones concretas, adaptadas al país.
template-tb_session_report-s4-title = Recomendaciones propuestas
template-tb_session_report-s4-guidance = Reúna las recomendaciones que propone para las observaciones finales, concretas y medibles, por orden de prioridad.
template-tb_session_report-s5-title = Conclusión
template-tb_session_report-s5-guidance = Recuerde brevemente las cuestiones principales. Puede reiterar las recomendaciones.
template-tb_session_report-s6-title = Fuentes
template-tb_session_report-s6-guidance = Cite las fuentes con precisión. En el caso del Comité de los Derechos del Niño, los anexos no se cuentan en el límite de palabras (según Child Rights Connect).
template-tb_follow_up_info-name = Órgano de tratado: información para el procedimiento de seguimiento
template-tb_follow_up_info-description = Información para el relator de seguimiento de un comité sobre las pocas recomendaciones que las observaciones finales seleccionan para el seguimiento (sus últimos párrafos las indican y fijan el plazo). El informe de seguimiento es el del Estado; el relator examina todas las fuentes disponibles, entre ellas las instituciones nacionales de derechos humanos y las ONG, por lo que la ciudad puede enviar su propia información. No se publica ningún límite de palabras para ella: sea breve.
template-tb_follow_up_info-s1-title = Resumen
template-tb_follow_up_info-s1-guidance = Las observaciones finales (signatura y fecha), las recomendaciones seleccionadas para el seguimiento (números de párrafo) y la valoración general de la ciudad en dos o tres líneas.
template-tb_follow_up_info-s2-title = Recomendaciones seleccionadas para el seguimiento
template-tb_follow_up_info-s2-guidance = Cite cada recomendación seleccionada, con su número de párrafo, tal como la formulan las observaciones finales.
template-tb_follow_up_info-s3-title = Lo que ha hecho la ciudad
template-tb_follow_up_info-s3-guidance = Para cada una: las medidas que adoptó la ciudad, con fechas, presupuestos y cifras, y lo que cambió para las personas afectadas. Diga claramente lo que no se ha hecho y por qué. La ciudad forma parte del Estado parte: cuando difiera del informe de seguimiento del Estado, dígalo con pruebas.
template-tb_follow_up_info-s4-title = Fuentes
template-tb_follow_up_info-s4-guidance = Indique la fuente de cada cifra: quién la reunió, cuándo y cómo.
template-sp_call_for_input-name = Procedimientos especiales: respuesta a una convocatoria de contribuciones
template-sp_call_for_input-description = Una respuesta a una convocatoria de contribuciones de un titular de mandato de los procedimientos especiales o del ACNUDH, que sigue la numeración de las preguntas de la convocatoria. Añada una sección por pregunta de la convocatoria. Responda solo a lo que la ciudad pueda demostrar; la convocatoria fija su propio límite de palabras, idioma y plazo.
template-sp_call_for_input-s1-title = Pregunta 1
template-sp_call_for_input-s1-guidance = Repita la pregunta (o su número) como título de esta sección; añada una sección por pregunta de la convocatoria y responda solo a aquellas que la ciudad pueda demostrar. Para cada respuesta: i) el marco jurídico y normativo a nivel de la ciudad; ii) las medidas y buenas prácticas, con fechas y presupuestos; iii) los datos y resultados, desglosados; iv) las dificultades, incluida la dependencia de la legislación o la financiación nacionales.
template-sp_call_for_input-s2-title = Enlaces a los anexos
template-sp_call_for_input-s2-guidance = Enlaces a las ordenanzas, informes y conjuntos de datos mencionados.
template-state_report_input-name = Contribución al informe nacional o a la consulta nacional del Estado
template-state_report_input-description = La contribución de la ciudad al informe que su Estado prepara para el EPU o un órgano de tratado, o a la consulta nacional del Estado sobre dicho informe. Se dirige al órgano nacional que coordina el informe (a menudo un mecanismo nacional de aplicación, presentación de informes y seguimiento), no a las Naciones Unidas: los límites de palabras de las Naciones Unidas no se aplican, así que siga lo que pida el órgano nacional.
template-state_report_input-s1-title = Resumen
template-state_report_input-s1-guidance = En pocas líneas: lo que aporta la ciudad, sobre qué recomendaciones o artículos, y el punto o los dos puntos que más desea que refleje el informe nacional.
template-state_report_input-s2-title = Las competencias y las fuentes de la ciudad
template-state_report_input-s2-guidance = Qué servicios públicos presta la ciudad respecto de los derechos de que se trata (vivienda, agua, escuelas, policía, servicios sociales…), y de dónde proceden los datos que figuran a continuación, con sus fechas.
template-state_report_input-s3-title = Aplicación a nivel local
template-state_report_input-s3-guidance = Para cada recomendación o artículo que abarcará el informe nacional: lo que ha hecho la ciudad desde el último examen, con cifras y fechas, y lo que cambió para los residentes. Cite el número de la recomendación o el artículo.
template-state_report_input-s4-title = Dificultades que requieren medidas nacionales
template-state_report_input-s4-guidance = Lo que la ciudad no puede resolver sola: legislación nacional, financiación, datos, coordinación entre niveles de gobierno. Indique qué medidas nacionales serían útiles.
template-state_report_input-s5-title = Texto propuesto para el informe nacional
template-state_report_input-s5-guidance = Opcional: párrafos breves que el órgano nacional pueda retomar tal cual, en el estilo propio del informe.
template-state_report_input-s6-title = Contacto para el seguimiento
template-state_report_input-s6-guidance = Quién responde en la ciudad a las preguntas del órgano nacional, y para cuándo puede la ciudad revisar el proyecto de informe.
template-local_human_rights_report-name = Informe local sobre derechos humanos
template-local_human_rights_report-description = El informe periódico de la propia ciudad sobre los derechos humanos en la ciudad, como los que publican las ciudades de derechos humanos cada uno o dos años: a qué se comprometió la ciudad, qué hizo, qué recomendaron las Naciones Unidas y cómo les da seguimiento, con datos. Está dirigido a los residentes y al concejo municipal, y puede compartirse con los mecanismos de las Naciones Unidas como prueba. No se aplica ningún límite de palabras de las Naciones Unidas.
template-local_human_rights_report-s1-title = Prólogo
template-local_human_rights_report-s1-guidance = Unas breves palabras del alcalde o del concejo: por qué la ciudad informa sobre los derechos humanos, y el período abarcado.
template-local_human_rights_report-s2-title = Los compromisos de la ciudad
template-local_human_rights_report-s2-guidance = Los compromisos de derechos humanos que ha asumido la ciudad (una carta, una declaración, decisiones del concejo) y los órganos que los llevan a cabo (una oficina, una defensoría, una comisión).
template-local_human_rights_report-s3-title = Avances por tema
template-local_human_rights_report-s3-guidance = Una parte por tema (vivienda, agua, educación, salud, seguridad, participación…): lo que se había previsto, lo que se hizo, con cifras y fechas, y lo que queda por hacer.
template-local_human_rights_report-s4-title = Recomendaciones de las Naciones Unidas y su seguimiento
template-local_human_rights_report-s4-guidance = Las recomendaciones que los mecanismos de las Naciones Unidas dirigieron al Estado y que atañen a las competencias de la ciudad, lo que hizo la ciudad respecto de cada una, y su estado.
template-local_human_rights_report-s5-title = Participación
template-local_human_rights_report-s5-guidance = Cómo participaron los residentes, la sociedad civil y la institución nacional de derechos humanos en la preparación de este informe.
template-local_human_rights_report-s6-title = Indicadores
template-local_human_rights_report-s6-guidance = Los indicadores que sigue la ciudad, con su valor de referencia, su meta y su último valor, y sus fuentes.
template-local_human_rights_report-s7-title = Próximos pasos
template-local_human_rights_report-s7-guidance = Lo que hará la ciudad antes del próximo informe, quién es responsable y en qué plazo.

# --- CLI help (clap) ---
# `cityrights --help` in the reader's language (src/cli/help.rs). clap's own words first: the
# headings end with their colon, as the language writes it.
cli-clap-usage = Uso:
cli-clap-commands = Comandos:
cli-clap-arguments = Argumentos:
cli-clap-options = Opciones:
cli-clap-print_help = Mostrar la ayuda
cli-clap-print_help_more = Mostrar la ayuda (más detalles con «--help»)
cli-clap-print_help_summary = Mostrar la ayuda (un resumen con «-h»)
cli-clap-print_version = Mostrar la versión
cli-clap-help_command = Mostrar este mensaje o la ayuda de los subcomandos indicados
cli-clap-help_command_arg = Mostrar la ayuda de los subcomandos
cli-clap-default = valor predeterminado:
cli-clap-possible_values = valores posibles:
cli-clap-error = error:
cli-clap-unknown_argument = argumento inesperado «{ $arg }»
cli-clap-unknown_command = subcomando desconocido «{ $command }»
cli-clap-missing_argument = no se proporcionaron los siguientes argumentos obligatorios: { $args }
cli-clap-missing_command = «{ $command }» requiere un subcomando, que no se proporcionó
cli-clap-invalid_value = valor «{ $value }» no válido para «{ $arg }»
cli-clap-similar_command = sugerencia: existe un subcomando parecido: «{ $suggestion }»
cli-clap-similar_argument = sugerencia: existe un argumento parecido: «{ $suggestion }»
cli-clap-similar_value = sugerencia: existe un valor parecido: «{ $suggestion }»
cli-clap-more = Para obtener más información, pruebe «--help».
# The commands' descriptions and their arguments' help, word for word the doc comments of
# src/cli/*.rs (the test in src/cli/help.rs says which are missing or different).
cli-help = CityRights: las contribuciones de una ciudad a los mecanismos de derechos humanos de las Naciones Unidas, desde la línea de comandos.
cli-help-_after = La base de datos es el archivo propio de la aplicación, salvo que se indique --db; la variable de entorno CITYRIGHTS_DB sustituye ese archivo predeterminado tanto para la aplicación como para la línea de comandos.
cli-help--db = Archivo de base de datos que se utilizará (por defecto: $CITYRIGHTS_DB o, si no, el archivo de la aplicación en la carpeta de datos del sistema)
cli-help-demo = Rellenar una base de datos vacía con la ciudad de demostración «Exampleville (demo)» (rechaza una base que no esté vacía)
cli-help-engagements = Participaciones: los exámenes y convocatorias en los que participa la ciudad
cli-help-engagements-list = Enumerar las participaciones (id, título, mecanismo, etapa)
cli-help-engagements-add = Añadir una participación (CODE tal como lo muestra `engagements list`: UPR, CESCR…, SP); con --session-start, su período de sesiones como hito
cli-help-engagements-add--state = El Estado examinado
cli-help-deadlines = Hitos que vencen desde hoy hasta dentro de DAYS días, el más próximo primero
cli-help-deadlines--within = Cuántos días hacia adelante se consideran
cli-help-deadlines--json = Mostrar una matriz JSON (engagement_id, kind, title, due, time_zone, …)
cli-help-calendar = El calendario: todos los hitos en un archivo iCalendar, para Outlook y otros calendarios
cli-help-calendar-export = Escribir los hitos en un archivo iCalendar (.ics): un evento por hito con un UID estable (importar de nuevo actualiza en lugar de duplicar), horas en UTC, una alarma por recordatorio
cli-help-calendar-export--output = El archivo que se escribirá (se sustituye si existe)
cli-help-calendar-export--engagement = Solo los hitos de esta participación (por defecto: todas las participaciones)
cli-help-calendar-export--language = El idioma de las descripciones y alarmas (en, fr, es, ar, ru, zh; por defecto: el idioma de la interfaz, elegido en Configuración, o el de LANG)
cli-help-export = Exportar una contribución a un archivo para las Naciones Unidas: PDF o Word (.docx)
cli-help-export-docx = Escribir una contribución como documento de Word: el encabezado de la plantilla, párrafos numerados 1, 2, 3… con la numeración de Word, notas al pie reales, números de página, A4 o Carta
cli-help-export-docx--submission = La contribución que se exportará
cli-help-export-docx--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-export-pdf = Escribir una contribución como PDF listo para enviar: el encabezado de la plantilla, párrafos numerados, notas al pie de su página, marcadores, números de página; en cualquiera de los seis idiomas de las Naciones Unidas
cli-help-export-pdf--submission = La contribución que se exportará
cli-help-export-pdf--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-export-pdf--json = Mostrar lo escrito en JSON (path, pages, bytes, paragraphs, footnotes)
cli-help-submissions = Contribuciones: enumerarlas
cli-help-submissions-list = Enumerar las contribuciones (id, engagement_id, título, estado)
cli-help-submission = Una contribución: importarla desde Markdown o Word, contar sus palabras, marcarla como enviada o iniciar una nueva versión después de enviarla
cli-help-submission-import = Crear una contribución a partir de un archivo Markdown (.md) o Word (.docx), según la extensión: los títulos abren secciones, los párrafos y los párrafos numerados se conservan, las notas al pie siguen siendo notas al pie. Con --into-submission, el archivo pasa a ser en cambio una nueva sección de esa contribución. Lo que contenía un archivo de Word y no pudo conservarse (comentarios, cambios con control aceptados, imágenes…) se enumera en stderr
cli-help-submission-import--engagement = La participación a la que corresponde la nueva contribución
cli-help-submission-import--into_submission = Añadir el archivo a esta contribución existente como una sección (el documento de un departamento)
cli-help-submission-import--title = Título de la contribución, o de la sección con --into-submission (por defecto: el título del archivo)
cli-help-submission-import--language = El idioma del texto de la nueva contribución (por defecto: el idioma predeterminado de la ciudad): el encabezado, las fechas y la división de palabras de sus exportaciones lo siguen
cli-help-submission-import--file = El archivo: .md (Markdown UTF-8) o .docx (Word)
cli-help-submission-import--json = Mostrar {"{"}"id": …{"}"}
cli-help-submission-show = Una contribución en resumen: su título, idioma y secciones (id, título, palabras, responsable)
cli-help-submission-show--json = Mostrar {"{"}"id", "title", "language", "status", "sections": [{"{"}"id", "title", "words", "owner"{"}"}]{"}"}
cli-help-submission-stats = Palabras, límite, párrafos, notas al pie y secciones de una contribución. Las palabras son las del documento tal como se envía —título, encabezado, títulos de sección, texto y (cuando la norma las cuenta) notas al pie—, con las palabras de cada parte en `breakdown`
cli-help-submission-mark-submitted = Registrar que se envió una contribución: la fecha, el canal y el archivo exacto (guardado en la base de datos con su SHA-256), con una revisión bloqueada del texto. Después su texto es de solo lectura, hasta que se inicie una nueva versión con `submission reopen`; la etapa de la participación avanza a «enviada»
cli-help-submission-mark-submitted--file = El archivo exacto que se envió (100 MB como máximo)
cli-help-submission-mark-submitted--channel = Cómo se envió, por ejemplo «UPR online submission system» o «correo electrónico a la secretaría»
cli-help-submission-mark-submitted--date = Cuándo se envió (por defecto: hoy)
cli-help-submission-mark-submitted--json = Mostrar lo registrado: sha256, revision_id, engagement_stage…
cli-help-submission-reopen = Iniciar una nueva versión de una contribución marcada como enviada: su texto puede modificarse de nuevo, y se conserva el registro de lo enviado (fecha, canal, archivo, SHA-256, revisión bloqueada)
cli-help-submission-reopen--json = Mostrar lo que se hizo y lo que se conservó
cli-help-section = Una sección: sustituir su texto por el de un archivo Markdown o Word
cli-help-section-replace = Sustituir el texto de una sección por el de un archivo Markdown (.md) o Word (.docx), como lo haría una edición en el editor: una nueva versión de la sección, el estado anterior guardado como revisión cuando corresponde, su título sin cambios. Se rechaza si la contribución ya se envió
cli-help-section-replace--file = El archivo: .md (Markdown UTF-8) o .docx (Word)
cli-help-section-replace--json = Mostrar {"{"}"id", "version", "words"{"}"}
cli-help-revisions = Las revisiones de una contribución (automáticas, con nombre, tal como se envió, aportaciones aceptadas)
cli-help-revisions-list = Las revisiones de una contribución, de la más reciente a la más antigua: automáticas, con nombre, antes de una restauración, tal como se envió, y aportaciones aceptadas (que indican su autor)
cli-help-revisions-list--json = Mostrar [{"{"}"id", "kind", "name", "author", "created", "words"{"}"}]
cli-help-contribution = Aportaciones de los departamentos: solicitar secciones y recomendaciones en un paquete, trabajar en él en otro equipo, devolverlo y revisar lo que vuelve antes de que modifique nada
cli-help-contribution-request = Guardar un paquete de aportación que solicita a un departamento (o a una persona) secciones de una contribución o recomendaciones con su seguimiento: el archivo contiene exactamente lo elegido, las indicaciones de la plantilla, la norma vigente y la fecha límite, y nada más de la base de datos de la ciudad. La solicitud queda registrada; la fecha límite se añade al calendario
cli-help-contribution-request--sections = Una sección que se solicita (repítase para varias; si no se indica ninguna ni --recommendation: todas las secciones de la contribución)
cli-help-contribution-request--recommendations = Una recomendación sobre la que se consulta (repítase para varias)
cli-help-contribution-request--to = A quién se solicita: «Departamento de Vivienda», o el nombre de una persona
cli-help-contribution-request--due = Fecha límite de la aportación
cli-help-contribution-request--message = Un mensaje para quien aporta, que se muestra al abrir el paquete
cli-help-contribution-request--output = El archivo de paquete que se escribirá (.cityrights-contribution)
cli-help-contribution-request--json = Mostrar {"{"}"request_id", "sections", "recommendations", "file", "milestone_id"{"}"}
cli-help-contribution-open = Convertir esta base de datos en el espacio de trabajo de quien aporta a partir de un paquete de solicitud: una nueva base de datos que contiene solo lo enviado (utilice --db ARCHIVO-NUEVO; se rechaza una base de datos que ya contenga trabajo)
cli-help-contribution-open--json = Mostrar {"{"}"sections", "recommendations", "submission_id", "origin", "path"{"}"}
cli-help-contribution-return = En el espacio de trabajo de quien aporta: guardar un paquete de respuesta con todo lo modificado desde la solicitud, cada cambio con su autor y su hora
cli-help-contribution-return--author = Quién hizo los cambios (por defecto: la persona indicada en la solicitud)
cli-help-contribution-return--json = Mostrar {"{"}"sections_changed", "recommendations_changed", "file"{"}"}
cli-help-contribution-import = Importar el paquete de respuesta de un departamento en la cola de aportaciones. Nada del texto ni del seguimiento de la ciudad cambia hasta que se acepte un cambio
cli-help-contribution-import--json = Mostrar {"{"}"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …{"}"}
cli-help-contribution-list = La cola de aportaciones: cada respuesta recibida, con su situación (pendiente, aceptada, rechazada, aceptada en parte)
cli-help-contribution-show = Los cambios de una respuesta: por sección, el texto enviado, el de quien aporta y el actual, palabra por palabra; por recomendación, cada campo modificado
cli-help-contribution-accept = Aceptar cambios de una respuesta: cada uno pasa a ser el texto o el seguimiento de la ciudad; el texto aceptado es una nueva revisión que indica su autor. Un cambio que el funcionario también hizo entretanto queda pendiente y se señala como conflicto, salvo con --overwrite-mine
cli-help-contribution-accept--sections = Los cambios de esta sección (repítase para varias)
cli-help-contribution-accept--recommendations = Los cambios de esta recomendación (repítase para varias)
cli-help-contribution-accept--changes = Un cambio, por su id en `contribution show` (repítase para varios)
cli-help-contribution-accept--all = Todos los cambios aún pendientes
cli-help-contribution-accept--overwrite_mine = Tomar el valor de quien aporta incluso donde el funcionario lo modificó después de la solicitud (el texto del funcionario queda en la revisión tomada antes)
cli-help-contribution-reject = Rechazar cambios de una respuesta: no se escribe nada de ellos
cli-help-contribution-reject--sections = Los cambios de esta sección (repítase para varias)
cli-help-contribution-reject--recommendations = Los cambios de esta recomendación (repítase para varias)
cli-help-contribution-reject--changes = Un cambio, por su id en `contribution show` (repítase para varios)
cli-help-contribution-reject--all = Todos los cambios aún pendientes
cli-help-recommendations = Recomendaciones dirigidas al Estado: importarlas (exportación del Índice Universal de los Derechos Humanos, informe del Grupo de Trabajo, lista temática del ACNUDH, CSV), enumerarlas, buscarlas, exportar la matriz de seguimiento
cli-help-recommendations-import-uhri = Importar las recomendaciones dirigidas a un Estado desde la exportación completa del Índice Universal de los Derechos Humanos del ACNUDH (JSON, leído como flujo). Importar de nuevo actualiza según AnnotationId
cli-help-recommendations-import-uhri--file = La exportación completa del Índice Universal (export-full-en.json)
cli-help-recommendations-import-uhri--country = El Estado, como código ISO 3166-1 alfa-3 (por ejemplo, SVN)
cli-help-recommendations-import-uhri--json = Mostrar {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-report = Importar las recomendaciones de un informe del Grupo de Trabajo sobre el EPU a partir de su texto (copiado del PDF o guardado con pdftotext). FILE puede ser «-» para la entrada estándar
cli-help-recommendations-import-report--symbol = La signatura del informe, por ejemplo, A/HRC/59/15
cli-help-recommendations-import-thematic-list = Importar la lista temática de recomendaciones del ACNUDH (.docx): posiciones, temas, ODS. Actualiza las recomendaciones ya importadas del informe
cli-help-recommendations-import-thematic-list--symbol = La signatura del informe, cuando la lista no indica «Source of Position»
cli-help-recommendations-import-csv = Importar un archivo CSV. Las columnas se reconocen por su encabezado, salvo que se indiquen con --map (por ejemplo, --map text=Recommendation --map symbol="Document")
cli-help-recommendations-import-csv--map = CAMPO=ENCABEZADO: symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism o cycle, y el encabezado de la columna que lo contiene
cli-help-recommendations-import-csv--symbol = La signatura de todas las filas, cuando el archivo no tiene columna de signatura
cli-help-recommendations-list = Enumerar las recomendaciones (id, signatura, párrafo, texto, recommending_states, respuesta, …)
cli-help-recommendations-list--symbol = Solo las de este documento, por ejemplo, A/HRC/59/15
cli-help-recommendations-search = Búsqueda de texto completo, la mejor coincidencia primero
cli-help-recommendations-search--limit = Número máximo de resultados
cli-help-recommendations-export-csv = Escribir la matriz de seguimiento (recomendación, competencia, departamento, estado, constancias) en CSV
cli-help-recommendations-export-csv--symbol = Solo las de este documento
cli-help-recommendations-export-csv--language = El idioma de sus encabezados y de sus propios textos (en, fr, es, ar, ru, zh; por defecto: el idioma de la interfaz, elegido en Configuración, o el de LANG)
cli-help-recommendations-export-pdf = Escribir la matriz de seguimiento como tabla PDF (horizontal, con el encabezado repetido en cada página)
cli-help-recommendations-export-pdf--symbol = Solo las de este documento
cli-help-recommendations-export-pdf--language = El idioma de sus encabezados y de sus propios textos (en, fr, es, ar, ru, zh; por defecto: el idioma de la interfaz, elegido en Configuración, o el de LANG)
cli-help-recommendations-export-xlsx = Escribir la matriz de aplicación como libro de Excel (.xlsx): una fila por recomendación con su ID, signatura, párrafo, id de anotación del Índice Universal, texto, Estados que recomiendan, respuesta, temas, grupos, objetivos y metas de los ODS, competencia, departamento, acciones, indicadores, estado local y constancias; una fila de encabezado con filtros, paneles inmovilizados y texto ajustado
cli-help-recommendations-export-xlsx--symbol = Solo las de este documento
cli-help-recommendations-export-xlsx--language = El idioma de sus encabezados y de sus propios textos (en, fr, es, ar, ru, zh; por defecto: el idioma de la interfaz, elegido en Configuración, o el de LANG)
cli-help-recommendations-import-xlsx = Volver a leer una matriz de aplicación (.xlsx, tal como la escribe export-xlsx): sus columnas Estado local, Departamento y Constancias. Las filas se emparejan por ID, después por id de anotación del Índice Universal y después por signatura y párrafo. Las notas de constancia solo se añaden, nunca se eliminan
cli-help-recommendations-import-xlsx--dry_run = Mostrar lo que cambiaría sin escribir nada
cli-help-recommendations-import-xlsx--json = Mostrar {"{"}"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"{"}"}
cli-help-recommendations-update = Modificar el seguimiento de una recomendación por la ciudad; --evidence añade una nota con la fecha de hoy
cli-help-recommendations-update--id = El id de la recomendación (`recommendations list --json`)
cli-help-recommendations-update--local_status = not_started, in_progress, implemented o not_applicable
cli-help-recommendations-update--department = El departamento responsable (de la lista de la ciudad; un nombre nuevo se añade a ella)
cli-help-recommendations-update--competence = exclusive, shared, none o unknown
cli-help-recommendations-update--evidence = Lo que se hizo, añadido como nota de constancia con la fecha de hoy
cli-help-recommendations-update--json = Mostrar la recomendación como lo hace `list --json`, con sus notas `evidence`
cli-help-recommendations-delete = Mover una recomendación a la papelera, con el seguimiento de la ciudad (competencia, departamento, estado, etiquetas, constancias). `cityrights bin restore recommendation ID` la recupera
cli-help-recommendations-delete--id = El id de la recomendación (`recommendations list --json`)
cli-help-recommendations-delete--json = Mostrarla como la enumera la papelera: {"{"}"kind", "id", "title", "context", "deleted_at"{"}"}
cli-help-bin = La papelera: participaciones, contribuciones y secciones eliminadas
cli-help-bin-list = Enumerar lo que hay en la papelera
cli-help-bin-restore = Sacar un elemento de la papelera
cli-help-bin-restore--kind = engagement, submission, section, milestone o recommendation
cli-help-bin-empty = Eliminar definitivamente todo lo que hay en la papelera (requiere --yes)
cli-help-bin-empty--yes = Confirmar que todo lo que hay en la papelera se eliminará definitivamente
cli-help-backup = Copias de seguridad: hacer una, enumerarlas o restaurar una (antes se hace una copia de la base de datos actual)
cli-help-backup-create = Hacer ahora una copia de seguridad de la base de datos (en `backups/`, junto a ella), verificada una vez escrita
cli-help-backup-list = Enumerar las copias de seguridad, de la más reciente a la más antigua, con su contenido
cli-help-backup-restore = Poner una copia de seguridad en lugar de la base de datos. Antes se hace una copia de la base de datos actual
cli-help-backup-restore--file = El archivo de copia de seguridad (véase `backup list`)
cli-help-workspace = Todo el espacio de trabajo en un solo archivo (base de datos y logotipo de la ciudad), para pasarlo a otro equipo
cli-help-workspace-export = Escribir la base de datos (una instantánea coherente y verificada) y el logotipo de la ciudad en un solo archivo. Funciona con la aplicación abierta
cli-help-workspace-export--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-workspace-export--json = Mostrar {"{"}"path", "bytes", "engagements", "submissions", …{"}"}
cli-help-workspace-import = Sustituir la base de datos por el espacio de trabajo de FILE, tras verificar el archivo completo. Antes se hace una copia de la base de datos actual; se rechaza un archivo de una versión más reciente de CityRights
cli-help-workspace-import--json = Mostrar {"{"}"path", "bytes", "engagements", "submissions", "backup", …{"}"}
cli-help-consultations = Consultas: a quién consultó la ciudad para una participación, con las personas que participaron
cli-help-consultations-list = Enumerar las consultas, de la más reciente a la más antigua, con sus participantes
cli-help-consultations-list--engagement = Solo las de esta participación
cli-help-personal-data = Datos personales de las personas consultadas: encontrar a una persona, borrarla en todas partes o suprimir lo que ha superado el plazo de conservación. Las copias de seguridad hechas antes siguen conteniendo los datos anteriores
cli-help-personal-data-find = Encontrar a las personas cuyo nombre o correo electrónico contiene QUERY, con cada lugar en que aparecen
cli-help-personal-data-erase = Borrar a una persona en todas partes en una sola transacción: como participante pasa a ser «Participante n» (la consulta se mantiene); su nombre y su correo electrónico desaparecen de los contactos y las notas. Las menciones en los borradores se enumeran, no se modifican (salvo con --in-text)
cli-help-personal-data-erase--person = El id de un participante (de `personal-data find`): esa persona, dondequiera que aparezca su nombre o su correo electrónico
cli-help-personal-data-erase--email = Todas las personas registradas con esta dirección de correo electrónico
cli-help-personal-data-erase--in_text = Sustituir también el nombre y el correo electrónico en los borradores y su historial (versiones anteriores) por «[nombre suprimido]» / «[correo suprimido]». El archivo registrado como enviado no se modifica
cli-help-personal-data-purge-expired = Anonimizar a los participantes de las consultas más antiguas que el plazo de conservación
cli-help-library = Lo que las Naciones Unidas han dicho sobre los gobiernos locales: resoluciones, informes y guías, con la importancia de cada uno para una ciudad (integrada; no necesita base de datos)
cli-help-library-list = Enumerar todas las entradas, agrupadas por tipo (resoluciones, informes, guías), de la más antigua a la más reciente: signatura, título, fecha, importancia para una ciudad, dirección y si está verificada
cli-help-library-list--json = Mostrar una matriz JSON (id, symbol, title, author, date, kind, summary, url, verified, caveat, source, read_on)
cli-help-rules = La norma de presentación vigente para un mecanismo (y una plantilla): límite de palabras, lo que se cuenta, idiomas, formatos y su fuente (funciona sin base de datos)
cli-help-rules--mechanism = Código del mecanismo: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED o SP
cli-help-rules--template = El ID de una plantilla (su nombre de archivo en assets/templates, por ejemplo, upr_midterm): algunas no siguen el límite de palabras del mecanismo
cli-help-rules--joint = El límite para una contribución conjunta (varios coautores)
cli-help-rules--json = Mostrar JSON: `word_limit` (null si no hay límite), `counts`, `languages`, `formats`, `status`, `source`, `last_confirmed`, y más
cli-help-actions = Las acciones del plan de aplicación: lo que hace la ciudad respecto de las recomendaciones
cli-help-actions-add = Añadir una acción que atiende una o varias recomendaciones
cli-help-actions-add--recommendations = Una recomendación que atiende (su id; al menos una)
cli-help-actions-add--department = El departamento principal
cli-help-actions-add--partners = Un asociado (una parte interesada o cualquier organización), una vez por asociado
cli-help-actions-add--status = planned, in_progress, done, delayed o dropped (por defecto: planned)
cli-help-actions-add--budget_line = La partida presupuestaria, tal como la denomina el presupuesto de la ciudad
cli-help-actions-add--sdg_targets = Una meta de los ODS a la que contribuye («11.1»), una vez por meta
cli-help-actions-list = Enumerar las acciones (id, título, departamento, estado, inicio, fecha límite, recomendaciones, metas de los ODS, indicadores), por fecha límite
cli-help-actions-list--recommendation = Solo las que atienden esta recomendación
cli-help-actions-update = Modificar el estado o la fecha límite de una acción
cli-help-actions-update--status = planned, in_progress, done, delayed o dropped
cli-help-actions-delete = Eliminar definitivamente una acción, con sus indicadores y sus mediciones
cli-help-indicators = Los indicadores del plan de aplicación y sus mediciones
cli-help-indicators-add = Añadir un indicador bajo una acción o directamente bajo una recomendación
cli-help-indicators-add--sdg_indicator = Un indicador mundial de los ODS sobre el que informa («11.1.1»)
cli-help-indicators-measure = Registrar una medición de un indicador
cli-help-indicators-measure--source = De dónde procede el valor
cli-help-indicators-list = Enumerar los indicadores (id, nombre, unidad, base de referencia, meta, último valor, progreso, mediciones)
cli-help-indicators-list--action = Solo los de esta acción
cli-help-sdgs = Los Objetivos de Desarrollo Sostenible (integrados), y las metas de los ODS vinculadas a una recomendación
cli-help-sdgs-goals = Los 17 objetivos (en el idioma de LANG, o si no en inglés; --json da los seis idiomas de las Naciones Unidas, y la fuente)
cli-help-sdgs-link = Vincular metas de los ODS a una recomendación (sustituyendo las vinculadas antes; ninguna las borra)
cli-help-timeline = Los hitos que la aplicación propone para un período de sesiones (funciona sin base de datos)
cli-help-timeline-propose = Los hitos que la aplicación propone para un período de sesiones (los mismos que el «calendario propuesto» de la aplicación): todos, salvo el período de sesiones, son estimaciones, con su fundamento
cli-help-timeline-propose--mechanism = Código del mecanismo: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED o SP
cli-help-timeline-propose--session_start = Primer día del período de sesiones (para el EPU, del período de sesiones del Grupo de Trabajo)
cli-help-timeline-propose--session_end = Último día del período de sesiones, si se conoce
cli-help-timeline-propose--json = Mostrar JSON: un objeto con `mechanism`, `deadline_known`, `note` y `milestones` (`kind`, `title`, `due`, `time_zone`, `estimate`, `basis`, `passed`, …)
cli-help-report = Informes redactados a partir del plan de aplicación de la ciudad, como nuevos borradores de contribución
cli-help-report-generate = Redactar un informe a partir de lo que la ciudad ha registrado, como nuevo borrador de contribución de una participación: un informe de mitad de período del EPU, información para el seguimiento de un órgano de tratado, o el propio informe de derechos humanos de la ciudad
cli-help-report-generate--kind = upr-midterm, tb-follow-up o local
cli-help-report-generate--engagement = La participación a la que pertenece la nueva contribución
cli-help-report-generate--symbol = Solo las recomendaciones de este documento (por ejemplo, A/HRC/59/15)
cli-help-report-generate--language = El idioma del informe: sus títulos y frases, y el de la nueva contribución (en, fr, es, ar, ru, zh; por defecto: el idioma de la interfaz, elegido en Configuración, o el de LANG)
cli-help-report-generate--json = Mostrar submission_id, title, sections (id, title) y recommendations_covered (ids)
cli-help-progress = Las recomendaciones según su estado local en la ciudad, por tema, departamento y Objetivo de Desarrollo Sostenible
cli-help-progress--symbol = Solo las recomendaciones de este documento (por ejemplo, A/HRC/59/15)
cli-help-progress--json = Mostrar by_theme, by_department y by_sdg, cada uno una lista de {"{"}name, recommendations, not_started, in_progress, implemented, not_applicable, actions{"}"}
cli-help-path = Mostrar dónde está el archivo de base de datos
cli-help-man-page = Escribir las páginas de manual de esta línea de comandos (roff) en una carpeta, para los paquetes
cli-help-man-page--out_dir = La carpeta en la que se escriben `cityrights.1` y las páginas de los comandos
# Help of the arguments that had none (each argument says what it is, its unit or format).
cli-help-engagements-list--json = Mostrar una matriz JSON (id, title, mechanism, stage, state_under_review, session, next_milestone, submissions) en lugar de líneas
cli-help-engagements-add--mechanism = El código del mecanismo: UPR, la sigla de un órgano de tratado (CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED) o SP
cli-help-engagements-add--title = El título de la participación, tal como la denomina la ciudad
cli-help-engagements-add--session_start = Fecha del primer día del período de sesiones, YYYY-MM-DD: se añade como hito del período de sesiones de la participación (hora de Ginebra)
cli-help-engagements-add--json = Mostrar la participación añadida en JSON (id, mechanism, title, state_under_review, session, stage, …)
cli-help-submissions-list--json = Mostrar una matriz JSON (id, engagement_id, engagement_title, mechanism, title, status, joint, words, limit, updated_at) en lugar de líneas
cli-help-submission-show--submission = El id de la contribución (véase `submissions list`)
cli-help-submission-stats--submission = El id de la contribución (véase `submissions list`)
cli-help-submission-stats--json = Mostrar JSON: words, limit, paragraphs, footnotes, sections, body_words, footnote_words y `breakdown` (las palabras de cada parte)
cli-help-submission-mark-submitted--submission = El id de la contribución (véase `submissions list`)
cli-help-submission-reopen--submission = El id de la contribución (véase `submissions list`)
cli-help-section-replace--section = El id de la sección (véase `submission show`)
cli-help-revisions-list--submission = El id de la contribución (véase `submissions list`)
cli-help-contribution-request--submission = La contribución a la que se refiere la solicitud (su id, véase `submissions list`)
cli-help-contribution-request--email = La dirección de correo electrónico de quien aporta, registrada con la solicitud y escrita en el paquete
cli-help-contribution-open--file = El paquete de solicitud recibido (.cityrights-contribution)
cli-help-contribution-return--output = El paquete de respuesta que se escribirá (se sustituye si existe), para devolverlo a la ciudad
cli-help-contribution-import--file = El paquete de respuesta que devolvió un departamento
cli-help-contribution-list--json = Mostrar una matriz JSON (id, request_id, submission_id, submission_title, from, received, returned, state, pending, accepted, rejected, conflicts)
cli-help-contribution-show--id = El id de la respuesta (véase `contribution list`)
cli-help-contribution-show--json = Mostrar JSON: summary, request y changes (cada uno con el texto enviado (sent), el de quien aporta (theirs) y el actual (current), y sus diferencias palabra por palabra)
cli-help-contribution-accept--id = El id de la respuesta (véase `contribution list`)
cli-help-contribution-accept--json = Mostrar {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-contribution-reject--id = El id de la respuesta (véase `contribution list`)
cli-help-contribution-reject--json = Mostrar {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-recommendations-import-report--file = El texto del informe (.txt), o «-» para la entrada estándar
cli-help-recommendations-import-report--json = Mostrar {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-thematic-list--file = La lista temática (.docx)
cli-help-recommendations-import-thematic-list--json = Mostrar {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-csv--file = El archivo CSV (su primera fila: los encabezados de las columnas), o «-» para la entrada estándar
cli-help-recommendations-import-csv--json = Mostrar {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-list--json = Mostrar una matriz JSON (id, symbol, paragraph, reference, text, recommending_states, response, competence, department, local_status, tags, sdg_goals, sdg_targets, …) en lugar de líneas
cli-help-recommendations-search--query = Las palabras que se buscan en el texto y la referencia (todas deben figurar; la última puede ser el comienzo de una palabra)
cli-help-recommendations-search--json = Mostrar una matriz JSON (id, symbol, paragraph, reference, text, recommending_states, response, pieces) en lugar de líneas
cli-help-recommendations-export-csv--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-recommendations-export-pdf--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-recommendations-export-xlsx--output = El archivo que se escribirá (se sustituye si existe; se escribe completo o no se escribe)
cli-help-recommendations-import-xlsx--file = El libro que se leerá (.xlsx, tal como lo escribe export-xlsx)
cli-help-bin-list--json = Mostrar una matriz JSON (kind, id, title, context, deleted_at), de lo más reciente a lo más antiguo, en lugar de líneas
cli-help-bin-restore--id = El id del elemento, tal como lo muestra `bin list`
cli-help-backup-create--json = Mostrar la copia de seguridad hecha en JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, …)
cli-help-backup-list--json = Mostrar una matriz JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, damaged) en lugar de líneas
cli-help-workspace-import--file = El archivo de espacio de trabajo que se leerá (tal como lo escribe `workspace export`)
cli-help-consultations-list--json = Mostrar una matriz JSON (id, engagement_id, submission_id, held_on, topic, format, notes, personal_data_until, participants) en lugar de líneas
cli-help-personal-data-find--query = Parte de un nombre o de una dirección de correo electrónico (dos caracteres como mínimo; sin distinguir entre mayúsculas y minúsculas)
cli-help-personal-data-find--json = Mostrar una matriz JSON (target, name, email, occurrences) en lugar de líneas
cli-help-personal-data-erase--json = Mostrar JSON: participants, consultations, other_fields, left_in_drafts, sections_changed, revisions_changed
cli-help-personal-data-purge-expired--json = Mostrar JSON: retention_months, cutoff, participants, consultations
cli-help-actions-add--title = El título de la acción
cli-help-actions-add--description = En qué consiste la acción (opcional)
cli-help-actions-add--start = Fecha de inicio de la acción, YYYY-MM-DD (opcional)
cli-help-actions-add--due = Fecha límite de la acción, YYYY-MM-DD (opcional)
cli-help-actions-add--json = Mostrar la acción añadida en JSON (id, title, department, status, start, due, recommendations, sdg_targets, indicators, …)
cli-help-actions-list--json = Mostrar una matriz JSON (id, title, description, department, partners, start, due, status, budget_line, recommendations, sdg_targets, indicators) en lugar de líneas
cli-help-actions-update--id = El id de la acción (véase `actions list`)
cli-help-actions-update--due = La nueva fecha límite, YYYY-MM-DD
cli-help-actions-update--json = Mostrar la acción modificada en JSON (los campos de `actions list --json`)
cli-help-actions-delete--id = El id de la acción (véase `actions list`)
cli-help-actions-delete--json = Mostrar {"{"}"id", "deleted"{"}"}
cli-help-indicators-add--action = La acción que mide (su id, véase `actions list`); si no, --recommendation
cli-help-indicators-add--recommendation = La recomendación que mide directamente (su id), en lugar de una acción
cli-help-indicators-add--name = El nombre del indicador, por ejemplo, «Hogares realojados»
cli-help-indicators-add--unit = Su unidad, por ejemplo, «%» u «hogares» (opcional)
cli-help-indicators-add--baseline = El valor de partida, un número (12, -3.5, 1 200 o 0,75)
cli-help-indicators-add--baseline_date = Fecha del valor de la base de referencia, YYYY-MM-DD
cli-help-indicators-add--target = El valor que se quiere alcanzar, un número
cli-help-indicators-add--target_date = Fecha en que debe alcanzarse la meta, YYYY-MM-DD (obligatoria; posterior a la fecha de la base de referencia)
cli-help-indicators-add--json = Mostrar el indicador añadido en JSON (id, action, recommendation, name, unit, baseline, target, latest, progress, measurements, …)
cli-help-indicators-measure--indicator = El id del indicador (véase `indicators list`)
cli-help-indicators-measure--value = El valor medido, un número
cli-help-indicators-measure--date = Fecha de la medición, YYYY-MM-DD
cli-help-indicators-measure--json = Mostrar el indicador con su nueva medición en JSON (los campos de `indicators list --json`)
cli-help-indicators-list--json = Mostrar una matriz JSON (id, action, recommendation, name, unit, baseline, target, sdg_indicator, latest, progress, measurements) en lugar de líneas
cli-help-sdgs-goals--json = Mostrar JSON: source, commit, read_on y goals (goal, short y title en los seis idiomas)
cli-help-sdgs-link--recommendation = El id de la recomendación (`recommendations list --json`)
cli-help-sdgs-link--targets = Una meta de los ODS («11.1»), una vez por meta; si no se indica ninguna, se desvinculan todas
cli-help-sdgs-link--json = Mostrar {"{"}"id", "sdg_targets"{"}"}

# --- remaining English (wave 6) ---
# A value of a field as the officer types it, with its label ("not_started (Not started)").
core-code_label = { $code } ({ $label })
# Where a database may not be kept (inside error-network_drive's { $fs }).
core-windows_network_share = un recurso compartido de red de Windows
# Why a backup is damaged or cannot be checked now, or why its second copy was not written
# (inside backups-damaged, backups-unavailable, backups-second_failed, cli-backup_damaged…).
backup_problem-not_a_database = el archivo no es una base de datos legible (puede que se haya truncado o sobrescrito)
backup_problem-damaged = el archivo está dañado
backup_problem-too_slow =
    { $seconds ->
        [one] no se pudo comprobar en { $seconds } segundo; se dejó tal como estaba
       *[other] no se pudo comprobar en { $seconds } segundos; se dejó tal como estaba
    }
backup_problem-busy = otro programa está utilizando el archivo en este momento; inténtelo de nuevo dentro de un momento
backup_problem-cannot_open = el archivo no se puede abrir en este momento (compruebe que se puede leer)
backup_problem-unreadable = el archivo no se puede leer en este momento ({ $reason })
backup_problem-integrity = el archivo está dañado: la comprobación de integridad de SQLite encontró problemas ({ $found })
backup_problem-not_cityrights = no es una base de datos de CityRights (el archivo de otro programa, o uno vacío)
backup_problem-other_database = es una copia de seguridad de otra base de datos (se cambió su nombre)
backup_problem-not_ours = no es una copia de seguridad de CityRights de esta base de datos
backup_problem-foreign_tables = no es una copia de seguridad de CityRights (sus tablas no son las de CityRights)
backup_problem-folder_full = { $folder } está lleno; la copia no se escribió
backup_problem-folder_write_error = { $folder } notificó un error de escritura (¿una unidad extraída o defectuosa?); la copia no se escribió
backup_problem-copy_failed = no se pudo escribir la copia en { $folder }: { $reason }
backup_problem-unreachable = no se puede acceder a { $folder }: no existe, o su unidad no está conectada (una memoria USB extraída, una carpeta de red no montada)
backup_problem-unreachable_because = no se puede acceder a { $folder } ({ $reason })
backup_problem-not_a_folder = { $folder } es un archivo, no una carpeta
backup_problem-not_writable = no se puede escribir en { $folder } ({ $reason })
error-second_folder_unusable = { $problem }. Elija una carpeta que exista y en la que se pueda escribir.
error-backup_damaged = La copia de seguridad { $name } no se puede restaurar: { $reason }. Su base de datos no se ha modificado; elija otra copia de seguridad.
error-backup_unavailable = La copia de seguridad { $name } no se puede restaurar en este momento: { $reason }. Su base de datos no se ha modificado.
error-choose_listed_backup = Elija una de las copias de seguridad de la lista.
dialog-export_follow_up_matrix = Exportar la matriz de seguimiento
dialog-csv_file = CSV
# Refusals of the desktop shell itself.
error-launch_file_gone = Ya no hay ningún archivo pendiente de abrirse.
error-launch_file_unknown = { $name } no es un archivo que CityRights abra: no es ni un espacio de trabajo ni un archivo de aportación.
error-choose_workbook_first = Elija primero el libro que desea importar.
error-workbook_changed = El libro o las recomendaciones cambiaron desde la vista previa; no se escribió nada. Vuelva a importar el libro para ver lo que cambia ahora.
error-choose_file_first = Elija primero el archivo que desea importar.
error-library_no_address = No se conoce ninguna dirección para «{ $title }». Búsquelo por su título en el sitio web de las Naciones Unidas.
error-library_no_browser = Ningún navegador web pudo abrir { $url } ({ $reason }). Copie la dirección en un navegador web.
# Names CityRights gives a version or a submission, stored as written (the reader's language then).
core-revision_before_restore = Antes de restaurar la versión del { $when }
core-revision_sent = Enviada el { $date } ({ $channel })
core-submission_for = Contribución para { $engagement }
# Where the personal-data search found a person (Settings → Personal data, `cityrights personal-data find`).
personal_place-consultation_notes = Consulta «{ $topic }» del { $held_on }: notas
personal_place-participant = Consulta «{ $topic }» del { $held_on }, participante { $position }
personal_place-department_list = La lista de departamentos de la ciudad (Configuración)
personal_place-engagement_notes = Participación «{ $title }»: notas
personal_place-milestone_notes = Hito «{ $milestone }» de «{ $engagement }»: notas
personal_place-evidence = Recomendación { $symbol } { $paragraph }: prueba del { $noted_on }
personal_place-department = Recomendación { $symbol } { $paragraph }: departamento responsable
personal_place-stakeholder_contact = Parte interesada «{ $name }»: contacto
personal_place-stakeholder_notes = Parte interesada «{ $name }»: notas
personal_place-section_owner = Contribución «{ $submission }», sección «{ $section }»: responsable
personal_place-city_contact_person = Perfil de la ciudad: persona de contacto
personal_place-city_contact_email = Perfil de la ciudad: correo electrónico de contacto
personal_place-section_text = Contribución «{ $submission }», sección «{ $section }»: texto
personal_place-section_text_in_bin = Contribución «{ $submission }», sección «{ $section }»: texto (en la papelera)
personal_place-history = Contribución «{ $title }»: historial
personal_place-in_text = Mencionado en el texto: edite la sección para suprimirlo.
personal_place-in_history =
    { $n ->
        [one] Mencionado en { $n } versión anterior conservada en el historial.
       *[other] Mencionado en { $n } versiones anteriores conservadas en el historial.
    }

# --- Library and rule notes (wave 6) ---
# The Library's texts (assets/reference/library.json: an entry's title, summary, caveat, and
# its author by UN body) and the shipped rules' notes (assets/reference/mechanisms.json). The
# English is the shipped text word for word (the core's tests check it).
library-a_hrc_res_24_2-title = Gobierno local y derechos humanos (resolución 24/2 del Consejo de Derechos Humanos)
library-a_hrc_res_24_2-summary = Primera resolución del Consejo sobre los gobiernos locales y los derechos humanos: reconoce el papel de los gobiernos locales en la promoción y protección de los derechos humanos, sin perjuicio de la responsabilidad primordial del gobierno nacional, y pidió a su Comité Asesor un informe basado en investigaciones. Cítela para mostrar que las Naciones Unidas tratan a las ciudades como actores de derechos humanos desde 2013.
library-a_hrc_res_27_4-title = Gobierno local y derechos humanos (resolución 27/4 del Consejo de Derechos Humanos)
library-a_hrc_res_27_4-summary = Pidió al Comité Asesor que terminara su informe sobre el papel de los gobiernos locales en materia de derechos humanos, con los principales desafíos y las mejores prácticas, para el 30º período de sesiones del Consejo. Ese informe es el documento A/HRC/30/49.
library-a_hrc_res_33_8-title = Gobierno local y derechos humanos (resolución 33/8 del Consejo de Derechos Humanos)
library-a_hrc_res_33_8-summary = Vincula los gobiernos locales y los derechos humanos con la Agenda 2030, destacando lo que los gobiernos locales pueden aportar a los Objetivos de Desarrollo Sostenible, y convocó una mesa redonda sobre el tema (resumida en el documento A/HRC/38/22). Útil cuando una ciudad vincula su labor de derechos humanos con sus informes sobre los ODS.
library-a_hrc_res_39_7-title = Gobierno local y derechos humanos (resolución 39/7 del Consejo de Derechos Humanos)
library-a_hrc_res_39_7-summary = Pidió a la Alta Comisionada un informe, preparado en consulta con los gobiernos locales, entre otros, sobre las formas eficaces de cooperación entre los gobiernos locales y los actores locales en materia de derechos humanos, incluida la sensibilización sobre los ODS. Gobiernos locales enviaron contribuciones a ese informe.
library-a_hrc_res_45_7-title = Gobierno local y derechos humanos (resolución 45/7 del Consejo de Derechos Humanos)
library-a_hrc_res_45_7-summary = Pidió al ACNUDH un informe sobre el papel de los gobiernos locales en la igualdad y la no discriminación y en la protección de las personas en situación de vulnerabilidad. Ese informe, A/HRC/51/10, expone posibles principios que orienten a los gobiernos locales y nacionales.
library-a_hrc_res_51_12-title = Gobierno local y derechos humanos (resolución 51/12 del Consejo de Derechos Humanos)
library-a_hrc_res_51_12-summary = Pidió al ACNUDH una reunión de expertos sobre el fortalecimiento de la capacidad de los gobiernos locales para integrar los derechos humanos en toda su labor, como base de herramientas de educación en derechos humanos para los gobiernos locales, con un informe al 56º período de sesiones del Consejo. La convocatoria de contribuciones del ACNUDH al respecto está cerrada y las contribuciones recibidas están en línea.
library-a_hrc_res_57_12-title = Gobierno local y derechos humanos (resolución 57/12 del Consejo de Derechos Humanos)
library-a_hrc_res_57_12-summary = Pide al ACNUDH una mesa redonda y un informe, para el 63er período de sesiones del Consejo, sobre buenas prácticas para superar los desafíos que afrontan los gobiernos locales, incluido el apoyo a una mejor participación de los gobiernos locales en la labor de los mecanismos de derechos humanos de las Naciones Unidas. La convocatoria de contribuciones del ACNUDH al respecto, que planteaba sus preguntas directamente a los gobiernos locales y regionales, se cerró el 30 de junio de 2025.
library-a_hrc_res_57_12-caveat = No se verificó la fecha exacta de aprobación: la resolución se aprobó en el 57º período de sesiones del Consejo, que terminó el 11 de octubre de 2024.
library-a_hrc_30_49-title = Papel del gobierno local en la promoción y protección de los derechos humanos — Informe final del Comité Asesor del Consejo de Derechos Humanos
library-a_hrc_30_49-summary = Expone las obligaciones compartidas y complementarias de los Estados y los gobiernos locales de respetar, proteger y hacer efectivos los derechos humanos, los principales desafíos de los gobiernos locales y la ciudad de los derechos humanos como marco. La referencia que citar para explicar por qué una ciudad informa a las Naciones Unidas.
library-a_hrc_38_22-title = Resumen de la mesa redonda entre períodos de sesiones sobre el papel del gobierno local en la promoción y protección de los derechos humanos — Informe del Alto Comisionado de las Naciones Unidas para los Derechos Humanos
library-a_hrc_38_22-summary = Resume la mesa redonda del Consejo del 4 de septiembre de 2017 sobre cómo los gobiernos locales pueden promover, proteger y hacer efectivos los derechos humanos, en particular al aplicar la Agenda 2030, en estrecha cooperación con los gobiernos nacionales. Prácticas que una contribución puede invocar.
library-a_hrc_42_22-title = Gobierno local y derechos humanos — Informe de la Alta Comisionada de las Naciones Unidas para los Derechos Humanos (en virtud de la resolución 39/7)
library-a_hrc_42_22-summary = Informe del ACNUDH sobre las formas eficaces de cooperación entre los gobiernos locales y los actores locales en materia de derechos humanos, incluida la sensibilización sobre los ODS, con desafíos, buenas prácticas y recomendaciones. Se basó en 59 contribuciones y prolonga los documentos A/HRC/30/49 y A/HRC/38/22.
library-a_hrc_42_22-caveat = La signatura del documento no se verificó en el propio documento. La página del ACNUDH indica la fecha de publicación (2 de julio de 2019) y el período de sesiones en que se presentó (el 42º); el enlace abre esa página.
library-a_hrc_51_10-title = Gobierno local y derechos humanos — Informe de la Alta Comisionada de las Naciones Unidas para los Derechos Humanos
library-a_hrc_51_10-summary = Examina los gobiernos locales en relación con la igualdad y la no discriminación y la protección de las personas en situación de vulnerabilidad y marginación: prácticas prometedoras, desafíos, recomendaciones a las autoridades centrales y locales y posibles elementos de principios que orienten a los gobiernos locales y nacionales.
library-a_hrc_28_62-title = Informe de la Relatora Especial sobre una vivienda adecuada como elemento integrante del derecho a un nivel de vida adecuado y sobre el derecho de no discriminación a este respecto
library-a_hrc_28_62-summary = Sobre las funciones y la rendición de cuentas de los gobiernos locales y otros gobiernos subnacionales respecto del derecho a una vivienda adecuada: las obligaciones internacionales de derechos humanos alcanzan a todos los niveles de gobierno, y los Estados deben dar a los gobiernos locales la capacidad y los recursos para cumplirlas. El ACNUDH publicó también una guía para los gobiernos locales basada en él.
library-nmirf_practical_guide_2016-title = Mecanismos nacionales de presentación de informes y seguimiento: guía práctica para la colaboración efectiva de los Estados con los mecanismos internacionales de derechos humanos
library-nmirf_practical_guide_2016-summary = Guía del ACNUDH para los Estados sobre el órgano nacional que prepara los informes a los órganos de tratados y al EPU y da seguimiento a sus recomendaciones. Léala para saber qué órgano del Estado prepara el informe nacional y sigue las recomendaciones: el órgano con el que una ciudad se coordina.
library-a_hrc_50_64-title = Informe de la Alta Comisionada de las Naciones Unidas para los Derechos Humanos sobre los mecanismos nacionales de aplicación, presentación de informes y seguimiento
library-a_hrc_50_64-summary = Informe de la Alta Comisionada al Consejo sobre los mecanismos nacionales de aplicación, presentación de informes y seguimiento: los órganos gubernamentales que coordinan los informes del Estado a las Naciones Unidas y el seguimiento de sus recomendaciones.
library-a_hrc_50_64-caveat = El título se da abreviado y no se verificó la fecha de publicación; la signatura es la de un informe al 50º período de sesiones del Consejo (junio-julio de 2022).
library-vlr_guidelines_2020-title = Directrices para los Exámenes Locales Voluntarios, volumen 1: análisis comparativo de los ELV existentes
library-vlr_guidelines_2020-summary = Cómo las ciudades examinan sus propios progresos hacia los Objetivos de Desarrollo Sostenible en un Examen Local Voluntario, comparando los primeros exámenes publicados. El examen de una ciudad es información que puede reutilizar en sus contribuciones a los mecanismos de derechos humanos de las Naciones Unidas.
library-vlr_guidelines_2021-title = Directrices para los Exámenes Locales Voluntarios, volumen 2: hacia una nueva generación de ELV — el vínculo entre lo local y lo nacional
library-vlr_guidelines_2021-summary = Cómo se relacionan los Exámenes Locales Voluntarios con el Examen Nacional Voluntario del Estado. Útil cuando la ciudad desea que su propia información se recoja en los informes del Estado.
library-author-human_rights_council = Consejo de Derechos Humanos
library-author-human_rights_council_advisory_committee = Comité Asesor del Consejo de Derechos Humanos
library-author-united_nations_high_commissioner_for_human_rights = Alto Comisionado de las Naciones Unidas para los Derechos Humanos
library-author-special_rapporteur_on_adequate_housing = Relator Especial sobre una vivienda adecuada
library-author-office_of_the_united_nations_high_commissioner_for_human_rights = Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos
library-author-un_habitat_and_united_cities_and_local_governments_uclg = ONU-Hábitat y Ciudades y Gobiernos Locales Unidos (CGLU)
rule-UPR-note = Fijados en las directrices de 2011; no se pudo consultar las directrices del cuarto ciclo (enero de 2022) para verificar que estos límites no han cambiado. No se indica si las notas a pie de página cuentan, por lo que se cuentan. Idiomas oficiales de las Naciones Unidas, preferiblemente español, francés o inglés (orientación anterior). El ACNUDH publica en su sitio web el texto íntegro de cada contribución de las partes interesadas (A/HRC/WG.6/48/SVN/3, nota 2).
rule-UPR-formats_note = La guía técnica del ACNUDH para las partes interesadas (al 1 de julio de 2008) pedía archivos Word, no PDF; no se encontró ninguna regla posterior sobre el formato.
rule-CCPR-note = La página que fija el límite no tiene fecha. Los plazos figuran en la nota informativa de cada período de sesiones, como fechas sin huso horario. No se indica si las notas a pie de página cuentan, por lo que se cuentan.
rule-CESCR-note = No se encontró ningún límite de palabras vigente: fije el límite según la nota informativa del período de sesiones.
rule-CERD-note = Límite de palabras y plazo desconocidos: fíjelos según la nota informativa del período de sesiones.
rule-CEDAW-note = Indicado por terceros para los períodos de sesiones 80º, 81º y 86º; consulte la nota informativa de su período de sesiones. Los informes debían presentarse unas cuatro semanas antes del período de sesiones (tres semanas para el 73er período de sesiones, en 2019).
rule-CAT-note = Límite de palabras desconocido.
rule-SPT-note = El Subcomité no mantiene un diálogo sobre un informe del Estado, por lo que no hay lista de cuestiones ni informe paralelo que redactar para él. Lo que puede hacer una ciudad: informarle sobre los lugares de privación de libertad que la ciudad gestiona o inspecciona (por ejemplo, los calabozos de la policía municipal) y colaborar con el mecanismo nacional de prevención. No se publica ningún formato, límite ni plazo para esa información.
rule-CRC-note = Un informe temático está limitado a 3.000 palabras: modifique el límite para un informe temático. Los anexos no se cuentan.
rule-CMW-note = Fije el límite de palabras y el plazo según la nota informativa del período de sesiones.
rule-CRPD-note = Fije el límite de palabras según la nota informativa del período de sesiones. Se piden formatos accesibles (según terceros). El Comité puso fin a su procedimiento de seguimiento en septiembre de 2016.
rule-CED-note = Fije el límite de palabras y el plazo según la nota informativa del período de sesiones.
rule-SP-note = Fije el límite de palabras y el idioma según la propia convocatoria: los idiomas indicados arriba no son una regla de los titulares de mandatos, por lo que una contribución en otro idioma solo recibe una advertencia.

# --- demo data (wave 6) ---
# The demo city (src/app/demo.rs), loaded in the reader's language. Fictional names: keep them
# recognisably fictional; keep e-mail addresses, URLs, document symbols and XEX as they are.
demo-city = Villaejemplo (demo)
demo-state = Ejemplandia
demo-city_contact = Oficina de Derechos Humanos, Ayuntamiento de Villaejemplo
demo-ehrc_name = Comisión de Derechos Humanos de Ejemplandia (demo)
demo-ehrc_acronym = CDHE
demo-ehrc_notes = Institución nacional de derechos humanos (ficticia).
demo-rta_name = Asociación de Inquilinos de la Ribera (demo)
demo-rta_acronym = AIR
demo-rta_notes = Consultada sobre los desalojos y la vivienda social.
demo-northtown_name = Villanorte (demo)
demo-northtown_notes = Ciudad vecina; posible contribución conjunta.
demo-nchrr_name = Comité Nacional de Presentación de Informes sobre Derechos Humanos de Ejemplandia (demo)
demo-nchrr_acronym = CNPIDH
demo-nchrr_notes = Coordina el informe nacional y el seguimiento de las recomendaciones; la ciudad le envía aquí su aportación al informe nacional.
demo-upr_title = EPU de Ejemplandia (ciclo de demostración)
demo-upr_session = Período de sesiones del Grupo de Trabajo (demo)
demo-upr_notes = Contribución de la ciudad como parte interesada, conjuntamente con la Asociación de Inquilinos de la Ribera.
demo-estimate = Estimación según los plazos habituales del EPU (demo): el ACNUDH anuncia las fechas reales de cada período de sesiones.
demo-upr_window_opens = Se abre el plazo de presentación de contribuciones
demo-upr_housing_data = Datos del Departamento de Vivienda
demo-upr_departments = Los departamentos envían sus secciones
demo-upr_mayor = La alcaldía aprueba el texto
demo-upr_window_closes = Se cierra el plazo de presentación de contribuciones
demo-upr_review = Examen de Ejemplandia por el Grupo de Trabajo
demo-upr_adoption = Aprobación del documento final por el Consejo de Derechos Humanos
demo-cescr_title = Examen de Ejemplandia por el Comité de Derechos Económicos, Sociales y Culturales: lista de cuestiones previa a la presentación del informe
demo-cescr_session = Grupo de trabajo anterior al período de sesiones (demo)
demo-cescr_notes = Aportación sobre vivienda, agua y servicios sociales.
demo-cescr_follow_up = Informe de seguimiento del Estado sobre las observaciones finales anteriores
demo-cescr_deadline = Plazo para las aportaciones por escrito
demo-cescr_pre_session = Grupo de trabajo anterior al período de sesiones
demo-cescr_consultation = Consulta con las asociaciones de inquilinos y de usuarios del agua
demo-sp_title = Convocatoria de contribuciones: los gobiernos locales y el derecho a una vivienda adecuada
demo-sp_session = Informe temático (demo)
demo-sp_notes = Responder a las preguntas 1, 3 y 5 de la convocatoria; 2500 palabras como máximo (fijado en la convocatoria).
demo-sp_published = Publicación de la convocatoria de contribuciones
demo-sp_deadline = Plazo para las contribuciones
demo-sp_rule_source = La convocatoria de contribuciones (demo), párrafo 6
# The demo submission. Its section titles are the template's (template-upr_stakeholder-s1, s2,
# s4, s6). A piece that ends or starts with a space keeps it as {" "}.
demo-submission_title = Contribución del Ayuntamiento de Villaejemplo al EPU de Ejemplandia
demo-full_stop = .
demo-s1_p1 = El Ayuntamiento de Villaejemplo presenta este informe sobre la aplicación, a nivel local, de las recomendaciones que Ejemplandia recibió en su examen anterior. La ciudad es competente en materia de vivienda social, escuelas primarias, policía local y servicio de abastecimiento de agua, e informa de lo que ha hecho en cada uno de estos ámbitos desde el último examen.
demo-s1_key_words_label = Palabras clave:{" "}
demo-s1_key_words = derecho a una vivienda adecuada; desalojos; agua y saneamiento; no discriminación; participación.
demo-s2_p1 = Villaejemplo es una ciudad de 240.000 habitantes (todos los nombres y cifras de esta demostración son ficticios). En virtud de la Ley de Gobierno Local, es propietaria de 11.800 viviendas sociales y gestiona 42 escuelas primarias, la policía municipal y el servicio de abastecimiento de agua
demo-s2_note1 = Ley de Gobierno Local de Ejemplandia (ficticia), artículos 12 a 19.
demo-s2_p2 = Los asuntos que no son de su competencia, como los procedimientos de asilo y las prestaciones sociales nacionales, solo se mencionan cuando afectan al acceso de los residentes a los servicios municipales.
demo-s3_h1 = Derecho a una vivienda adecuada
# The paragraph reads: before, the recommendation's words (in italics, a UN translation's
# wording), between, the citation of the report (A/HRC/00/00, para. 140.7), after, a footnote, a full stop.
demo-s3_p1_before = Ejemplandia apoyó la recomendación de{" "}
demo-s3_p1_quote = garantizar el acceso de las familias de bajos ingresos a una vivienda asequible
demo-s3_p1_between = {" "}
demo-s3_p1_after = . Desde entonces, la ciudad ha construido 1250 viviendas sociales y ha reducido su lista de espera en un 18 %
demo-s3_note1 = Departamento de Vivienda de Villaejemplo, Informe Anual 2025 (ficticio), cuadro 3.
demo-s3_p2 = Los desalojos de viviendas municipales bajaron de 312 en 2022 a 141 en 2025 después de que la ciudad creara un servicio de prevención con la Asociación de Inquilinos de la Ribera
demo-s3_note2 = Datos reunidos conjuntamente con la Asociación de Inquilinos de la Ribera (demo).
demo-s3_p2_after = . El servicio se pone en contacto con todo inquilino que lleve dos meses de retraso en el pago del alquiler.
demo-s3_h2 = Agua y saneamiento
demo-s3_p3 = El servicio de abastecimiento de agua ya no corta el suministro a los hogares por facturas impagadas durante los meses de invierno. Las carencias que persisten son:
demo-s3_item1 = los asentamientos informales de las afueras de la ciudad sin conexión a la red;
demo-s3_item2 = las tarifas, que todavía no tienen en cuenta los ingresos de los hogares.
demo-s4_p1 = Dotar a las ciudades de la facultad jurídica y de la financiación necesarias para prevenir los desalojos de viviendas de alquiler privadas, como ya se había recomendado.
demo-s4_p2 = Hacer participar a los gobiernos locales en la consulta nacional para el próximo informe nacional.

# --- passage language ---
error-limit_language = Un pasaje está marcado con el idioma «{ $tag }», que no es una etiqueta de idioma: escriba una etiqueta como de, fr-CA o zh-Hans (como máximo { $max } caracteres).
error-limit_language_case = Un pasaje está marcado con el idioma «{ $tag }»: escríbalo como «{ $normal }».
editor-language = Idioma
editor-language_tooltip = Indicar que las palabras seleccionadas están escritas en otro idioma
editor-language_title = Idioma de las palabras seleccionadas
editor-language_choice = Idioma
editor-language_option = { $name } ({ $tag })
editor-language_other = Otro idioma (escriba su etiqueta)
editor-language_hint = Los lectores de pantalla, el PDF y el archivo de Word leerán estas palabras en este idioma.
editor-language_tag = Etiqueta de idioma
editor-language_tag_hint = Una etiqueta de idioma BCP 47, como pt-BR, ca o gsw.
editor-language_apply = Aplicar el idioma
editor-language_remove = Quitar el idioma
editor-language_needs_text = Seleccione primero las palabras escritas en otro idioma.
