# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue).
meta-locale = ru-RU
meta-date = { $weekday }, { $day } { $month } { $year } г.
meta-day_month = { $weekday }, { $day } { $month }
# Between a day and its time, or a day and the days left ("Sat 12 Dec 2026, 11:00").
meta-separator = {", "}

app-name = CityRights
app-version = версия { $version }
app-loading = Открытие базы данных…

# Navigation
nav-label = Главное меню
nav-skip_to_main = Перейти к основному содержанию
nav-dashboard = Панель
nav-engagements = Взаимодействия
nav-recommendations = Рекомендации
nav-settings = Настройки
nav-bin = Корзина
nav-demo = демо
nav-demo_hint = Демонстрационные данные: вымышленный город для знакомства с приложением.
nav-no_city = Город ещё не настроен
nav-next_due = Ближайший срок
nav-nothing_due = Предстоящих дат ни по одному взаимодействию нет.
nav-missed =
    { $n ->
        [one] { $n } пропущенный срок
        [few] { $n } пропущенных срока
        [many] { $n } пропущенных сроков
       *[other] { $n } пропущенных сроков
    }
nav-not_found = Такой страницы нет.
nav-back_to_dashboard = Перейти на панель

# Generic
common-save = Сохранить
common-cancel = Отмена
common-edit = Изменить
common-delete = Удалить
common-remove = Убрать
common-saved = Сохранено
common-close = Закрыть
common-undo = Отменить
common-save_changes = Сохранить изменения
common-discard_changes = Отменить изменения
common-keep_editing = Продолжить редактирование
common-unsaved = Несохранённые изменения
common-loading = Загрузка…
common-optional = (необязательно)
common-retry = Повторить
common-none = —
common-estimate = оценка
common-estimate_hint = Оценка по обычным срокам, а не официальная дата.
common-words_of_limit = Слов: { $words } из { $limit }
common-words_no_limit = Слов: { $words } (лимит неизвестен)
common-joint = совместное
common-individual = индивидуальное
common-error_prefix = Произошла ошибка:

# Relative time (from the days_left the core computes, or display-only from `due`)
days-today = сегодня
days-tomorrow = завтра
days-in =
    { $n ->
        [one] через { $n } день
        [few] через { $n } дня
        [many] через { $n } дней
       *[other] через { $n } дней
    }
days-overdue_today = просрочено менее чем на день
days-overdue =
    { $n ->
        [one] просрочено на { $n } день
        [few] просрочено на { $n } дня
        [many] просрочено на { $n } дней
       *[other] просрочено на { $n } дней
    }
days-passed_today = прошло менее суток назад
days-passed =
    { $n ->
        [one] прошло { $n } день назад
        [few] прошло { $n } дня назад
        [many] прошло { $n } дней назад
       *[other] прошло { $n } дней назад
    }

# Times and zones
time-end_of_day = конец дня
time-zone_time = по времени города { $city }
time-original = { $time } { $zone } ({ $tz })
time-original_with_date = { $date }, { $time } { $zone } ({ $tz })
zone-Europe_Zurich = Женева
# The other UN duty stations whose zones the app offers, as this language names the city
# (any other zone shows the English city of its IANA name).
zone-Europe_Vienna = Вена
zone-America_New_York = Нью-Йорк
zone-Africa_Nairobi = Найроби

# Start-up
startup-error_title = CityRights не удалось открыть базу данных
startup-error_file = Файл
startup-error_reason = Причина
startup-error_unchanged = Файл не изменён. Вы можете открыть другой файл базы данных или создать новую, пустую базу.
startup-open_other = Открыть другой файл
startup-start_new = Создать новую базу данных
startup-status_failed = Приложению не удалось проверить базу данных.

welcome-title = Добро пожаловать в CityRights
welcome-p1 = CityRights помогает правозащитной службе вашего города готовить материалы для правозащитных механизмов ООН: универсального периодического обзора, договорных органов и специальных процедур.
welcome-p2 = Все сроки собраны в одном месте, и вы всегда знаете, что предстоит дальше.
welcome-demo = Посмотреть на демонстрационных данных
welcome-demo_hint = Вымышленный город с несколькими взаимодействиями, чтобы увидеть, как всё работает.
welcome-setup = Настроить мой город
welcome-setup_hint = Введите данные вашего города и начните работу со своими данными.
welcome-setup_title = Настройка города
welcome-setup_intro = Эти сведения указываются в ваших представлениях. Их можно изменить позже в разделе «Настройки».

# City profile
city-name = Название города
city-country = Код страны (ISO 3166-1 alpha-3)
city-country_hint = Три буквы, например AUT для Австрии, COL для Колумбии.
city-state_under_review = Государство — объект обзора
city-state_hint = Государство, в обзорах которого вы участвуете, в том наименовании, которое следует использовать.
city-contact_name = Контактное лицо или служба
city-contact_email = Контактный адрес электронной почты
city-language = Язык представлений
city-paper_size = Формат бумаги
city-logo = Логотип (на титульной странице PDF)
city-logo_none = Логотипа нет
city-logo_set = Логотип задан
city-logo_choose = Выбрать логотип…
city-logo_remove = Убрать логотип
paper-a4 = A4
paper-letter = US Letter

lang-en = английский
lang-fr = французский
lang-es = испанский
lang-ru = русский
lang-ar = арабский
lang-zh = китайский

# Settings
settings-title = Настройки
settings-language_title = Язык
settings-language_label = Язык интерфейса
settings-language_system = Как на этом компьютере ({ $name })
settings-language_system_other = Как на этом компьютере (его язык не входит в число шести: английский)
settings-language_hint = Сохраняется на этом компьютере. Каждое представление сохраняет свой язык, выбранный при его создании.
settings-city_title = Ваш город
settings-db_title = Где хранятся ваши данные
settings-db_path = Файл базы данных
settings-db_hint = Все ваши данные хранятся в этом одном файле на этом компьютере. Включите его в свои резервные копии.
settings-saved = Сохранено
settings-backups_title = Резервные копии
settings-backups_text = CityRights создаёт резервные копии данных автоматически: через несколько секунд после запуска, каждые 4 часа во время работы и перед каждым обновлением. Каждая копия проверяется после записи.
settings-backups_link = Посмотреть резервные копии, создать копию сейчас или восстановить данные из копии
settings-second_label = Вторая папка для резервных копий
settings-second_none = Не выбрана: резервные копии хранятся только на этом компьютере.
settings-second_hint = Каждая резервная копия записывается и в эту папку, например на USB-накопитель или в общую папку подразделения, чтобы при поломке или краже ноутбука копии не пропали вместе с ним.
settings-second_reachable = Доступна: следующая резервная копия будет скопирована туда.
settings-second_unreachable = Недоступна: { $problem }. Резервные копии по-прежнему сохраняются в папку данных.
settings-second_choose = Выбрать папку…
settings-second_change = Выбрать другую папку…
settings-second_forget = Больше не копировать туда
settings-second_chosen = Резервные копии будут также записываться в { $folder }.
settings-second_forgotten = Резервные копии больше не копируются во вторую папку. Уже сделанные там копии сохраняются.
departments-title = Подразделения
departments-intro = Подразделения города, отвечающие за рекомендации: в карточке последующих мер по рекомендации и в действии «Назначить подразделение» выбор делается из этого списка. Название, введённое там как новое подразделение, добавляется в список. Переименование подразделения здесь переименовывает его и в рекомендациях; если дать ему название, уже имеющееся в списке, оба варианта написания будут объединены.
departments-none = Подразделений пока нет. Добавьте те, которые отвечают за рекомендации, или введите название в карточке последующих мер по рекомендации.
departments-col_name = Подразделение
departments-col_count = Рекомендации
departments-col_actions = Действия
departments-rename = Переименовать
departments-rename_label = Новое название для «{ $name }»
departments-remove = Убрать
departments-remove_question = Убрать «{ $name }» из списка подразделений?
departments-add_label = Новое подразделение
departments-add = Добавить подразделение
departments-added = «{ $name }» добавлено в список.
departments-renamed = «{ $old }» теперь называется «{ $new }» ({ $n ->
        [one] изменена { $n } рекомендация
        [few] изменены { $n } рекомендации
        [many] изменено { $n } рекомендаций
       *[other] изменено { $n } рекомендаций
    }).
departments-merged = «{ $old }» объединено с «{ $new }» ({ $n ->
        [one] изменена { $n } рекомендация
        [few] изменены { $n } рекомендации
        [many] изменено { $n } рекомендаций
       *[other] изменено { $n } рекомендаций
    }).
departments-removed = «{ $name }» убрано из списка.

# Backups and restore
backups-title = Резервные копии
backups-intro = Резервная копия — это проверенная копия всей вашей базы данных. CityRights создаёт её через несколько секунд после запуска, каждые 4 часа во время работы и перед каждым обновлением; хранятся все копии за последние сутки, по одной в день за 14 дней и по одной в неделю за 8 недель.
backups-where = Хранятся в { $folder }.
backups-back_up_now = Создать копию сейчас
backups-backing_up = Создание копии…
backups-made = Копия создана: { $holds }.
backups-made_second = Копия есть также в { $folder }.
backups-second_failed = Резервная копия создана на этом компьютере, но её вторую копию записать не удалось: { $problem }
backups-second_failed_last = Последняя резервная копия ({ $when }) создана на этом компьютере, но её вторую копию записать не удалось: { $problem }
backups-empty = Резервных копий пока нет. Первая создаётся через несколько секунд после запуска приложения, как только появляются данные; можно также нажать «Создать копию сейчас».
backups-col_when = Создана
backups-col_why = Причина
backups-col_holds = Содержимое
backups-col_size = Размер
backups-col_restore = Восстановление
backups-holds = { $engagements }, { $submissions }, { $words }
backups-engagements =
    { $n ->
        [one] { $n } взаимодействие
        [few] { $n } взаимодействия
        [many] { $n } взаимодействий
       *[other] { $n } взаимодействий
    }
backups-submissions =
    { $n ->
        [one] { $n } представление
        [few] { $n } представления
        [many] { $n } представлений
       *[other] { $n } представлений
    }
backups-words =
    { $n ->
        [one] { $n } слово
        [few] { $n } слова
        [many] { $n } слов
       *[other] { $n } слов
    }
backups-damaged = Повреждена, восстановление невозможно: { $reason }.
backups-unavailable = Сейчас проверить невозможно, поэтому для восстановления не предлагается (копия сохраняется): { $reason }. Повторите попытку позже.
backups-restore = Восстановить
backups-restore_label = Восстановить резервную копию от { $when }
backups-restore_question = Восстановить резервную копию от { $when } ({ $holds })? Сначала создаётся копия текущей базы данных, поэтому ничего не потеряется: она появится здесь с пометкой «Перед восстановлением».
backups-restore_confirm = Восстановить эту копию
backups-restored = Резервная копия от { $when } восстановлена. Прежнее состояние базы данных сохранено как резервная копия («Перед восстановлением»).
backups-settings_link = Копировать резервные копии также во вторую папку (Настройки)
backups-move_text = Переходите на другой компьютер?
backups-move_link = Экспортируйте всё рабочее пространство в один файл и импортируйте его там (Настройки → Переход на другой компьютер)
backup_reason-startup = При запуске
backup_reason-periodic = Каждые 4 часа
backup_reason-manual = Создана вручную
backup_reason-before_migration = Перед обновлением
backup_reason-before_restore = Перед восстановлением
backup_reason-before_import = Перед импортом рабочего пространства

# Settings → Move to another computer (workspace export and import)
move-title = Переход на другой компьютер
move-intro = Чтобы перейти на новый ноутбук, экспортируйте здесь всё рабочее пространство в один файл, скопируйте файл на новый компьютер (USB-накопитель, общая папка подразделения), установите там CityRights и импортируйте файл. Вторая папка для резервных копий не переносится: выберите её заново на новом компьютере.
move-export = Экспортировать рабочее пространство…
move-exporting = Экспорт…
move-exported = Рабочее пространство сохранено в { $path } ({ $size }). Оно содержит: { $engagements }, { $submissions } и { $recommendations }.
move-exported_logo = Логотип города также включён.
move-personal = Файл содержит и персональные данные: имена и контактные данные участников консультаций. Храните его в надёжном месте — не отправляйте обычной электронной почтой и не оставляйте в общей папке — и удалите после импорта рабочего пространства на новом компьютере.
move-import = Импортировать рабочее пространство…
move-import_question = Импортировать рабочее пространство, экспортированное на другом компьютере? Все данные на этом компьютере (взаимодействия, представления, рекомендации, профиль города) будут заменены данными из файла, который вы выберете. Сначала создаётся резервная копия текущей базы данных, поэтому ничего не потеряется: её можно восстановить на экране «Резервные копии», где она отмечена как «Перед импортом рабочего пространства».
move-import_confirm = Выбрать файл и импортировать
move-imported = Рабочее пространство импортировано из { $from } (экспортировано { $when } в CityRights { $version }): { $engagements }, { $submissions } и { $recommendations }.
move-imported_backup = Прежние данные сохранены как резервная копия («Перед импортом рабочего пространства») на экране «Резервные копии».
move-import_failed = Рабочее пространство не импортировано. { $message }
move-nothing_changed = На этом компьютере ничего не изменено.
move-recommendations =
    { $n ->
        [one] { $n } рекомендация
        [few] { $n } рекомендации
        [many] { $n } рекомендаций
       *[other] { $n } рекомендаций
    }

# Dashboard
dashboard-title = Панель
dashboard-next_title = Ближайшие сроки
dashboard-next_for = Взаимодействие:
dashboard-nothing_next = Предстоящих дат ни по одному взаимодействию нет.
dashboard-nothing_next_hint = Добавьте сроки ваших взаимодействий (периоды приёма представлений, сессии, внутренние контрольные точки), чтобы видеть их здесь.
dashboard-upcoming_title =
    { $n ->
        [one] Ближайший { $n } день
        [few] Ближайшие { $n } дня
        [many] Ближайшие { $n } дней
       *[other] Ближайшие { $n } дней
    }
dashboard-soon_hint = Выделено: срок в течение 7 дней.
dashboard-overdue_title = Пропущенные сроки
dashboard-overdue_intro = Сроки, которые город должен был соблюсти, но к которым ничего не было направлено. Каждый из них остаётся здесь, сколько бы времени ни прошло, пока вы не отметите его как урегулированный, — например после того, как запоздалое представление было направлено или принято, или если вы решили дождаться следующего цикла.

# Where a deadline stands (the core's state), and marking a missed one as handled
deadline-met = соблюдён
deadline-met_by = Соблюдён: «{ $title }», направлено { $date }.
deadline-handled_on = Отмечен как урегулированный { $date }.
deadline-mark_handled = Отметить как урегулированный
deadline-mark_not_handled = Снять отметку «урегулирован»
deadline-undo = Отменить
deadline-handled_status = «{ $title }» отмечен как урегулированный.
deadline-unhandled_status = «{ $title }» снова считается пропущенным сроком.
dashboard-drafts_title = Представления в работе
dashboard-no_drafts = Ни одно представление сейчас не готовится.
dashboard-empty_title = Взаимодействий пока нет
dashboard-empty_text = Взаимодействие — это один обзор или призыв, в котором участвует ваш город, например универсальный периодический обзор вашей страны. Создайте первое взаимодействие, затем добавьте его сроки: они появятся здесь, начиная с ближайших.
dashboard-col_due = Срок
dashboard-col_when = Когда
dashboard-col_mechanism = Механизм
dashboard-col_milestone = Контрольная точка
dashboard-col_engagement = Взаимодействие
dashboard-col_title = Название
dashboard-col_words = Слова
dashboard-col_status = Статус

# Engagements
engagements-title = Взаимодействия
engagements-new = Новое взаимодействие
engagements-filter_mechanism = Механизм
engagements-filter_stage = Этап
engagements-all_mechanisms = Все механизмы
engagements-all_stages = Все этапы
engagements-col_mechanism = Механизм
engagements-col_title = Название
engagements-col_state = Государство
engagements-col_stage = Этап
engagements-col_next = Следующая контрольная точка
engagements-no_next = Предстоящих контрольных точек нет
engagements-empty = У вас пока нет взаимодействий. Взаимодействие — это один обзор или призыв, в котором участвует ваш город, например УПО вашей страны или призыв Специального докладчика к представлению материалов. Нажмите «Новое взаимодействие», чтобы создать первое.
engagements-no_match = Ни одно взаимодействие не соответствует этим фильтрам.
engagements-show_all = Показать все взаимодействия
engagements-count = Взаимодействий: { $n } из { $total }

# Engagement form
engagement_form-new_title = Новое взаимодействие
engagement_form-edit_title = Изменение взаимодействия
engagement_form-mechanism = Механизм
engagement_form-choose_mechanism = Выберите механизм…
engagement_form-mechanism_option = { $acronym } — { $name }
engagement_form-title = Название
engagement_form-title_hint = Например, «УПО Словении, четвёртый цикл».
engagement_form-state = Государство — объект обзора
engagement_form-session = Сессия или призыв
engagement_form-session_hint = Например, «Четвёртый цикл, 48-я сессия Рабочей группы».
engagement_form-mandate = Мандат
engagement_form-mandate_none = Не указан
engagement_form-mandate_other = Другой мандат (введите название)
engagement_form-mandate_other_label = Название другого мандата
engagement_form-stage = Этап
engagement_form-notes = Примечания

# Engagement detail
engagement-state = Государство — объект обзора
engagement-session = Сессия или призыв
engagement-mandate = Мандат
engagement-stage = Этап
engagement-stages_label = Этапы этого взаимодействия
engagement-stage_saved = Этап изменён на «{ $stage }».
engagement-notes = Примечания
engagement-back = Все взаимодействия
engagement-delete_question = Переместить это взаимодействие в корзину? Его можно будет восстановить из корзины.
engagement-move_to_bin = Переместить в корзину
engagement-not_specified = не указано
engagement-milestones_title = Контрольные точки
engagement-no_milestones = Контрольных точек пока нет. Добавьте период приёма представлений, даты сессии и свои внутренние сроки, чтобы они появились на панели.
engagement-add_milestone = Добавить контрольную точку
engagement-col_kind = Что означает
engagement-col_title = Название
engagement-col_due = Дата и время
engagement-col_when = Когда
engagement-col_actions = Действия
engagement-until = до { $date }
engagement-remove_question = Переместить контрольную точку «{ $title }» в корзину? Её можно будет восстановить вместе с напоминаниями из корзины.
engagement-submissions_title = Представления
engagement-no_submissions = По этому взаимодействию представлений пока нет.
engagement-col_sub_title = Название
engagement-col_sub_status = Статус
engagement-col_sub_words = Слова
engagement-col_sub_kind = Индивидуальное или совместное

# Milestone form
milestone_form-add_title = Добавить контрольную точку
milestone_form-edit_title = Изменение контрольной точки
milestone_form-kind = Что означает
milestone_form-choose_kind = Выберите…
milestone_form-title = Название
milestone_form-date = Дата
milestone_form-end_date = Последний день
milestone_form-end_date_hint = Для события продолжительностью несколько дней, например сессии.
milestone_form-time = Время
milestone_form-time_hint = Оставьте пустым, если срок истекает в конце дня.
milestone_form-time_zone = Часовой пояс
milestone_form-time_zone_hint = Город (Женева, Нью-Йорк) или название часового пояса (Europe/Zurich). Приём представлений для УПО закрывается в 23:59 по женевскому времени. Договорные органы и специальные процедуры указывают даты без часового пояса: используйте свой.
milestone_form-is_estimate = Эта дата — оценка
milestone_form-basis = На чём основана оценка
milestone_form-notes = Примечания
milestone_form-reminder_days = Напомнить (за сколько дней)
milestone_form-reminder_days_hint = Число дней до даты через запятую, например 30, 7, 1. Оставьте пустым, если напоминания не нужны.

# Calendar (issue 5)
calendar-nav = Календарь
calendar-title = Календарь
calendar-intro = Все даты всех взаимодействий в вашем часовом поясе ({ $zone }). Для официальных сроков показывается также их собственное время, например 23:59 по женевскому времени.
calendar-filter_mechanism = Механизм
calendar-filter_engagement = Взаимодействие
calendar-filter_kind = Вид даты
calendar-all_mechanisms = Все механизмы
calendar-all_engagements = Все взаимодействия
calendar-all_kinds = Все
calendar-go_to = Перейти к дате
calendar-today = Сегодня
calendar-month = Месяц
calendar-week = Неделя
calendar-agenda = Список
calendar-view_label = Вид
calendar-all_day = весь день
calendar-span = { $start } – { $end }
calendar-agenda_missed = Пропущенные сроки
calendar-agenda_empty = Предстоящих дат ни по одному взаимодействию нет.
calendar-next_hint = Следующая дата: { $title }, { $date } ({ $engagement }).
calendar-next_go = Показать: { $month }
calendar-previous = Назад
calendar-next = Вперёд
calendar-more = ещё { $n }
calendar-legend = Условные обозначения
calendar-legend_overdue = Просрочено: пропущено и ещё не отмечено как урегулированное
calendar-legend_met = Соблюдено: представление направлено
calendar-legend_handled = Пропущено, отмечено как урегулированное
calendar-legend_soon = Срок в течение 7 дней
calendar-legend_estimate = Оценка
calendar-tag_overdue = просрочено
calendar-tag_soon = скоро
calendar-tag_met = соблюдено
calendar-tag_handled = урегулировано
calendar-tag_estimate = оценка
calendar-export = Экспорт в календарь…
calendar-export_hint = Файл .ics для Outlook и других календарей. Повторный импорт обновляет те же события.
calendar-exported =
    { $n ->
        [one] { $n } контрольная точка записана в { $path }.
        [few] { $n } контрольные точки записаны в { $path }.
        [many] { $n } контрольных точек записано в { $path }.
       *[other] { $n } контрольных точек записано в { $path }.
    }
calendar-export_cancelled = Файл не выбран; ничего не экспортировано.
calendar-new_milestone = Новая контрольная точка
calendar-new_on = Новая контрольная точка на { $date }
calendar-choose_engagement = Для взаимодействия
calendar-choose_engagement_option = Выберите взаимодействие…
calendar-no_engagements = Сначала создайте взаимодействие: контрольная точка всегда относится к какому-либо взаимодействию.
calendar-empty = Контрольных точек пока нет. Откройте взаимодействие и добавьте его даты или щёлкните день в календаре, чтобы добавить точку.
calendar-no_match = Ни одна контрольная точка не соответствует этим фильтрам.
calendar-open_engagement = Открыть взаимодействие «{ $title }»
calendar-when = Когда
calendar-own_time = Исходное время
calendar-basis = Основание оценки
calendar-reminders = Напоминания
calendar-reminders_none = Нет
calendar-reminders_days = За { $days } дн.
calendar-notes = Примечания
calendar-close = Закрыть
calendar-moved = «{ $title }» перенесено на { $date }.
calendar-move_official_question = «{ $title }» — официальная дата ({ $kind }). Всё равно перенести её на { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } { $direction ->
        [earlier] раньше
       *[later] позже
    }? Делайте это, только если ООН изменила дату.
calendar-move_official_confirm = Перенести официальную дату
calendar-move_estimate_question = «{ $title }» ({ $kind }) — это оценка даты ООН, а не официальная дата. Перенести её на { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } { $direction ->
        [earlier] раньше
       *[later] позже
    }? Делайте это, когда ООН объявит фактическую дату.
calendar-move_estimate_confirm = Перенести оценку
calendar-move_time_refused = Чтобы изменить время контрольной точки, отредактируйте её: перетаскивание переносит её только на целые дни.

# Proposed timelines (issue 5)
timeline-session_date = Первый день сессии
timeline-session_date_hint = Необязательно. Для УПО — сессия Рабочей группы. Если указать эту дату, CityRights предложит обычные сроки, которые вам нужно будет проверить.
timeline-session_end_date = Последний день сессии
timeline-title = Предлагаемый график
timeline-intro = Это обычные контрольные точки для такого вида взаимодействия, рассчитанные от даты сессии. Для каждой оценки указано, на чём она основана: сверьте её с объявлением ООН и измените дату, когда она станет известна.
timeline-none_known = Типового графика нет
timeline-add_this = Добавить «{ $title }»
timeline-add_selected = Добавить выбранные контрольные точки
timeline-skip = Пропустить, добавить даты позже
timeline-basis = Основание
timeline-not_estimate = Как вы ввели.
timeline-nothing_selected = Выберите хотя бы одну контрольную точку или нажмите «Пропустить».
timeline-passed = Уже прошло.
timeline-state_step = Доклад государства
timeline-state_step_hint = Это этап государства, а не города: он показывается в разделе «Доклады государства» и никогда не считается сроком, пропущенным городом.

# Reminders (issue 5)
reminder-banner_title = Скоро срок
reminder-banner_intro = Напоминания, сработавшие, пока CityRights был закрыт:
reminder-which = Напоминание за { $n } дн.
reminder-show_all = Показать все ({ $n })
reminder-show_fewer = Показать меньше
reminder-missed = прошло, пока CityRights был закрыт
reminder-dismiss = Скрыть

# Rules
rules-title = Действующие правила
rules-overridden = Изменено городом для этого взаимодействия.
rules-word_limit_individual = Лимит слов, индивидуальное представление
rules-word_limit_joint = Лимит слов, совместное представление
rules-words = Слов: { $n }
rules-not_known = неизвестно
rules-footnotes = Сноски
rules-footnotes_count = Учитываются в лимите
rules-footnotes_do_not_count = Не учитываются в лимите
rules-footnotes_unknown = Ни в одном источнике не сказано, учитываются ли сноски, поэтому для надёжности они учитываются.
rules-formats = Форматы файлов
rules-languages = Языки
rules-front_matter = Начало документа
rules-status = Статус
rules-source = Источник
rules-note = Примечание
rules-stale = Источнику этого правила больше года, или его не проверяли в течение последнего года: проверьте его, прежде чем на него полагаться.
rules-override_open = Изменить для этого взаимодействия
rules-override_title = Изменение для этого взаимодействия
rules-override_intro = Укажите цифры, установленные для этого взаимодействия (например, в призыве к представлению материалов). Оставьте поле пустым, чтобы сохранить значение по умолчанию.
rules-override_individual = Лимит слов, индивидуальное представление
rules-override_joint = Лимит слов, совместное представление
rules-override_footnotes = Сноски учитываются в лимите
rules-override_footnotes_default = Оставить значение по умолчанию
rules-override_footnotes_yes = Да, учитываются
rules-override_footnotes_no = Нет, не учитываются
rules-override_source = Источник этих цифр
rules-override_source_hint = Например, «Призыв к представлению материалов от 3 марта 2026 года, пункт 4».
rules-override_date = Дата источника
rules-override_clear = Вернуться к правилам по умолчанию
rules-override_saved = Правила для этого взаимодействия сохранены.
rules-override_cleared = Снова действуют правила по умолчанию.
rules-whole_number = Введите целое число слов, например 2815.

format-docx = Word (.docx)
format-pdf = PDF
front_matter-header_block = Несколько строк заголовка
front_matter-cover_page = Титульная страница
rule_status-confirmed = Указано: { $who } (страница просмотрена { $date })
rule_status-confirmed_undated = Указано: { $who }
rule_status-third_party = Сообщено: { $who } ({ $date })
rule_status-third_party_undated = Сообщено: { $who }
rule_status-unconfirmed = Не подтверждено: ни один источник этого не указывает
rule_status-set_by_city = Не подтверждено — задано вами
rules-source_date = Дата источника
rules-source_undated = Источник без даты

# Bin
bin-title = Корзина
bin-intro = Удалённые взаимодействия, представления, разделы, контрольные точки и рекомендации хранятся здесь, пока вы не восстановите их — целиком, со всем содержимым — или не очистите корзину.
bin-empty = Корзина пуста.
bin-col_kind = Что
bin-col_title = Название
bin-col_context = Где находилось
bin-col_deleted = Удалено
bin-col_actions = Действия
bin-restore = Восстановить
bin-restored = «{ $title }» восстановлено.
bin-empty_button = Очистить корзину
bin-empty_question = Окончательно удалить всё содержимое корзины? Это действие нельзя отменить.
bin-delete_for_good = Удалить окончательно
bin-emptied =
    { $n ->
        [one] Корзина очищена ({ $n } объект удалён окончательно).
        [few] Корзина очищена ({ $n } объекта удалены окончательно).
        [many] Корзина очищена ({ $n } объектов удалено окончательно).
       *[other] Корзина очищена ({ $n } объектов удалено окончательно).
    }

bin_kind-engagement = Взаимодействие
bin_kind-submission = Представление
bin_kind-section = Раздел
bin_kind-milestone = Контрольная точка
bin_kind-recommendation = Рекомендация

# Submissions (issue 3: drafting)
submissions-nav = Представления
submissions-title = Представления
submissions-new = Новое представление
submissions-empty = Представлений пока нет. Представление — это документ, который ваш город направляет в рамках взаимодействия, например свой вклад в УПО. Откройте взаимодействие и нажмите «Новое представление» или нажмите «Новое представление» здесь.
submissions-col_title = Название
submissions-col_engagement = Взаимодействие
submissions-col_mechanism = Механизм
submissions-col_status = Статус
submissions-col_words = Слова
submissions-col_updated = Обновлено
submissions-search_label = Поиск по всем проектам
submissions-search_hint = Находит слова во всех разделах всех представлений на любом языке.
submissions-search_results = Результаты поиска
submissions-search_none = По запросу «{ $query }» ничего не найдено.
submissions-search_count =
    { $n ->
        [one] Найдено { $n } совпадение
        [few] Найдено { $n } совпадения
        [many] Найдено { $n } совпадений
       *[other] Найдено { $n } совпадений
    }
submissions-hit_where = { $submission } › { $section }
submissions-import = Импортировать проект…
submissions-import_hint = Файл Word (.docx) или Markdown: заголовки начинают разделы, нумерованные абзацы и сноски сохраняются; то, что перенести нельзя, будет перечислено.
submissions-import_cancelled = Файл не выбран; ничего не импортировано.

# The submission form
submissions-form_new_title = Новое представление
submissions-form_edit_title = Сведения о представлении
submissions-engagement = Взаимодействие
submissions-choose_engagement = Выберите взаимодействие…
submissions-no_engagements = Сначала создайте взаимодействие: представление всегда относится к какому-либо обзору или призыву.
submissions-template = Шаблон
submissions-template_sections = Разделы этого шаблона
submissions-choose_engagement_first = Сначала выберите взаимодействие: шаблоны зависят от механизма.
submissions-title_field = Название
submissions-title_hint = Например, «Совместное представление города Примерска и Уполномоченного по правам человека».
submissions-language = Язык
submissions-co_submitters = Соавторы
submissions-co_submitters_hint = Выберите их для совместного представления: они указываются во вводной части, и применяется лимит слов для совместных представлений.
submissions-no_stakeholders = Заинтересованные стороны пока не внесены.
submissions-add_co_submitter = Добавить соавтора
submissions-stakeholder_name = Наименование соавтора
submissions-stakeholder_acronym = Сокращение
submissions-stakeholder_kind = Тип
submissions-stakeholder_add = Добавить
submissions-stakeholder_added = «{ $name }» добавлено и выбрано.
submissions-may_publish = Можно ли опубликовать представление?
submissions-may_publish_hint = Договорные органы спрашивают, могут ли они опубликовать полученные материалы.
submissions-may_publish_yes = Да
submissions-may_publish_no = Нет
submissions-may_publish_undecided = Ещё не решено
submissions-create = Создать представление
submissions-stakeholder_kind-city = Город или орган местного самоуправления
submissions-stakeholder_kind-nhri = Национальное правозащитное учреждение
submissions-stakeholder_kind-nmirf = Национальный механизм осуществления, представления докладов и последующей деятельности
submissions-accreditation = Аккредитация (GANHRI — Глобальный альянс национальных правозащитных учреждений)
submissions-accreditation_hint = В рамках УПО учреждению со статусом «A» отводится отдельный раздел в резюме материалов, представленных заинтересованными сторонами.
submissions-accreditation_unknown = Не указано
submissions-accreditation-a_status = Статус «A» (полное соответствие Парижским принципам)
submissions-accreditation-b_status = Статус «B» (частичное соответствие)
submissions-accreditation-not_accredited = Не аккредитовано
submissions-stakeholder_kind-ngo = НПО
submissions-stakeholder_kind-ministry = Министерство
submissions-stakeholder_kind-academic = Университет или исследовательский центр
submissions-stakeholder_kind-regional_organization = Региональная организация
submissions-stakeholder_kind-other = Другое

# The submission screen
drafting-back = Все представления
drafting-engagement = Взаимодействие
drafting-status = Статус
drafting-status_saved = Статус изменён на «{ $status }».
drafting-template = Шаблон
drafting-language = Язык
drafting-kind = Индивидуальное или совместное
drafting-edit_details = Изменить сведения
drafting-delete = Удалить представление
drafting-delete_question = Переместить это представление со всеми разделами в корзину? Его можно будет восстановить из корзины.
drafting-move_to_bin = Переместить в корзину
drafting-front_matter = Вводная часть
drafting-front_matter_header_block = Строки заголовка в начале представления (не отдельная страница).
drafting-front_matter_cover_page = Титульная страница.
drafting-words = Слов: { $words }
drafting-word_count_label = Число слов
drafting-count_hint_footnotes = Учитывается всё, что направляется, так же, как считает Word: название, вводная часть, заголовки, текст и сноски.
drafting-count_hint_no_footnotes = Учитывается всё, что направляется, так же, как считает Word, кроме сносок: действующее правило их не учитывает.
drafting-count_breakdown = Всего слов: { $words } ({ $parts })
drafting-count_breakdown_excluded = Всего слов: { $words } ({ $parts }); не учитываются: { $excluded }
drafting-count_breakdown_label = Распределение слов
# One part of the word count: "12 title", "2,420 text" (the number is already formatted).
count_part-title = название — { $n }
count_part-front_matter = вводная часть — { $n }
count_part-headings = заголовки — { $n }
count_part-text = текст — { $n }
count_part-footnotes = сноски — { $n }
drafting-saved = Сохранено
drafting-not_saved = Не сохранено
drafting-saving = Сохранение…
drafting-save_failed = Ваш текст остаётся на этом экране и через мгновение будет сохранён снова. { $message }
drafting-save_damaged = Не сохранено: сохранённый текст этого раздела не читается, поэтому поверх него ничего не записано. Ваш текст остаётся на этом экране: скопируйте его в надёжное место, затем восстановите более раннюю редакцию («Редакции») или резервную копию (Настройки → Резервные копии). { $message }
drafting-sections = Разделы
drafting-section_words_label = Слова в разделе «{ $title }»
drafting-section_title = Название раздела
drafting-owner = Ответственный
drafting-owner_hint = Подразделение или сотрудник
drafting-section_status = Статус раздела
drafting-section_status-to_draft = Подготовить
drafting-section_status-drafted = Подготовлен
drafting-section_status-reviewed = Проверен
drafting-section_status-approved = Утверждён
drafting-move_up = Переместить вверх
drafting-move_down = Переместить вниз
drafting-remove_section = Убрать раздел
drafting-remove_section_question = Переместить раздел «{ $title }» в корзину? Его можно будет восстановить из корзины.
drafting-guidance = Рекомендации по этому разделу
drafting-guidance_hint = Советы из шаблона. Они никогда не входят в текст.
drafting-add_section = Добавить раздел
drafting-new_section_title = Название нового раздела
drafting-no_sections = В этом представлении пока нет разделов. Добавьте первый.
drafting-checks = Проверки
drafting-checks_none = Проблем не обнаружено.
drafting-severity-error = Требует исправления
drafting-severity-warning = Предупреждение
drafting-severity-info = Примечание
drafting-go_to_section = Перейти к разделу «{ $title }»
drafting-conflict_title = Этот раздел был изменён в другом месте
drafting-conflict_text = Другое окно или другая копия CityRights сохранили раздел «{ $title }» после того, как вы начали его редактировать. Ваш текст не сохранён, и ничего не перезаписано.
drafting-conflict_reload = Загрузить их текст
drafting-conflict_keep = Оставить мой текст
drafting-conflict_keep_hint = Если оставить ваш текст, он будет сохранён поверх их текста; их текст останется в редакциях.

# Recording what was sent
drafting-mark_submitted = Отметить как направленное
drafting-mark_title = Зарегистрировать направленный документ
drafting-mark_intro = После того как вы укажете эти сведения, CityRights запросит точный файл, который вы направили, сохранит его копию с отпечатком SHA-256 и заблокирует эту версию текста.
drafting-sent_on = Дата направления
drafting-channel = Способ направления
drafting-channel_hint = Например, онлайн-система приёма представлений для УПО или электронное письмо в секретариат.
drafting-channel_upr = Онлайн-система приёма представлений для УПО
drafting-channel_email = Электронное письмо в секретариат комитета
drafting-channel_sp = Электронное письмо на адрес мандата, указанный в призыве к представлению материалов
drafting-choose_file = Выбрать направленный файл…
drafting-mark_cancelled = Файл не выбран; ничего не зарегистрировано.
drafting-sent_title = Что было направлено
drafting-sent_date = Дата направления
drafting-sent_channel = Способ
drafting-sent_file = Файл
drafting-sent_sha = SHA-256
drafting-edited_since_sent = Текст был изменён после направления. Направленная версия сохранена в редакциях.
drafting-outcome_title = Результат
drafting-acronym = Сокращение, присвоенное УВКПЧ
drafting-acronym_hint = Например, «JS3» для совместного представления, как в резюме материалов, представленных заинтересованными сторонами.
drafting-cited = Пункты резюме УВКПЧ, в которых оно цитируется
drafting-cited_hint = Например, «12, 40, 43».
drafting-outcome_save = Сохранить
drafting-outcome_saved = Сохранено.
drafting-read_only_title = Направлено: эта версия доступна только для чтения
drafting-read_only_text = Это представление отмечено как направленное { $date } ({ $channel }). Направленный документ остаётся неизменным: его текст, разделы и сведения изменить нельзя. Чтобы изменить их, создайте новую версию; запись о направлении (дата, способ, файл, SHA-256 и заблокированная версия текста) сохраняется.
drafting-read_only_text_no_record = Это представление отмечено как направленное. Направленный документ остаётся неизменным: его текст, разделы и сведения изменить нельзя. Чтобы изменить их, создайте новую версию.
drafting-start_new_version = Создать новую версию
drafting-start_new_version_question = Создать новую версию этого представления? После этого его текст снова можно будет изменять. Запись о направлении сохраняется без изменений: дата, способ, файл с его SHA-256 и заблокированная версия текста.
drafting-marked = Отмечено как направленное. Теперь текст доступен только для чтения; чтобы изменить его, создайте новую версию.
drafting-reopened_note = Новая версия создана { $date }. Ниже приведена запись о ранее направленном документе в неизменном виде.
drafting-earlier_sends = Ранее направлено
drafting-earlier_send = { $date }, { $channel }: { $file } (SHA-256 { $sha })
drafting-section_read_only = Только для чтения: эта версия направлена.

# The editor
editor-section_text = Текст раздела: { $title }
editor-toolbar = Форматирование раздела «{ $title }»
editor-bold = Полужирный
editor-italic = Курсив
editor-link = Ссылка
editor-block_type = Стиль текста
editor-chart_note = Диаграмма построена по текущему состоянию плана осуществления: в файлах PDF и Word она показана как изображение с этими цифрами.
editor-paragraph = Абзац
editor-heading = Заголовок { $level }
editor-bullet_list = Маркированный список
editor-ordered_list = Нумерованный список
editor-quote = Цитата
editor-table = Вставить таблицу
editor-add_row = Добавить строку таблицы
editor-numbered = Нумерованный абзац
editor-add_footnote = Добавить сноску
editor-add_citation = Добавить ссылку на документ
editor-footnote_button = + Сноска
editor-citation_button = + Ссылка на документ
editor-undo = Отменить
editor-redo = Повторить
editor-shortcut = { $name } ({ $keys })
editor-footnotes = Сноски раздела «{ $title }»
editor-footnote_edit = Изменить сноску { $n }
editor-footnote_delete = Удалить сноску { $n }
editor-footnote_empty = (пустая сноска)
editor-footnote_title_new = Добавление сноски
editor-footnote_title_edit = Изменение сноски { $n }
editor-footnote_text = Текст сноски
editor-footnote_save = Сохранить сноску
editor-footnote_keys = Enter сохраняет сноску; Shift+Enter начинает новую строку.
editor-citation_title_new = Добавление ссылки на документ
editor-citation_title_edit = Изменение ссылки на документ
editor-citation_symbol = Условное обозначение документа
editor-citation_symbol_hint = Например, A/HRC/59/15 (доклад по УПО) или E/C.12/AUT/CO/4 (заключительные замечания).
editor-citation_paragraph = Пункт или рекомендация
editor-citation_paragraph_hint = Например, 140.7. Оставьте пустым, чтобы сослаться на весь документ.
editor-citation_save = Сохранить ссылку
editor-citation_delete = Удалить ссылку
editor-citation_needs_symbol = Введите условное обозначение документа, например A/HRC/59/15.
editor-citation_placement_hint = Ссылка вставляется в предложение в месте курсора, как задано в разделе Настройки → Ссылки на документы: в скобках перед точкой или в сноске.
citations-title = Ссылки на документы
citations-legend = Как оформляется новая ссылка
citations-hint = Для ссылок, добавляемых с этого момента кнопкой «+ Ссылка на документ»; ссылки, уже имеющиеся в тексте, не меняются.
citations-example = Пример:
citations-saved = Сохранено. Ссылки, добавляемые с этого момента, будут оформляться так.
citation_style-parenthetical = В скобках, перед точкой в конце предложения
citation_style-footnote = В сноске, после точки в конце предложения
editor-link_title = Ссылка
editor-link_href = Адрес ссылки
editor-link_hint = Только веб-адреса (http://, https://) или адреса электронной почты (mailto:).
editor-link_apply = Применить ссылку
editor-link_remove = Удалить ссылку
editor-link_refused = Эту ссылку нельзя сохранить: допускаются только веб-адреса (http, https) и адреса электронной почты (mailto).
editor-link_needs_text = Сначала выделите слова, к которым нужно добавить ссылку.

# Revisions
revisions-open = Редакции
revisions-title = Редакции
revisions-intro = Снимки всего представления: создаются во время работы (не чаще одного раза в 10 минут), перед каждым восстановлением и при направлении версии. Дайте снимку название, чтобы легко найти его снова, — текущему тексту или любой редакции ниже.
revisions-rename = Переименовать
revisions-give_name = Дать название
revisions-rename_label = Название редакции от { $when }
revisions-rename_save = Сохранить название
revisions-renamed = Новое название: «{ $name }».
revisions-name_label = Дать название текущему тексту
revisions-name_hint = Например, «Направлено на юридическую экспертизу».
revisions-name_save = Сохранить эту версию
revisions-named = Сохранено как «{ $name }».
revisions-none = Редакций пока нет: они появляются по мере работы.
revisions-col_when = Когда
revisions-col_kind = Вид
revisions-col_name = Название
revisions-col_words = Слова
revisions-col_actions = Действия
revisions-kind-auto = Автоматическая
revisions-kind-named = Именованная
revisions-kind-before_restore = Перед восстановлением
revisions-kind-sent = Направленная
revisions-kind-contribution = Принятый вклад
revisions-view = Просмотреть
revisions-restore = Восстановить
revisions-restore_question = Восстановить текст от { $when }? Сначала текущий текст сохраняется как редакция, поэтому это действие можно отменить.
revisions-restored = Текст от { $when } восстановлен.
revisions-compare_title = Сравнение двух версий
revisions-compare_from = Более ранняя версия
revisions-compare_to = Более поздняя версия
revisions-current = Текущий текст
revisions-compare = Сравнить
revisions-viewing = Текст от { $when }
revisions-close_view = Закрыть
revisions-inserted = Добавлено:
revisions-deleted = Удалено:
revisions-change-same = без изменений
revisions-change-changed = изменён
revisions-change-added = добавлен
revisions-change-removed = удалён
revisions-legend = Добавленные слова подчёркнуты, удалённые — зачёркнуты.
revisions-no_difference = Версии совпадают.
revisions-option = { $when } — { $kind }{ $name }

# Recommendations (issue 6)
recommendations-title = Рекомендации
recommendations-import_button = Импорт…
recommendations-add = Добавить рекомендацию
recommendations-add_title = Добавление рекомендации
recommendations-export_csv = Экспортировать матрицу последующих мер (CSV)…
recommendations-exported = В файл { $path } { $n ->
        [one] записана { $n } рекомендация
        [few] записаны { $n } рекомендации
        [many] записано { $n } рекомендаций
       *[other] записано { $n } рекомендаций
    }.
recommendations-export_pdf = Экспортировать матрицу последующих мер (PDF)…
recommendations-exported_pdf = В файл { $path } записано рекомендаций: { $n }, страниц: { $pages }.
recommendations-empty_title = Рекомендаций пока нет
recommendations-empty_p1 = Загрузите рекомендации, адресованные ООН вашему государству: текст доклада Рабочей группы по УПО (скопированный из PDF), тематический перечень рекомендаций УВКПЧ (Word), экспорт Универсального индекса по правам человека (JSON) или файл CSV.
recommendations-empty_p2 = Затем найдите те, которые касаются города, укажите ответственных и отслеживайте ход выполнения. Нажмите «Импорт…», чтобы начать.
recommendations-overview = Обзор
recommendations-overview_total = Всего { $n ->
        [one] { $n } рекомендация
        [few] { $n } рекомендации
        [many] { $n } рекомендаций
       *[other] { $n } рекомендаций
    }; в компетенции города (исключительной или совместной): { $within }.
recommendations-new_since_last = Последний импорт добавил { $n ->
        [one] { $n } новую рекомендацию
        [few] { $n } новые рекомендации
        [many] { $n } новых рекомендаций
       *[other] { $n } новых рекомендаций
    }.
recommendations-chart_row = { $theme }: { $n ->
        [one] { $n } рекомендация — показать
        [few] { $n } рекомендации — показать их
        [many] { $n } рекомендаций — показать их
       *[other] { $n } рекомендаций — показать их
    }
recommendations-nothing_new = Последний импорт ничего не добавил: всё, что в нём было, уже имелось здесь без изменений.
recommendations-nothing_new_updated = Последний импорт не добавил новых рекомендаций и обновил { $n ->
        [one] { $n } уже имевшуюся
        [few] { $n } уже имевшиеся
        [many] { $n } уже имевшихся
       *[other] { $n } уже имевшихся
    }.
recommendations-export_follows_filter = В экспорт попадает то, что показывает текущий фильтр: { $n } из { $total ->
        [one] { $total } рекомендации
        [few] { $total } рекомендаций
        [many] { $total } рекомендаций
       *[other] { $total } рекомендаций
    }. Сбросьте фильтры, чтобы экспортировать все.
recommendations-exported_filtered = То, что показывает текущий фильтр ({ $n } из { $total ->
        [one] { $total } рекомендации
        [few] { $total } рекомендаций
        [many] { $total } рекомендаций
       *[other] { $total } рекомендаций
    }), записано в { $path }.
recommendations-show_new = Показать их
recommendations-chart_title = Статус в городе по темам
recommendations-no_theme = Без темы
recommendations-filters = Поиск рекомендаций
recommendations-search = Поиск
recommendations-search_hint = Слова из текста, государство, условное обозначение или номер пункта (например, жильё рома, Португалия, 140.7).
recommendations-search_placeholder = например, жильё рома, Португалия, 140.7
recommendations-all = Все
recommendations-filter_symbol = Документ
recommendations-filter_mechanism = Механизм
recommendations-filter_cycle = Цикл
recommendations-filter_theme = Тема
recommendations-filter_sdg = ЦУР
recommendations-sdg_n = ЦУР { $n }
recommendations-filter_response = Ответ
recommendations-filter_competence = Компетенция
recommendations-filter_department = Подразделение
recommendations-filter_status = Статус в городе
recommendations-filter_tag = Метка
recommendations-filter_new = Новые с последнего импорта
recommendations-more_filters = Другие фильтры
recommendations-more_filters_set = Другие фильтры (задано: { $n })
recommendations-fewer_filters = Меньше фильтров
recommendations-count = Показано { $n } из { $total }
recommendations-clear_filters = Показать все
recommendations-no_match = Ни одна рекомендация не соответствует этим фильтрам.
recommendations-show_more = Показать ещё { $n }
recommendations-bulk = Изменить выбранные рекомендации
recommendations-selected = Выбрано: { $n }
recommendations-bulk_tag = Метка, которую нужно добавить или убрать
recommendations-bulk_status = Устанавливаемый статус
recommendations-bulk_competence = Устанавливаемая компетенция
recommendations-bulk_department = Назначаемое подразделение
recommendations-add_tag = Добавить метку
recommendations-remove_tag = Убрать метку
recommendations-set_status = Установить статус
recommendations-set_competence = Установить компетенцию
recommendations-set_department = Назначить подразделение
recommendations-bulk_tagged = Метка добавлена к { $n ->
        [one] { $n } рекомендации
        [few] { $n } рекомендациям
        [many] { $n } рекомендациям
       *[other] { $n } рекомендациям
    }.
recommendations-bulk_untagged = Метка убрана у { $n ->
        [one] { $n } рекомендации
        [few] { $n } рекомендаций
        [many] { $n } рекомендаций
       *[other] { $n } рекомендаций
    }.
recommendations-bulk_changed =
    { $n ->
        [one] Изменена { $n } рекомендация.
        [few] Изменены { $n } рекомендации.
        [many] Изменено { $n } рекомендаций.
       *[other] Изменено { $n } рекомендаций.
    }
recommendations-clear_selection = Снять выделение
recommendations-bulk_replace-set_department = У некоторых из выбранных ({ $replaced } из { $selected }) уже есть подразделение. Заменить его?
recommendations-bulk_replace-set_competence = У некоторых из выбранных ({ $replaced } из { $selected }) уже указана компетенция. Заменить её?
recommendations-bulk_replace-set_local_status = У некоторых из выбранных ({ $replaced } из { $selected }) уже есть статус. Заменить его?
recommendations-bulk_replace_one-set_department = У одной из выбранных рекомендаций (всего выбрано: { $selected }) уже есть подразделение. Заменить его?
recommendations-bulk_replace_one-set_competence = У одной из выбранных рекомендаций (всего выбрано: { $selected }) уже указана компетенция. Заменить её?
recommendations-bulk_replace_one-set_local_status = У одной из выбранных рекомендаций (всего выбрано: { $selected }) уже есть статус. Заменить его?
recommendations-bulk_replace_all = Заменить
recommendations-bulk_keep = Оставить их значения, изменить остальные ({ $n })
recommendations-select_all = Выбрать все показанные
recommendations-select_one = Выбрать { $ref }
recommendations-open = Открыть { $ref }
recommendations-no_paragraph = (без номера)
recommendations-col_reference = П.
recommendations-col_text = Рекомендация
recommendations-col_response = Ответ
recommendations-col_competence = Компетенция
recommendations-col_department = Подразделение
recommendations-col_status = Статус в городе
recommendations-col_theme = Темы
recommendations-new = новая
recommendations-detail_title = Рекомендация
recommendations-recommended_by = Государства, вынесшие рекомендацию
recommendations-cycle = Цикл и сессия
recommendations-kind = Вид
recommendations-groups = Группы лиц
recommendations-sdgs = ЦУР
recommendations-published = Опубликовано
recommendations-source = Источник импорта
recommendations-city_follow_up = Последующие меры города
recommendations-save_follow_up = Сохранить последующие меры
recommendations-detail_competence = Компетенция города
recommendations-detail_department = Ответственное подразделение
recommendations-department_none = Нет
recommendations-department_other = Другое подразделение (введите название)
recommendations-department_new = Название нового подразделения
recommendations-department_new_hint = Оно будет добавлено в список подразделений города (Настройки → Подразделения).
recommendations-detail_status = Статус в городе
recommendations-tags = Метки
recommendations-tags_hint = Собственные слова для группировки рекомендаций через запятую (например, жильё, совет 2027).
recommendations-save_tags = Сохранить метки
recommendations-evidence = Что сделал город
recommendations-no_evidence = Подтверждения пока не внесены.
recommendations-evidence_date = Дата
recommendations-evidence_note = Что сделано
recommendations-add_evidence = Добавить подтверждение
recommendations-remove_evidence = Убрать подтверждение от { $date }
recommendations-keep_evidence = Оставить подтверждение от { $date }
recommendations-evidence_removed = будет убрано при сохранении
recommendations-evidence_new_hint = Будет добавлено в список при сохранении.
recommendations-unsaved_question = В последующих мерах по { $ref } есть несохранённые изменения. Сохранить их перед закрытием?
recommendations-cited_in = Цитируется в
recommendations-not_cited = Пока не цитируется ни в одном проекте.
recommendations-delete = Переместить в корзину
recommendations-delete_question = Переместить { $ref } в корзину вместе с последующими мерами города (компетенция, подразделение, статус, метки, подтверждения)? Её можно будет восстановить целиком из корзины.
recommendations-delete_unsaved = Несохранённые изменения будут потеряны.
recommendations-paragraph = Пункт
recommendations-list_hint = Можно несколько, через точку с запятой.
recommendations-mechanism_hint = UPR (УПО), договорной орган (CESCR, CRC…) или SP (специальные процедуры).
recommendations-import_title = Импорт рекомендаций
recommendations-import_kind = Что импортировать
recommendations-report_text = Текст доклада
recommendations-report_text_hint = Вставьте раздел II «Выводы и/или рекомендации» (или весь доклад), скопированный из PDF; колонтитулы и переносы строк не мешают.
recommendations-file = Файл
recommendations-choose_file = Выбрать файл…
recommendations-choose_text_file = Или выберите текстовый файл…
recommendations-no_file = Файл не выбран
recommendations-country = Код страны (ISO 3166-1 alpha-3)
recommendations-country_hint = Сохраняются только рекомендации, адресованные этому государству, например SVN для Словении.
recommendations-symbol = Условное обозначение документа
recommendations-symbol_optional = Условное обозначение документа (необязательно)
recommendations-symbol_hint_report = Условное обозначение доклада, например A/HRC/59/15: по нему цитируются рекомендации.
recommendations-symbol_hint_other = Нужно, только если в файле не указано, к какому докладу относятся его строки.
recommendations-mapping_title = Что содержится в каждом столбце ({ $n ->
        [one] { $n } строка
        [few] { $n } строки
        [many] { $n } строк
       *[other] { $n } строк
    })
recommendations-no_column = — нет —
recommendations-column_n = Столбец { $n }
recommendations-preview_caption = Первые строки файла
recommendations-import = Импортировать
recommendations-importing = Импорт…
recommendations-importing_percent = Импорт… { $percent } %
recommendations-cancel_import = Отменить импорт
recommendations-import_done = Импортировано: { $imported }; обновлено: { $updated }; без изменений: { $unchanged }; пропущено: { $skipped }.
recommendations-close = Закрыть
recommendations-picker_label = Найти рекомендацию
recommendations-picker_hint = Введите слова из текста, государство или номер пункта; выберите рекомендацию, чтобы сослаться на неё.
recommendations-picker_none = По запросу «{ $query }» ничего не найдено.
recommendations-picker_or_type = Или сошлитесь на другой документ по его условному обозначению:
recommendations-import_kind-report = Доклад Рабочей группы по УПО (текст)
recommendations-import_kind-thematic_list = Тематический перечень рекомендаций УВКПЧ (Word)
recommendations-import_kind-uhri = Экспорт Универсального индекса по правам человека (JSON)
recommendations-import_kind-csv = Файл CSV
recommendations-import_kind_hint-report = Одна рекомендация на номер (140.1, 140.2…) с указанием рекомендующих государств.
recommendations-import_kind_hint-thematic_list = Добавляет к каждой рекомендации ответ государства («поддержана», «принята к сведению»), её темы и ЦУР; обновляет рекомендации, уже импортированные из доклада.
recommendations-import_kind_hint-uhri = Полный экспорт с сайта uhri.ohchr.org (около 360 МБ); читается потоком, сохраняется одно государство. Импорт более нового экспорта обновляет имеющиеся данные.
recommendations-import_kind_hint-csv = Электронная таблица, сохранённая в формате CSV; вы указываете, что содержится в каждом столбце.
recommendations-csv_field-text = Текст
recommendations-csv_field-symbol = Условное обозначение документа
recommendations-csv_field-paragraph = Пункт
recommendations-csv_field-recommending_states = Государства, вынесшие рекомендацию
recommendations-csv_field-response = Ответ
recommendations-csv_field-themes = Темы
recommendations-csv_field-sdgs = ЦУР
recommendations-csv_field-mechanism = Механизм
recommendations-csv_field-cycle = Цикл
recommendations-response-supported = Поддержана
recommendations-response-partially_supported = Поддержана частично
recommendations-response-noted = Принята к сведению
recommendations-response-pending = Ответ ожидается
recommendations-competence-exclusive = Исключительная
recommendations-competence-shared = Совместная
recommendations-competence-none = Отсутствует
recommendations-competence-unknown = Неизвестно
recommendations-local_status-not_started = Не начато
recommendations-local_status-in_progress = Выполняется
recommendations-local_status-implemented = Выполнено
recommendations-local_status-not_applicable = Неприменимо
recommendations-source-uhri = экспорт Универсального индекса по правам человека
recommendations-source-report = доклад Рабочей группы
recommendations-source-thematic_list = тематический перечень
recommendations-source-csv = файл CSV
recommendations-source-manual = введено вручную

# Enumerations from the core
stage-upcoming = Предстоит
stage-drafting = Подготовка
stage-submitted = Представление направлено
stage-under_review = На рассмотрении
stage-outcome_adopted = Итоговый документ принят
stage-follow_up = Последующие меры

kind-window_opens = Начало приёма представлений
kind-window_closes = Окончание приёма представлений
kind-pre_session = Предсессионная рабочая группа
kind-session = Сессия
kind-outcome_adoption = Принятие итогового документа
kind-follow_up_due = Срок последующих мер
kind-internal = Внутренняя контрольная точка
kind-state_report = Доклад государства (этап государства)

submission_status-planned = Запланировано
submission_status-drafting = Подготовка
submission_status-internal_review = Внутреннее согласование
submission_status-approved = Утверждено
submission_status-submitted = Направлено
submission_status-acknowledged = Получение подтверждено

# Word export and import (issue 7)
export-word = Экспорт в Word…
export-word_busy = Экспорт…
export-word_hint = Документ Word (.docx) с вводной частью, нумерованными абзацами и сносками, как в PDF.
export-word_asked = Этот механизм принимает файлы Word: экспортируйте .docx, чтобы направить его.
export-word_saved = Сохранено как { $path }.
export-cancelled = Файл не выбран; ничего не экспортировано.
export-must_fix_question = Эти проблемы нужно устранить до направления представления. Всё равно экспортировать?
export-must_fix_list = Требует исправления
export-anyway = Всё равно экспортировать
export-not_exported = Ничего не экспортировано. В проверках рядом с текстом указано, что нужно исправить.
# PDF export and preview (issue 4)
export-region = Экспорт и импорт
export-pdf = Экспорт в PDF…
export-pdf_busy = Экспорт в PDF…
export-pdf_hint = PDF для направления: вводная часть, нумерованные абзацы, сноски внизу каждой страницы.
export-pdf_asked = Этот механизм принимает файлы PDF: экспортируйте PDF, чтобы направить его.
export-pdf_saved =
    { $pages ->
        [one] Сохранено как { $path } ({ $pages } страница).
        [few] Сохранено как { $path } ({ $pages } страницы).
        [many] Сохранено как { $path } ({ $pages } страниц).
       *[other] Сохранено как { $path } ({ $pages } страниц).
    }
export-preview = Предварительный просмотр PDF
export-preview_title = Предварительный просмотр PDF
export-preview_loading = Вёрстка PDF…
export-preview_pages =
    { $pages ->
        [one] { $pages } страница — точно так, как её записывает «Экспорт в PDF…».
        [few] { $pages } страницы — точно так, как их записывает «Экспорт в PDF…».
        [many] { $pages } страниц — точно так, как их записывает «Экспорт в PDF…».
       *[other] { $pages } страниц — точно так, как их записывает «Экспорт в PDF…».
    }
export-preview_pages_region = Страницы PDF
export-preview_page = Страница { $n } из { $total }
export-preview_unreadable = Не удалось показать PDF в окне просмотра ({ $detail }). «Экспорт в PDF…» по-прежнему записывает файл.
export-preview_close = Закрыть
word_import-section = Импортировать документ подразделения…
word_import-section_hint = Файл Word (.docx) или Markdown становится новым разделом в конце этого представления.
word_import-section_added = Документ добавлен как раздел «{ $title }».
word_import-cancelled = Файл не выбран; ничего не импортировано.
word_import-notices_title = Что при импорте было изменено или пропущено
word_import-open_submission = Открыть новое представление
# Consultations on the engagement screen (issue 8, personal data)
consultations-title = Консультации
consultations-hint = С кем консультировался город в рамках этого взаимодействия: раздел представления «Методология и консультации».
consultations-add = Добавить консультацию
consultations-none = Консультации пока не внесены. Добавьте встречи, опросы и письменные материалы, на которых основано представление.
consultations-col_date = Дата
consultations-col_topic = Тема
consultations-col_format = Формат
consultations-col_participants = Участники
consultations-col_actions = Действия
consultations-kept_until = Персональные данные хранятся до { $date }
consultations-removed = персональные данные удалены
consultations-count =
    { $n ->
        [one] { $n } участник
        [few] { $n } участника
        [many] { $n } участников
       *[other] { $n } участников
    }
consultations-add_title = Добавление консультации
consultations-edit_title = Изменение консультации
consultations-saved = Консультация сохранена.
consultations-deleted = Консультация удалена.
consultations-delete_question = Удалить консультацию «{ $topic }» и список её участников? Это действие нельзя отменить (в ранее созданных резервных копиях она сохранится).
consultations-delete_confirm = Удалить окончательно
consultation_form-date = Дата
consultation_form-topic = Тема
consultation_form-format = Формат
consultation_form-choose_format = Выберите формат проведения…
consultation_form-submission = Для представления
consultation_form-no_submission = Без привязки
consultation_form-notes = Примечания
consultation_form-participants = Участники
consultation_form-participants_hint = Сведения о людях — это персональные данные: они хранятся в течение срока, заданного в настройках, а затем отображаются как «Участник 1», «Участник 2»… Большую группу (респондентов опроса) укажите числом в примечаниях.
consultation_form-participant = Участник { $n }
consultation_form-name = Имя
consultation_form-organisation = Организация
consultation_form-organisation_hint = Выберите одну из ваших заинтересованных сторон, чтобы связать с ней, или введите любую организацию.
consultation_form-role = Должность
consultation_form-email = Электронная почта
consultation_form-phone = Телефон
consultation_form-consent = Согласие на упоминание имени в представлении
consultation_form-person_notes = Примечания об этом человеке
consultation_form-of_participant = { " " }(участник { $n })
consultation_form-anonymised = Персональные данные удалены; организация сохранена.
consultation_form-add_participant = Добавить участника
consultation_form-remove_participant = Убрать участника { $n }
consultation_format-meeting = Встреча
consultation_format-workshop = Семинар
consultation_format-survey = Опрос
consultation_format-written_input = Письменные материалы
consultation_format-interview = Интервью
consultation_format-public_hearing = Публичные слушания
consultation_format-other = Другое
# Settings → Personal data
personal-title = Персональные данные
personal-intro = В записях о консультациях указываются люди. Их имена, должности, адреса электронной почты, номера телефонов и примечания о них хранятся в течение указанного ниже срока с даты консультации. После этого каждый человек становится «Участником 1», «Участником 2»…: консультация сохраняется с датой, темой, организациями и числом участников.
personal-months = Срок хранения персональных данных (месяцев)
personal-months_hint = 24 месяца — это два года. Сохранение само по себе ничего не удаляет: удаление выполняется при каждом запуске приложения и по кнопке ниже.
personal-months_save = Сохранить срок
personal-months_saved = Сохранено: персональные данные хранятся { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяцев
    } после каждой консультации.
personal-expired_none = Сейчас ни у кого срок хранения персональных данных не истёк.
personal-expired =
    { $n ->
        [one] Срок хранения персональных данных истёк у { $n } участника (консультации, проведённые { $date } или ранее).
        [few] Срок хранения персональных данных истёк у { $n } участников (консультации, проведённые { $date } или ранее).
        [many] Срок хранения персональных данных истёк у { $n } участников (консультации, проведённые { $date } или ранее).
       *[other] Срок хранения персональных данных истёк у { $n } участников (консультации, проведённые { $date } или ранее).
    }
personal-purge = Удалить персональные данные с истёкшим сроком хранения
personal-purged = Персональные данные удалены. Участников: { $n }; консультаций: { $c }.
personal-purged_none = Ни у каких данных срок хранения не истёк; ничего не изменено.
personal-startup = При запуске приложения удалены персональные данные с истёкшим сроком хранения. Участников: { $n }; консультаций: { $c }.
personal-backups_note = Резервные копии, созданные до удаления или стирания, содержат старые данные, пока не будут заменены (не более чем через 8 недель); то же относится к любому ранее экспортированному файлу рабочего пространства.
personal-find_title = Найти и стереть данные человека
personal-find_hint = Ищет человека по имени или адресу электронной почты в консультациях, контактах и примечаниях заинтересованных сторон, контактных данных города, среди ответственных за разделы и в подразделениях.
personal-query = Имя или адрес электронной почты
personal-find = Найти
personal-found_none = По запросу «{ $query }» никто не найден.
personal-appears = Упоминается в:
personal-by_hand = не изменяется автоматически: отредактируйте текст или отметьте флажок ниже при стирании
personal-erase = Стереть данные: { $name }…
personal-erase_question = Стереть данные «{ $name }» везде? В каждой консультации человек станет «Участником n»; имя и адрес электронной почты будут удалены из перечисленных ниже мест. Это действие нельзя отменить.
personal-erase_confirm = Стереть везде
personal-erased = Стёрто. Обезличено участников: { $p } (консультаций: { $c }); очищено других полей: { $o }.
personal-erased_drafts = Всё ещё упоминается в проектах (отредактируйте вручную): { $places }.
personal-in_text = Заменить имя и адрес электронной почты также в проектах и их истории
personal-in_text_hint = Каждое упоминание в тексте разделов, сносок и таблиц, а также в их предыдущих версиях заменяется на «[имя удалено]» или «[адрес удалён]». Раздел, открытый в редакторе, после этого нужно перезагрузить. Файл, зарегистрированный как направленный в ООН, сохраняется без изменений: это запись о том, что было направлено.
personal-erased_text = В тексте изменено разделов: { $s }; предыдущих версий: { $r }.

# The Library: what the UN has said about local government (entries come from the core)
nav-library = Библиотека
library-title = Библиотека
library-intro = Что говорила ООН о местном самоуправлении и правах человека: резолюции Совета по правам человека, подготовленные для него доклады и руководства по национальной отчётности и местным обзорам. В каждой записи объясняется, чем документ важен для города. В представлении ссылайтесь на сам документ, по его условному обозначению.
library-filter = Поиск в Библиотеке
library-filter_hint = Часть условного обозначения, названия или резюме, например «30/49» или «жильё».
library-order = Порядок
library-order_kind = По виду, сначала старые
library-order_newest = Сначала новые
library-count = Показано записей: { $shown } из { $total }.
library-none_match = Ни одна запись не соответствует запросу «{ $query }». Попробуйте меньше слов или другие слова.
library-empty = В Библиотеке нет записей.
library-kind_heading-resolution = Резолюции Совета по правам человека
library-kind_heading-report = Доклады
library-kind_heading-guide = Руководства
library_kind-resolution = Резолюция
library_kind-report = Доклад
library_kind-guide = Руководство
library-no_symbol = без условного обозначения ООН
library-date_unknown = дата неизвестна
library-why = Чем важно для города:
library-not_verified = Не проверено
library-not_verified_hint = Проверьте, прежде чем ссылаться:
library-open = Открыть документ
library-open_label = Открыть документ: { $name }
library-address = Адрес: { $url }
library-no_address = Адрес неизвестен: найдите документ по названию.
library-checked = Проверено по источнику: { $source }, { $date }.
library-symbol_title = { $symbol } — { $title }
library-see_in = См. в Библиотеке:
# The implementation plan (#15): actions, indicators, measurements.
nav-plan = План
plan-title = План осуществления
plan-intro = Что делает город по полученным рекомендациям и как он измеряет прогресс.
plan-new_action = Новое мероприятие
plan-edit_action = Изменить мероприятие
plan-empty_title = Мероприятий пока нет
plan-empty = Импортируйте рекомендации, затем добавьте мероприятия, которые город проводит по ним.
plan-go_to_recommendations = Перейти к рекомендациям
plan-group_by = Группировать по
plan-by_department = Ведущее подразделение
plan-by_status = Статус
plan-no_department = Без ведущего подразделения
plan-status = Статус
plan-status-planned = Запланировано
plan-status-in_progress = Выполняется
plan-status-done = Выполнено
plan-status-delayed = Задерживается
plan-status-dropped = Отменено
plan-action_title = Название
plan-description = Описание
plan-department = Ведущее подразделение
plan-partners = Партнёры
plan-start = Начало
plan-due = Срок
plan-budget_line = Статья бюджета
plan-sdg_targets = Задачи ЦУР
plan-sdg_targets_hint = Номера задач, например 11.1, через точку с запятой.
plan-recommendations_addressed = Рекомендации, по которым принимаются меры
plan-chosen = Выбрано: { $n }
plan-find_recommendation = Найти рекомендацию
plan-find_recommendation_hint = Слова из текста, условное обозначение или государство; отметьте каждую рекомендацию, по которой проводится мероприятие.
plan-no_recommendation_found = Ни одна импортированная рекомендация не соответствует запросу «{ $query }».
plan-no_recommendations = Рекомендации ещё не импортированы: сначала импортируйте их на экране «Рекомендации».
plan-more_recommendations = Показаны первые { $shown } из { $total }: воспользуйтесь поиском, чтобы найти остальные.
plan-addresses = Касается рекомендаций
plan-indicators = Показатели
plan-recommendation_indicators = Показатели по рекомендациям
plan-add_indicator = Добавить показатель
plan-add_indicator_label = Добавить показатель к { $title }
plan-add_indicator_to = Добавить показатель к «{ $subject }»
plan-edit_label = Изменить { $title }
plan-delete_label = Удалить { $title }
plan-delete_question = Удалить мероприятие «{ $title }» вместе с его показателями и измерениями?
plan-delete_confirm = Удалить мероприятие
plan-created = Мероприятие «{ $title }» добавлено.
plan-updated = Мероприятие «{ $title }» сохранено.
plan-deleted = Мероприятие «{ $title }» удалено.
plan-indicator_added = Показатель «{ $name }» добавлен.
plan-measurement_recorded = Измерение показателя «{ $name }» записано.
plan-indicator_name = Название
plan-unit = Единица измерения
plan-unit_hint = Например, домохозяйства, % или мкг/м³.
plan-baseline_value = Исходное значение
plan-baseline_date = Дата исходного значения
plan-target_value = Целевое значение
plan-target_date = Целевая дата
plan-sdg_indicator = Глобальный показатель ЦУР
plan-sdg_indicator_hint = Его код, например 11.1.1.
plan-sdg_indicator_short = Показатель ЦУР { $code }
plan-baseline = Исходный уровень
plan-target = Цель
plan-latest = Последнее значение
plan-none_yet = пока нет
plan-amount = { $value } { $unit }
plan-value_on = { $value } на { $date }
plan-value_by = { $value } к { $date }
plan-progress = { $percent } пути к цели
plan-progress_label = Прогресс по показателю «{ $name }»
plan-no_measurement = Измерений пока нет: запишите измерение, чтобы увидеть прогресс.
plan-progress_unknown = Рассчитать прогресс невозможно: целевое значение равно исходному.
plan-record_measurement = Записать измерение
plan-record_measurement_of = Записать измерение показателя «{ $name }»
plan-value = Значение
plan-value_in = Значение ({ $unit })
plan-measured_on = Дата
plan-source = Источник
plan-source_hint = Откуда взято значение, например реестр или опрос.
plan-record = Записать

# Exports: the front matter's labels, in the submission's language (src/app/front_matter.rs)
# A front matter label and its colon, ready for the value ("Mechanism: "; French puts a no-break space
# before the colon, Chinese writes the full-width colon).
front_matter-label = { $label }:{" "}
front_matter-title = Название
front_matter-submitted_by = Представлено
front_matter-joint_by = Совместное представление
front_matter-mechanism = Механизм
front_matter-engagement = Взаимодействие
front_matter-state = Государство — объект обзора
front_matter-session = Сессия
front_matter-contact = Контактное лицо
front_matter-publication = Публикация
front_matter-may_publish = Это представление может быть опубликовано.
front_matter-confidential = Это представление конфиденциально и не может быть опубликовано.
front_matter-word_count = Число слов
front_matter-date = Дата
# The alternative text of the city's logo in an exported Word file.
export-logo_alt = Логотип: { $city }
# $words is the number as written (2,410), $count the same number (for the plural form).
front_matter-words = слов: { $words } { $count ->
       *[other] { "" }
    }
front_matter-words_limit = слов: { $words } (предел: { $limit }) { $count ->
       *[other] { "" }
    }
# How a long date is written in an export (chrono's strftime, with the language's month names).
meta-date_pattern = %-d %B %Y г.
# The thousands separator of counts in an export: none where a no-break space would be
# needed (a no-break space separates words, and the word count line must count the same).
meta-thousands = { "" }
# The decimal separator of a value in a generated report (an indicator's "12.5 km"), as the
# language writes it with Latin digits (CLDR): a comma in French, Spanish and Russian.
meta-decimal_separator = { "," }

# The mechanisms' names as the UN writes them in this language (UNTERM; the English ones are
# those of assets/reference/mechanisms.json, which tests/catalogue.rs compares). To be checked
# by a reviewer of each language against UNTERM: entered without access to it.
mechanism-UPR = Универсальный периодический обзор
# The UPR's acronym as the UN writes it in the language (EPU in French and Spanish, УПО in Russian; the
# treaty bodies keep their acronyms, as OHCHR's pages in every language do).
mechanism_acronym-UPR = УПО
mechanism-CCPR = Комитет по правам человека
mechanism-CESCR = Комитет по экономическим, социальным и культурным правам
mechanism-CERD = Комитет по ликвидации расовой дискриминации
mechanism-CEDAW = Комитет по ликвидации дискриминации в отношении женщин
mechanism-CAT = Комитет против пыток
mechanism-SPT = Подкомитет по предупреждению пыток
mechanism-CRC = Комитет по правам ребенка
mechanism-CMW = Комитет по защите прав всех трудящихся-мигрантов и членов их семей
mechanism-CRPD = Комитет по правам инвалидов
mechanism-CED = Комитет по насильственным исчезновениям
mechanism-SP = Специальные процедуры Совета по правам человека
# The treaty a committee oversees, as the UN writes its title in this language (shown under the committee's name).
treaty-CCPR = Международный пакт о гражданских и политических правах
treaty-CESCR = Международный пакт об экономических, социальных и культурных правах
treaty-CERD = Международная конвенция о ликвидации всех форм расовой дискриминации
treaty-CEDAW = Конвенция о ликвидации всех форм дискриминации в отношении женщин
treaty-CAT = Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания
treaty-SPT = Факультативный протокол к Конвенции против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания
treaty-CRC = Конвенция о правах ребенка
treaty-CMW = Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей
treaty-CRPD = Конвенция о правах инвалидов
treaty-CED = Международная конвенция для защиты всех лиц от насильственных исчезновений

# The plan screen, its charts, its dates on the calendar and SDGs of recommendations (#15,
# parts 2, 4 and 5).
plan-by_theme = Тема
plan-by_sdg = ЦУР
plan-no_theme = Без темы
plan-no_goal = Без ЦУР
plan-goal_n = ЦУР { $n }
plan-filters = Фильтр мероприятий
plan-any_status = Все статусы
plan-any_department = Все подразделения
plan-filter_status = Показываемый статус
plan-filter_department = Показываемое подразделение
plan-filter_goal = Показываемая ЦУР
plan-any_goal = Все ЦУР
plan-only_overdue = Только просроченные
plan-clear_filters = Сбросить фильтры
plan-shown_of = Показано мероприятий: { $shown } из { $total }.
plan-no_match = Ни одно мероприятие не соответствует этим фильтрам.
plan-overdue = просрочено
plan-show_details = Показать подробности
plan-open_plan = Открыть план осуществления
plan-hide_details = Скрыть подробности
plan-no_measurements_yet = Измерений пока нет.
plan-measurements_of = Измерения показателя «{ $name }»
charts-show_table = Показать в виде таблицы
charts-hide_table = Скрыть таблицу
charts-actions_by_department = Мероприятия по статусу в разбивке по подразделениям
charts-actions_axis = Мероприятия
charts-indicator_over_time = { $name }: значения в сравнении с целью
charts-measured = Измеренные значения
charts-target = Цель
calendar-plan_legend = План осуществления
calendar-plan_badge = План
calendar-plan_due = Срок: { $title }
calendar-plan_target = Целевая дата: { $title }
calendar-tag_done = выполнено
reminder-plan_which = план, напоминание за { $n } дн.
recommendations-sdg_goals = Цели в области устойчивого развития
recommendations-sdg_targets = Задачи ЦУР, привязанные городом
recommendations-no_sdg_goals = Источник их не указывает.
recommendations-no_sdg_targets = Пока не привязано ни одной.
recommendations-link_sdg_target = Привязать задачу ЦУР
recommendations-choose_sdg_target = Выберите задачу…
recommendations-link = Привязать
recommendations-unlink = Отвязать
recommendations-unlink_label = Отвязать задачу ЦУР { $code }
recommendations-sdg_linked = Задача ЦУР { $code } привязана.
recommendations-sdg_unlinked = Задача ЦУР { $code } отвязана.

# --- exports in the document's language (page numbers, follow-up matrix, calendar file, generated reports) ---
# The page number in the footer of the PDF and Word files (the Word file puts its PAGE and NUMPAGES fields where the variables are).
export-page_of = Страница { $page } из { $pages }
# The follow-up matrix (CSV, Excel, PDF): column headers. An Excel workbook comes back in any language, so two columns must never share a header.
matrix-column-id = ID
matrix-column-symbol = Условное обозначение
matrix-column-paragraph = Пункт
matrix-column-annotation_id = Идентификатор аннотации Универсального индекса
matrix-column-recommendation = Рекомендация
matrix-column-recommending_states = Государства, вынесшие рекомендацию
matrix-column-response = Ответ
matrix-column-mechanism = Механизм
matrix-column-themes = Темы
matrix-column-groups = Группы лиц
matrix-column-sdg_goals = Цели в области устойчивого развития
matrix-column-sdg_targets = Задачи ЦУР
matrix-column-competence = Компетенция
matrix-column-department = Подразделение
matrix-column-actions = Меры
matrix-column-indicators = Показатели
matrix-column-local_status = Статус в городе
matrix-column-evidence = Подтверждения выполнения
matrix-column-tags = Метки
matrix-column-cited_in = Цитируется в
# The Excel sheet's name: at most 31 characters, none of [ ] : * ? / \
matrix-sheet = Матрица осуществления
matrix-title = Выполнение рекомендаций
matrix-title_to = Выполнение рекомендаций, адресованных государству { $state }
matrix-city = Город
matrix-document = Документ
matrix-recommendations = Рекомендации
matrix-date = Дата
matrix-subject = Матрица последующей деятельности по рекомендациям
matrix-reference = { $symbol }, пункт { $paragraph }
matrix-response_is = Ответ: { $response }
matrix-cited_in_is = Цитируется в: { $submissions }
# The calendar file (.ics): the calendar's name, event descriptions and alarms.
calendar_file-name = Сроки CityRights
calendar_file-end_of_day = { $date }, до конца дня
calendar_file-until = { $from } по { $date }
calendar_file-engagement = Взаимодействие: { $name }
calendar_file-mechanism = Механизм: { $name }
calendar_file-due = Срок: { $when }, время часового пояса { $zone }
calendar_file-estimate = ОРИЕНТИРОВОЧНО, не официальная дата. Основание: { $basis }
calendar_file-basis_not_given = не указано
calendar_file-notes = Примечания: { $notes }
calendar_file-summary_estimate = { $acronym }: { $title } (ориентировочно)
calendar_file-due_today = Срок сегодня: { $summary }
calendar_file-due_tomorrow = Срок завтра: { $summary }
calendar_file-due_in =
    { $days ->
        [one] Срок через { $days } день: { $summary }
        [few] Срок через { $days } дня: { $summary }
        [many] Срок через { $days } дней: { $summary }
       *[other] Срок через { $days } дня: { $summary }
    }
calendar_file-days_before =
    { $days ->
        [one] { $summary }: за { $days } день
        [few] { $summary }: за { $days } дня
        [many] { $summary }: за { $days } дней
       *[other] { $summary }: за { $days } дня
    }
calendar_file-plan_due = План: { $title } (срок)
calendar_file-plan_target = План: { $title } (целевая дата)
calendar_file-plan_action_due = План осуществления: срок выполнения меры
calendar_file-plan_indicator_target = План осуществления: целевая дата показателя
calendar_file-plan_for = Для: { $value }
calendar_file-plan_department = Подразделение: { $value }
calendar_file-plan_status = Статус: { $value }
# Generated reports (report generate): titles, the template sections' titles (by template and place), labels and sentences.
report-title-upr-midterm = Среднесрочный доклад об осуществлении рекомендаций УПО
report-title-tb-follow-up = Информация для процедуры последующей деятельности
report-title-local = Местный доклад о правах человека
report-recommended_by = Рекомендацию вынесли: { $states }
report-response_label = Ответ государства:
report-status_label = Статус в городе:
report-department_is = ответственное подразделение: { $department }
report-actions_label = Меры:
report-indicators_label = Показатели:
report-evidence_label = Подтверждения выполнения:
report-due = срок { $date }
report-no_due = без срока
report-latest = последнее значение { $value } ({ $date })
report-not_measured = еще не измерено
report-target = цель { $value } к { $date }
report-baseline = исходное значение { $value } ({ $date })
report-progress = пройдено { $percent } % пути к цели
report-source = источник: { $source }
report-table_total = Всего
report-no_theme = Без темы
report-no_department = Без подразделения
report-no_sdg = Без ЦУР
report-chart_title-status_by_theme = Рекомендации по статусу в городе, по темам
report-chart_title-status_by_department = Рекомендации по статусу в городе, по ответственным подразделениям
report-chart_title-status_by_sdg = Рекомендации по статусу в городе, по целям в области устойчивого развития
report-chart_group-status_by_theme = Тема
report-chart_group-status_by_department = Подразделение
report-chart_group-status_by_sdg = Цель в области устойчивого развития
report-chart_summary_of =
    { $total ->
        [one] Из { $total } рекомендации документа { $symbol }: { $counts }.
       *[other] Из { $total } рекомендаций документа { $symbol }: { $counts }.
    }
report-chart_summary =
    { $total ->
        [one] Из { $total } рекомендации: { $counts }.
       *[other] Из { $total } рекомендаций: { $counts }.
    }
report-chart_more = На диаграмме показаны крупнейшие группы ({ $shown } из { $all }); в таблице ниже перечислены все.
report-introduction_of = В настоящем докладе { $city } излагает, что сделал город по рекомендациям документа { $symbol }, адресованным государству { $state }. Доклад подготовлен на основе плана осуществления города: рекомендаций, выполнение которых отслеживает город, мер, которыми руководят его подразделения, показателей, которые он измеряет, и зафиксированных им подтверждений.
report-introduction = В настоящем докладе { $city } излагает, что сделал город по рекомендациям правозащитных механизмов Организации Объединенных Наций, адресованным государству { $state }. Доклад подготовлен на основе плана осуществления города: рекомендаций, выполнение которых отслеживает город, мер, которыми руководят его подразделения, показателей, которые он измеряет, и зафиксированных им подтверждений.
report-coverage = Из зарегистрированных рекомендаций (всего: { $total }) к работе города относятся { $covered }: те, по которым город запланировал меру или указал статус, отличный от «не начато». Каждая из них приводится ниже с номером, текстом, ответом государства, статусом в городе, мерами, последними значениями показателей в сравнении с целевыми и подтверждениями.
report-none_covered = Пока ни по одной рекомендации нет меры или статуса, отличного от «не начато». Внесите меры и статусы в план осуществления и сформируйте доклад снова.
report-count_actions =
    { $n ->
        [one] { $n } мера
        [few] { $n } меры
        [many] { $n } мер
       *[other] { $n } меры
    }
report-count_departments =
    { $n ->
        [one] { $n } подразделение
        [few] { $n } подразделения
        [many] { $n } подразделений
       *[other] { $n } подразделения
    }
report-count_indicators =
    { $n ->
        [one] { $n } показатель
        [few] { $n } показателя
        [many] { $n } показателей
       *[other] { $n } показателя
    }
report-methodology = Информация взята из плана осуществления города: меры ({ $actions }), за которые отвечают подразделения ({ $departments }), и показатели ({ $indicators }) с исходными и целевыми значениями и измерениями. Каждая цифра приводится с датой и источником.
report-consultations_intro = При подготовке настоящего доклада город провел следующие консультации:
report-no_consultations = Для этого взаимодействия пока не зарегистрировано ни одной консультации.
report-consultation = { $date }, { $format }: { $topic }.
report-consultation_participants =
    { $n ->
        [one] { $date }, { $format }: { $topic } ({ $n } участник).
        [few] { $date }, { $format }: { $topic } ({ $n } участника).
        [many] { $date }, { $format }: { $topic } ({ $n } участников).
       *[other] { $date }, { $format }: { $topic } ({ $n } участника).
    }
report-chart_intro = На рисунке показаны рекомендации по их статусу в городе, тема за темой.
report-next_steps = Город продолжит перечисленные выше меры и сообщит об их результатах в следующем докладе. [Добавьте приоритеты и сроки, определенные городом.]
report-obstacles = [Опишите препятствия: полномочия, находящиеся на других уровнях власти, финансирование, данные.]
report-foreword = [Слово мэра или совета города { $city }: почему город отчитывается о правах человека и какой период охватывает доклад.]
report-commitments = [Обязательства города в области прав человека и органы, которые их выполняют.]
report-contact_none = [Кто в городе отвечает на вопросы о настоящем докладе.]
report-contact = Контактное лицо: { $contact }.
report-theme_summary =
    { $total ->
        [one] { $name }: { $total } рекомендация ({ $counts }).
        [few] { $name }: { $total } рекомендации ({ $counts }).
        [many] { $name }: { $total } рекомендаций ({ $counts }).
       *[other] { $name }: { $total } рекомендации ({ $counts }).
    }
report-column-indicator = Показатель
report-column-baseline = Исходное значение
report-column-target = Цель
report-column-latest = Последнее значение
report-column-progress = Прогресс
report-column-source = Источник
report-other_recommendations = Другие рекомендации
report-the_state = государство
report-the_city = Город
# The implementation matrix's indicator cell (Excel): a measurement, and the indicator's line.
matrix-measured = { $value } на { $date }
matrix-indicator_line = { $name }: { $latest } (исходное значение { $baseline } на { $baseline_date }, цель { $target } к { $target_date })

# --- a file given to the app (double-clicked) ---
launch-workspace = «{ $name }» — это полное рабочее пространство CityRights. Импортировать его? Оно заменит рабочее пространство на этом компьютере; перед этим сохраняется резервная копия текущего.
launch-request = «{ $name }» содержит запрос вклада. Открыть его? Рабочее пространство этого компьютера станет пространством для вклада, содержащим только присланное; если в нем уже есть работа, перед этим сохраняется ее резервная копия.
launch-return = «{ $name }» — ответ подразделения на запрос о вкладе. Импортировать его в очередь вкладов? Ничего не изменится, пока вы его не примете.
launch-open = Открыть
launch-import = Импортировать
launch-unknown_title = Этот файл нельзя открыть
launch-unknown = CityRights не может открыть «{ $name }»: это не рабочее пространство и не файл вклада.
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
core-short_date_pattern = %a, %-d %b %Y
core-medium_date_pattern = %-d %b %Y г.
core-day_month_pattern = %-d %B
core-month_year_pattern = %m.%Y
compliance-over_limit = Число слов в представлении: { $words } (с названием, вводной частью и заголовками, как считает Word); предел: { $limit }. Сократите текст на { $excess } сл.
compliance-over_limit_joint = Число слов в представлении: { $words } (с названием, вводной частью и заголовками, как считает Word); предел для совместного представления: { $limit }. Сократите текст на { $excess } сл.
compliance-no_limit = Предел числа слов для этого механизма неизвестен. Проверьте призыв или информационную записку к сессии и укажите его в правилах взаимодействия.
compliance-empty_section = Раздел «{ $title }» пуст.
compliance-no_city_profile = Профиль города не заполнен: во вводной части нельзя указать город. Заполните его в разделе «Настройки».
compliance-no_contact = Во вводной части нет ни контактного лица, ни адреса электронной почты. Добавьте их в разделе «Настройки».
compliance-no_state = Во взаимодействии не указано государство — объект обзора.
compliance-publication_undecided = Укажите, может ли представление быть опубликовано: этот механизм этого требует.
compliance-language_not_accepted = Язык представления ({ $language }) не входит в число языков, принимаемых этим механизмом ({ $accepted }).
compliance-language_not_usual = Язык представления ({ $language }) не входит в число обычно принимаемых языков ({ $accepted }); правила механизма этого не устанавливают, поэтому проверьте призыв или информационную записку.
compliance-either = { $a } или { $b }
compliance-formats = Этот механизм требует файлы { $formats }.
compliance-formats_noted = { $note } Экспортируйте в формате { $formats }.
compliance-end_of_day = конец дня
compliance-deadline_soon =
    До срока «{ $title }» { $days ->
        [0] осталось меньше суток
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[other] осталось { $days } дней
    } ({ $date } { $time }, { $zone }).
compliance-deadline_passed = Срок «{ $title }» истёк { $date } ({ $zone }).
compliance-rule_stale = Источнику предела числа слов и правил ({ $date }) более 12 месяцев. Проверьте его, прежде чем на них полагаться.
compliance-rule_stale_undated = Источник предела числа слов и правил не датирован и не проверялся в последние 12 месяцев. Проверьте его, прежде чем на них полагаться.
timeline-no_zone = ООН указывает эту дату без часового пояса: она установлена по вашему часовому поясу.
timeline-hrc_known = сессия Совета СПЧ{ $number } открывается { $date } ({ $source })
timeline-hrc_usual = { $session } Совета обычно открывается около { $date }; точные дни остаются оценкой, пока Совет их не опубликует ({ $source })
timeline-hrc_session_2 = сессия февраля — апреля
timeline-hrc_session_6 = сессия июня — июля
timeline-hrc_session_9 = сессия сентября — октября
timeline-passed_window_closed = По этой оценке приём представлений закрылся { $date }. Проверьте страницу ООН об этой сессии: возможно, направлять представление в этом цикле уже поздно.
timeline-passed_window_opened = По этой оценке приём представлений открылся { $date }.
timeline-date_passed = Эта дата ({ $date }) уже прошла.
timeline-upr_opens = Открытие приёма представлений
timeline-upr_opens_basis = Оценка: примерно за шесть недель до закрытия приёма — для 47-й сессии УПО приём шёл с 27 февраля по 8 апреля 2024 года (система регистрации представлений для УПО УВКПЧ), для 41-й — с 21 февраля по 31 марта 2022 года (по данным UPR Info). УВКПЧ объявляет сроки приёма для каждой сессии: замените эту дату объявленной.
timeline-upr_closes = Закрытие приёма представлений
timeline-upr_closes_basis = Оценка: примерно за семь месяцев до сессии Рабочей группы — для 47-й сессии УПО приём закрылся 8 апреля 2024 года в 23:59 по женевскому времени для сессии 4–15 ноября 2024 года (система регистрации представлений для УПО УВКПЧ); для 41-й — 31 марта 2022 года для ноября 2022 года (по данным UPR Info, которая советует срок от шести до восьми месяцев). УВКПЧ объявляет точные дату и время (23:59 по женевскому времени) в этой системе: замените эту оценку ими.
timeline-upr_session = Сессия Рабочей группы (обзор)
timeline-upr_adoption_at = Принятие итогового документа на сессии СПЧ{ $number }
timeline-upr_adoption = Принятие итогового документа в Совете по правам человека
timeline-upr_adoption_basis = Оценка: первая очередная сессия Совета по правам человека, открывающаяся не ранее чем через { $months } мес. после сессии Рабочей группы ({ $source }); { $how }. Итоговый документ принимается в один из дней этой сессии, не обязательно в первый. { $no_zone }
timeline-upr_midterm = Среднесрочный доклад
timeline-upr_midterm_basis = Оценка: примерно через два года после принятия итогового документа ({ $date }). Верховный комиссар призывает каждое государство представить добровольный среднесрочный доклад «примерно через два года после принятия итогового документа УПО» (письмо Словении после её обзора в рамках четвёртого цикла, 1 октября 2025 года); город может в то же время сообщить о собственных последующих мерах. Для среднесрочного доклада города не установлены ни предел числа слов, ни канал, ни формат. { $no_zone }
timeline-upr_note = Типичный график УПО. Приём представлений закрывается в 23:59 по женевскому времени; все даты ниже, кроме указанной вами сессии, являются оценками: сверяйте их с объявлениями УВКПЧ.
timeline-crc_deadline = Срок представления докладов к предсессионной рабочей группе ({ $month })
timeline-crc_deadline_basis = Фиксированный срок Комитета по правам ребёнка в рамках упрощённой процедуры представления докладов: 1 декабря для февральской предсессионной рабочей группы, 1 апреля для июньской, 1 августа для октябрьской (УВКПЧ, Комитет по правам ребёнка, информация для гражданского общества). Какая рабочая группа рассматривает это государство, определено по оценке: та, что собирается примерно за три месяца до сессии (та же страница), здесь — { $month }. Проверьте страницу сессии Комитета. { $no_zone }
timeline-crc_group = Предсессионная рабочая группа ({ $month }, оценка)
timeline-crc_group_basis = Оценка: предсессионные рабочие группы Комитета по правам ребёнка собираются в феврале, июне и октябре, примерно за три месяца до диалога (УВКПЧ, та же страница); оценкой является только месяц ({ $month }), а не дни. { $no_zone }
timeline-dialogue = Сессия (диалог с государством)
timeline-crc_note = В упрощённой процедуре представления докладов Комитета по правам ребёнка сроки фиксированы (1 декабря, 1 апреля, 1 августа); в стандартной процедуре они иные. Между предсессионной рабочей группой и сессией дополнительные представления не принимаются.
timeline-follow_up_years =
    в рамках процедуры последующих мер комитета государство отчитывается в течение { $years ->
        [one] { $years } года
       *[other] { $years } лет
    } о рекомендациях, выделенных в конце заключительных замечаний (УВКПЧ, «Последующие меры в связи с заключительными замечаниями»)
timeline-follow_up_cescr = Комитет по экономическим, социальным и культурным правам оценивает доклады о последующих мерах по рекомендациям, выделенным в его заключительных замечаниях, последний пункт которых устанавливает срок: эта дата условна (два года) — укажите срок, установленный там
timeline-state_follow_up = Доклад государства о последующих мерах
timeline-state_follow_up_basis = Оценка: { $how }. Это доклад государства, а не города. { $no_zone }
timeline-city_follow_up = Информация города для докладчика по последующим мерам (необязательно, оценка)
timeline-city_follow_up_basis = Необязательно: докладчик комитета по последующим мерам рассматривает все доступные источники информации, в том числе национальные правозащитные учреждения и НПО (УВКПЧ, «Последующие меры в связи с заключительными замечаниями»). Город может сообщить, что он сделал по выделенным рекомендациям, примерно тогда же, когда отчитывается государство. { $no_zone }
timeline-spt_note = Подкомитет по предупреждению пыток не рассматривает доклады государств и не ведёт диалога с государством: он посещает места лишения свободы и консультирует государство и его национальный превентивный механизм. Добавьте известные вам даты (посещение, встреча с национальным превентивным механизмом) как собственные этапы.
timeline-cedaw_deadline = Срок представления альтернативных докладов
timeline-cedaw_deadline_basis = Оценка: за четыре недели до сессии, по данным IWRAW Asia Pacific для 80-й (2021), 81-й (2022) и 86-й (2023) сессий КЛДЖ (за три недели для 73-й, 2019). Проверьте информационную записку к сессии. { $no_zone }
timeline-cedaw_note = Известен только обычный срок КЛДЖ, по данным третьей стороны. Всё, кроме указанной вами сессии, является оценкой; ООН указывает эти даты без часового пояса, поэтому они даны по вашему.
timeline-no_deadline_note = Типичный срок представления для { $code } неизвестен: он устанавливается для каждой сессии в информационной записке комитета. Добавьте его оттуда. Предлагается только указанная вами сессия.
timeline-no_deadline_follow_up_note = Типичный срок представления для { $code } неизвестен: он устанавливается для каждой сессии в информационной записке комитета. Добавьте его оттуда. Предлагаются только указанная вами сессия и этапы последующих мер.
timeline-sp_note = Для специальных процедур типичный график неизвестен: каждый призыв к представлению материалов, визит или доклад устанавливает собственный срок. Добавьте его из призыва.
import_notice-tracked_changes =
    { $n ->
        [one] Принято { $n } отслеживаемое изменение: вставки сохранены, удаления опущены.
        [few] Принято { $n } отслеживаемых изменения: вставки сохранены, удаления опущены.
       *[other] Принято { $n } отслеживаемых изменений: вставки сохранены, удаления опущены.
    }
import_notice-comments =
    { $n ->
        [one] Опущен { $n } комментарий.
        [few] Опущено { $n } комментария.
       *[other] Опущено { $n } комментариев.
    }
import_notice-front_matter = Вводная часть документа, экспортированного CityRights ({ $lines }), не импортирована: приложение составляет её по профилю города и взаимодействию.
import_notice-drawings =
    { $n ->
        [one] Опущено { $n } изображение, рисунок или надпись: представление содержит только текст. Перенесите содержащийся в них текст вручную.
        [few] Опущено { $n } изображения, рисунка или надписи: представление содержит только текст. Перенесите содержащийся в них текст вручную.
       *[other] Опущено { $n } изображений, рисунков или надписей: представление содержит только текст. Перенесите содержащийся в них текст вручную.
    }
import_notice-equations =
    { $n ->
        [one] Опущена { $n } формула.
        [few] Опущено { $n } формулы.
       *[other] Опущено { $n } формул.
    }
import_notice-embedded =
    { $n ->
        [one] Опущен { $n } внедрённый объект или документ.
        [few] Опущено { $n } внедрённых объекта или документа.
       *[other] Опущено { $n } внедрённых объектов или документов.
    }
import_notice-page_breaks =
    { $n ->
        [one] Опущен { $n } разрыв страницы или колонки: при экспорте страницы размечаются заново.
        [few] Опущено { $n } разрыва страницы или колонки: при экспорте страницы размечаются заново.
       *[other] Опущено { $n } разрывов страницы или колонки: при экспорте страницы размечаются заново.
    }
import_notice-hidden_text =
    { $n ->
        [one] Опущен { $n } фрагмент скрытого текста.
        [few] Опущено { $n } фрагмента скрытого текста.
       *[other] Опущено { $n } фрагментов скрытого текста.
    }
import_notice-table_of_contents =
    { $n ->
        [one] Оглавление ({ $n } строка) опущено.
        [few] Оглавление ({ $n } строки) опущено.
       *[other] Оглавление ({ $n } строк) опущено.
    }
import_notice-endnotes =
    { $n ->
        [one] { $n } концевая сноска стала обычной сноской.
        [few] { $n } концевые сноски стали обычными сносками.
       *[other] { $n } концевых сносок стали обычными сносками.
    }
import_notice-merged_cells =
    { $n ->
        [one] Разделена { $n } объединённая ячейка таблицы: текст остаётся в первой ячейке.
        [few] Разделено { $n } объединённые ячейки таблицы: текст остаётся в первой ячейке.
       *[other] Разделено { $n } объединённых ячеек таблицы: текст остаётся в первой ячейке.
    }
import_notice-nested_tables =
    { $n ->
        [one] { $n } таблица внутри ячеек таблицы стала текстом в ячейке.
        [few] { $n } таблицы внутри ячеек таблицы стали текстом в ячейке.
       *[other] { $n } таблиц внутри ячеек таблицы стали текстом в ячейке.
    }
import_notice-symbols =
    { $n ->
        [one] Опущен { $n } символ из шрифта символов (например, Wingdings).
        [few] Опущено { $n } символа из шрифта символов (например, Wingdings).
       *[other] Опущено { $n } символов из шрифта символов (например, Wingdings).
    }
import_notice-formatting = Форматирование, которое представление не сохраняет, удалено, текст сохранён: { $kinds }.
import_notice-formatting_underline = подчёркивание ({ $n })
import_notice-formatting_strikethrough = зачёркивание ({ $n })
import_notice-formatting_highlighting = выделение цветом ({ $n })
import_notice-formatting_superscript = надстрочный или подстрочный текст ({ $n })
import_notice-formatting_colour = цветной текст ({ $n })
import_notice-internal_links =
    { $n ->
        [one] { $n } ссылка на место внутри документа сохранена как текст.
        [few] { $n } ссылки на места внутри документа сохранены как текст.
       *[other] { $n } ссылок на места внутри документа сохранены как текст.
    }
import_notice-links_not_allowed = Ссылки, ведущие не на веб-страницу и не на адрес электронной почты, сохранены как текст, без ссылки: { $links }.
import_notice-headers_footers = Колонтитулы не импортированы (при экспорте создаются свои): «{ $text }».
import_notice-heading_footnote = Сноска в заголовке «{ $heading }» не может оставаться в названии и опущена. Её текст: «{ $text }».
import_notice-long_heading = Заголовок «{ $heading }» длиннее допустимого для названия ({ $max } знаков): он сокращён, а его полный текст открывает раздел.
cli-timeline_at = в { $time } ({ $zone })
cli-timeline_by_state = [этап государства]
cli-timeline_passed = ПРОШЛО: { $note }
cli-timeline_basis = Основание: { $basis }
error-invalid_date = «{ $value }» не является допустимой датой. Используйте формат ГГГГ-ММ-ДД, например 2027-04-08.
error-date_out_of_range = «{ $value }» выходит за пределы { $first }–{ $last } годов. Проверьте год.
error-no_such_mechanism = Механизма «{ $code }» нет. Используйте один из следующих: { $codes }.
dialog-open_database = Открыть базу данных CityRights
dialog-new_database = Создать новую базу данных CityRights
dialog-database_file = База данных CityRights
dialog-city_logo = Выберите логотип города (изображение PNG)
dialog-png_file = Изображение PNG
dialog-second_backup_folder = Выберите вторую папку для резервных копий (USB-накопитель, общая папка отдела)
dialog-export_workspace = Экспортировать всё рабочее пространство в один файл (для переноса на другой компьютер)
dialog-import_workspace = Импортировать рабочее пространство, экспортированное на другом компьютере
dialog-workspace_file = Рабочее пространство CityRights
dialog-export_calendar = Экспортировать сроки в файл календаря
dialog-calendar_file = Файл iCalendar
dialog-file_sent = Выберите именно тот файл, который был отправлен
notification-due_today = { $mechanism }: срок «{ $title }» — сегодня
notification-due_tomorrow = { $mechanism }: срок «{ $title }» — завтра
notification-due_in =
    { $days ->
        [one] { $mechanism }: до срока «{ $title }» остался { $days } день
        [few] { $mechanism }: до срока «{ $title }» осталось { $days } дня
       *[other] { $mechanism }: до срока «{ $title }» осталось { $days } дней
    }
notification-missed = { $mechanism }: срок «{ $title }» истёк
notification-body = { $date } { $time } { $zone } — { $engagement }
notification-body_estimate = { $date } { $time } { $zone } (оценка) — { $engagement }
notification-plan_target = целевая дата «{ $title }»
notification-plan_due_today = План: { $what } — срок сегодня
notification-plan_due_tomorrow = План: { $what } — срок завтра
notification-plan_due_in =
    { $days ->
        [one] План: { $what } — до срока остался { $days } день
        [few] План: { $what } — до срока осталось { $days } дня
       *[other] План: { $what } — до срока осталось { $days } дней
    }
notification-plan_missed = План: { $what } — срок истёк
notification-plan_date = { $date }, конец дня
dialog-import_draft = Импортировать проект (Word или Markdown)
dialog-import_section = Импортировать документ отдела как раздел
dialog-word_or_markdown = Word или Markdown
dialog-word_file = Документ Word
dialog-pdf_file = PDF
dialog-export_word = Экспорт в Word
dialog-export_pdf = Экспорт в PDF
dialog-word_saved = Документ Word сохранён
dialog-pdf_saved = PDF сохранён
dialog-saved_as = Файл сохранён как { $path }.
dialog-saved_not_opened = Файл сохранён как { $path }, но ни одна программа не смогла его открыть ({ $reason }).
dialog-open_it = Открыть
dialog-close = Закрыть
dialog-choose_uhri = Выберите файл экспорта Универсального индекса по правам человека (JSON)
dialog-choose_report = Выберите текст доклада
dialog-text_file = Текст
dialog-choose_thematic_list = Выберите тематический перечень (Word)
dialog-choose_csv = Выберите файл CSV
cli-demo_added = Демонстрационные данные добавлены в { $path }.
cli-no_engagements = Взаимодействий пока нет.
cli-engagement_added = Взаимодействие { $id } добавлено: { $title }
cli-nothing_due =
    { $days ->
        [one] В ближайший { $days } день сроков нет.
        [few] В ближайшие { $days } дня сроков нет.
        [many] В ближайшие { $days } дней сроков нет.
       *[other] В ближайшие { $days } дней сроков нет.
    }
cli-estimate = (оценка)
cli-days =
    { $days ->
        [one] день
        [few] дня
       *[other] дней
    }
cli-deadline_met = выполнено: «{ $title }» отправлено { $date }
cli-calendar_written = Записано этапов: { $n }, файл { $path }.
cli-no_submissions = Представлений пока нет.
cli-submission_created = Создано представление { $id } «{ $title }».
cli-section_added = Раздел { $section } добавлен в представление { $id } «{ $title }».
cli-stats_words = слов: { $words } (предел не установлен)
cli-stats_words_limit = слов: { $words } / { $limit }
cli-stats_breakdown = название: { $title }  вводная часть: { $front_matter }  заголовки: { $headings }  текст: { $text }  сноски: { $footnotes }
cli-stats_breakdown_no_footnotes = название: { $title }  вводная часть: { $front_matter }  заголовки: { $headings }  текст: { $text }  сноски: { $footnotes } (сноски не учитываются)
cli-stats_structure = пунктов: { $paragraphs }  сносок: { $footnotes }  разделов: { $sections }
cli-rules_limit =
    { $n ->
        [one] { $n } слово
        [few] { $n } слова
        [many] { $n } слов
       *[other] { $n } слов
    }
cli-rules_no_limit = предела числа слов нет
cli-rules_counted = Учитывается: { $parts }
cli-rules_languages = Языки: { $languages }
cli-rules_formats = Форматы: { $formats }
cli-rules_status = Статус: { $status }
cli-rules_source = Источник: { $source }
cli-rules_note = Примечание: { $note }
error-section_conflict = Раздел «{ $title }» был изменён в другом месте (в другом окне или другой копии CityRights) после того, как вы начали его редактировать. Ваш текст не записан поверх него: перезагрузите раздел, чтобы увидеть другую версию, или сохраните свою как новую версию.
error-section_unreadable = Сохранённый текст раздела { $id } не удаётся прочитать ({ $reason }). Он не изменён; его прежние редакции сохранены.
error-is_a_folder = { $path } — это папка. Укажите имя файла, например { $example }.
error-not_a_file = { $path } не является файлом, который можно импортировать (это папка, устройство или канал). Выберите сам файл.
error-file_too_large = Файл слишком велик для импорта: { $size } МБ при пределе { $limit } МБ. Проверьте, тот ли это файл.
error-no_text_to_import = В файле нет текста для импорта.
error-draft_other_format = CityRights импортирует файлы Word (.docx) и Markdown (.md), но не .{ $ext }. Откройте файл в Word или LibreOffice, сохраните его как «Документ Word (.docx)» и импортируйте этот файл.
error-draft_unknown_format = CityRights импортирует файлы Word (.docx) и Markdown (.md); { $name } не относится ни к тем, ни к другим (судя по имени).
error-not_found_action = Мера { $id } не существует (возможно, она удалена).
error-not_found_consultation = Консультация { $id } не существует (возможно, она удалена).
error-not_found_department = Отдел { $id } не существует (возможно, он удалён).
error-not_found_engagement = Взаимодействие { $id } не существует (возможно, оно удалено).
error-not_found_evidence = Подтверждающая запись { $id } не существует (возможно, она удалена).
error-not_found_indicator = Показатель { $id } не существует (возможно, он удалён).
error-not_found_bin_item = Объект корзины { $id } не существует (возможно, он удалён).
error-not_found_measurement = Измерение { $id } не существует (возможно, оно удалено).
error-not_found_milestone = Этап { $id } не существует (возможно, он удалён).
error-not_found_participant = Участник { $id } не существует (возможно, он удалён).
error-not_found_recommendation = Рекомендация { $id } не существует (возможно, она удалена).
error-not_found_revision = Редакция { $id } не существует (возможно, она удалена).
error-not_found_section = Раздел { $id } не существует (возможно, он удалён).
error-not_found_sent_file = Отправленный файл представления { $id } не существует (возможно, он удалён).
error-not_found_stakeholder = Заинтересованная сторона { $id } не существует (возможно, она удалена).
error-not_found_submission = Представление { $id } не существует (возможно, оно удалено).
cli-backup_restored = Восстановлена резервная копия от { $date } ({ $engagements }, { $submissions }, { $words }). Прежнее состояние базы данных также сохранено как резервная копия.
cli-no_backups = Резервных копий пока нет.
cli-backup_damaged = ПОВРЕЖДЕНА, восстановить нельзя: { $reason }
cli-backup_line = { $engagements }, { $submissions }, { $words }
cli-backup_copy = копия есть также в { $path } (проверена).
cli-backup_copy_failed = вторая копия не записана: { $problem }
cli-backed_up = Резервная копия сделана в { $path } (проверена).
cli-bin_empty = Корзина пуста.
cli-bin_restored = Восстановлено.
cli-bin_emptied = Окончательно удалено объектов: { $n }.
cli-bin_confirm = Очистка корзины окончательно удаляет её содержимое. Запустите команду снова с --yes, чтобы подтвердить.
cli-no_consultations = Консультации не записаны.
cli-not_verified = Не проверено: { $caveat }
cli-nobody_found = По запросу «{ $query }» никто не найден.
cli-erase_with = (удалить с помощью { $how })
cli-edit_by_hand = [изменить вручную]
cli-erased = Удалено: участников обезличено — { $participants } в консультациях ({ $consultations }), других полей изменено — { $fields }. Ранее сделанные резервные копии хранят прежние данные, пока не будут заменены.
cli-erased_in_text = В тексте изменено разделов: { $sections }, прежних редакций: { $revisions }; файл, записанный как отправленный, сохранён без изменений.
cli-still_mentioned = всё ещё упоминается в { $where }; отредактируйте текст, чтобы убрать упоминание.
cli-purged = Удалены персональные данные участников ({ $participants }) в консультациях ({ $consultations }), проведённых не позднее { $date } (срок хранения: { $months } мес.).
cli-workspace_imported = Импортировано рабочее пространство, экспортированное { $date } (взаимодействий: { $engagements }, представлений: { $submissions }, рекомендаций: { $recommendations }), в { $path }.
cli-workspace_backup = Прежнее состояние базы данных сохранено как резервная копия { $path }.
cli-workspace_written = Рабочее пространство (взаимодействий: { $engagements }, представлений: { $submissions }, рекомендаций: { $recommendations }) записано в { $path }.
cli-workspace_written_logo = Рабочее пространство (взаимодействий: { $engagements }, представлений: { $submissions }, рекомендаций: { $recommendations }, логотип города) записано в { $path }.
cli-action_added = Мера { $id } добавлена: { $title }
cli-no_actions = Мер пока нет.
cli-action_deleted = Мера { $id } удалена.
cli-indicator_added = Показатель { $id } добавлен: { $name }
cli-recorded = Записано.
cli-no_indicators = Показателей пока нет.
cli-sdg_unlinked = Рекомендация { $id } теперь не связана ни с одной задачей ЦУР.
cli-sdg_linked = Рекомендация { $id } связана с { $targets }.
cli-no_measurement = измерений пока нет
cli-measured_on = { $value } { $unit } на { $date }
cli-indicator = { $name }: { $latest } (исходное значение { $baseline } на { $baseline_date }, целевое { $target } к { $target_date })
cli-indicator_progress = { $name }: { $latest } (исходное значение { $baseline } на { $baseline_date }, целевое { $target } к { $target_date }, пройдено { $percent } % пути)
cli-recommendations_imported = Импортировано: { $imported }, обновлено: { $updated }, без изменений: { $unchanged }, пропущено: { $skipped }.
cli-no_recommendations = Рекомендаций пока нет.
cli-nothing_found = По запросу «{ $query }» ничего не найдено.
cli-recommendation_updated = { $reference }: { $status }, { $competence }, отдел «{ $department }», подтверждающих записей: { $n }.
cli-recommendation_binned = { $title } перемещено в корзину. Чтобы восстановить: cityrights bin restore recommendation { $id }
error-title_empty = Название не может быть пустым. Дайте краткое название.
error-text_too_long = Этот текст слишком длинный: знаков — { $n }, допускается не более { $max }. Сократите его; ничего не потеряно.
error-text_nul = Этот текст содержит невидимый символ NUL; удалите его.
error-last_before_first = Последний день не может предшествовать первому.
error-invalid_time = «{ $value }» не является допустимым временем. Используйте 24-часовой формат ЧЧ:ММ, например 23:59.
error-invalid_email = «{ $value }» не является адресом электронной почты.
error-invalid_iso3 = Используйте трёхбуквенный код страны (ISO 3166-1 alpha-3), например SVN для Словении.
workspace-logo_left_out = Логотип города { $path } не включён: { $reason }. После импорта снова выберите логотип в профиле города.
error-no_database_open = Ни одна база данных не открыта. Откройте другой файл или создайте новый.
# --- plan in the app (wave 4) ---
matrix_xlsx-export = Экспорт в Excel…
matrix_xlsx-import = Импорт из Excel…
matrix_xlsx-preview_title = Что изменит книга Excel
matrix_xlsx-file = Книга: { $name }
matrix_xlsx-not_written = Пока ничего не записано. Проверьте изменения, затем примените их или отмените.
matrix_xlsx-counts = Рекомендаций с изменениями: { $changed }. Без изменений: { $unchanged }. Не найдено строк: { $unknown }.
matrix_xlsx-nothing = Книга ничего не меняет: все статусы, подразделения и подтверждения в ней уже есть в CityRights.
matrix_xlsx-changes_caption = Изменения по рекомендациям
matrix_xlsx-col_recommendation = Рекомендация
matrix_xlsx-col_status = Местный статус
matrix_xlsx-col_department = Подразделение
matrix_xlsx-col_evidence = Новые подтверждения
matrix_xlsx-change = { $from } → { $to }
matrix_xlsx-same = без изменений
matrix_xlsx-no_department = без подразделения
matrix_xlsx-unknown_title = Строки, не найденные в CityRights
matrix_xlsx-unknown_hint = Эти строки не соответствуют ни одной рекомендации этой базы данных. Они пропускаются; по ним ничего не записывается.
matrix_xlsx-col_row = Строка
matrix_xlsx-col_id = ID
matrix_xlsx-col_symbol = Условное обозначение
matrix_xlsx-col_paragraph = Пункт
matrix_xlsx-apply = Применить эти изменения
matrix_xlsx-applied = Изменения из книги записаны. Изменено рекомендаций: { $n }.
matrix_xlsx-changed_since = Книга или рекомендации изменились после этого предварительного просмотра, поэтому ничего не записано. Импортируйте книгу снова, чтобы увидеть, что она изменяет теперь.
report_generate-open = Подготовить доклад…
report_generate-title = Подготовить доклад на основе данных города
report_generate-intro = CityRights составляет новый проект представления на основе рекомендаций, их местного статуса, мер, показателей и подтверждений. Редактируйте, проверяйте и экспортируйте его, как любое другое представление.
report_generate-kind = Вид доклада
report_generate-kind_upr_midterm = Среднесрочный доклад по УПО
report_generate-kind_tb_follow_up = Информация о последующих мерах (договорные органы)
report_generate-kind_local = Местный доклад о правах человека
report_generate-symbol = Рекомендации документа
report_generate-symbol_hint = Документ, по рекомендациям которого составляется доклад, например A/HRC/59/15.
report_generate-all_of_mechanism = Все документы этого механизма
report_generate-all = Все рекомендации
report_generate-none_yet = Сначала импортируйте рекомендации: доклад составляется на их основе и на основе того, что город записал о них.
report_generate-generate = Подготовить проект
report_generate-done = Проект «{ $title }» создан.
report_generate-done_counts = Разделов: { $sections }. Охвачено рекомендаций: { $n }.
report_generate-open_draft = Открыть проект
sdg_table-goals = ЦУР: { $goals }
sdg_table-targets = Задачи ЦУР: { $targets }
report_generate-engagement = Взаимодействие
report_generate-choose_engagement = Выберите взаимодействие…
report_generate-no_engagement = Сначала создайте взаимодействие: доклад — это представление в рамках одного из них.

# --- contributions: the core's and the CLI's messages ---
contribution-err_damaged = { $file } не является файлом вклада CityRights или поврежден: { $why }. Ничего не изменено. Запросите файл еще раз (обычная причина — файл, обрезанный при пересылке по электронной почте или на USB-накопителе).
contribution-err_newer = { $file } создан более новой версией CityRights ({ $by }, формат { $found }); эта версия ({ $ours }) читает формат не выше { $known }. Ничего не изменено. Установите CityRights { $by } или более новую версию и откройте файл снова.
contribution-err_is_return = { $file } — это ответ подразделения (возвращенный файл), а не запрос. Ничего не изменено. Импортируйте его в рабочее пространство сотрудника: «Вклады подразделений», «Импортировать возвращённый вклад…» (cityrights contribution import ФАЙЛ).
contribution-err_is_request = { $file } — это запрос вклада, а не ответ подразделения. Ничего не изменено. Откройте его на компьютере подразделения: «Открыть вклад…» (cityrights contribution open ФАЙЛ).
contribution-err_other_workspace = { $file } отвечает на запрос, отправленный из другого рабочего пространства CityRights (другого города или другого компьютера). Ничего не изменено. Импортируйте его в рабочее пространство, из которого был отправлен запрос.
contribution-err_unknown_request = { $file } отвечает на запрос, о котором в этом рабочем пространстве нет записи (возможно, он был отправлен до восстановления резервной копии). Ничего не изменено.
contribution-err_already_imported = { $file } уже импортирован ({ $when }). Ничего не изменено: его изменения находятся в очереди вкладов.
contribution-err_refused_change = Возвращенный файл содержит изменение, которое CityRights не принимает ({ $why }). Ничего не изменено. Попросите подразделение отправить его снова из CityRights.
contribution-err_holds_work = База данных { $db } уже содержит работу. Вклад открывается в отдельном новом рабочем пространстве: укажите новый файл базы данных (cityrights --db НОВЫЙ-ФАЙЛ contribution open ФАЙЛ) или откройте его из приложения, которое сначала создаст резервную копию этой базы.
contribution-err_not_contributor = Это рабочее пространство не является вкладом: отправлять обратно нечего. Сначала откройте полученный файл вклада (cityrights contribution open ФАЙЛ).
contribution-err_nothing_changed = С момента запроса ничего не изменилось: отправлять обратно пока нечего. Сначала измените разделы (или последующие действия по рекомендациям).
contribution-err_not_a_section = Раздел { $id } не является разделом «{ $title }». Выберите один из его разделов (cityrights submission show --submission { $submission }).
contribution-err_no_recommendation = Рекомендация { $id } не существует (или находится в корзине).
contribution-err_too_many_sections = Запрос содержит не более { $n } разделов.
contribution-err_too_many_recommendations = Запрос содержит не более { $n } рекомендаций.
contribution-err_choose = Выберите хотя бы один раздел или одну рекомендацию для запроса.
contribution-err_which = Укажите, какие изменения: --all или --section ID, --recommendation ID или --change ID.
contribution-err_no_change_section = Этот вклад не содержит изменений раздела { $id }.
contribution-err_no_change_recommendation = Этот вклад не содержит изменений рекомендации { $id }.
contribution-err_no_change = Этот вклад не содержит изменения { $id }.
contribution-due_title = { $contributor }: срок представления вклада
contribution-due_basis = Запрос вклада, направленный { $contributor }
contribution-back_title = Отправить вклад обратно: { $city }
contribution-back_title_unnamed = Отправить вклад обратно в город
contribution-back_basis = Вклад запрошен { $date }
contribution-cli_opened = { $path } теперь является рабочим пространством вклада для: { $city } (разделы: { $sections }, рекомендации: { $recommendations }).
contribution-cli_the_city = город
contribution-cli_due = Срок: { $date }
contribution-cli_message = Сообщение: { $message }
contribution-cli_requested = Запрос записан (разделы: { $sections }, рекомендации: { $recommendations }) в { $file }.
contribution-cli_returned = Ответ записан (изменено разделов: { $sections }, рекомендаций: { $recommendations }) в { $file }. Отправьте этот файл обратно в город.
contribution-cli_imported = Вклад от: { $from } импортирован в очередь на рассмотрение (номер { $id }; изменено разделов: { $sections }, рекомендаций: { $recommendations }, в конфликте с вашими изменениями: { $conflicts }). Ничего не изменится, пока вы его не примете.
contribution-cli_none = Пока не возвращено ни одного вклада.
contribution-cli_line = { $id }  { $from }  { $received }  { $state }  (ожидают: { $pending }, приняты: { $accepted }, отклонены: { $rejected })
contribution-cli_decided = Принято: { $accepted }, отклонено: { $rejected }. Состояние вклада: { $state }.
contribution-cli_conflicts = Оставлены в ожидании, так как вы изменили тот же текст после запроса: изменения { $ids }. Сравните их (contribution show { $id }) и примите с --overwrite-mine или отклоните.
contribution-cli_gone = Не применены, так как их раздела или рекомендации здесь больше нет: изменения { $ids }.
contribution-cli_show_head = Вклад { $id } от: { $from } ({ $received }): { $state }
contribution-cli_show_change = { "  " }изменение { $id }: { $kind } { $field } «{ $label }» — { $state }
contribution-cli_conflict = { " " }(конфликт)
# --- Contributions in the app (#17) ---
contrib-nav = Вклады подразделений
contrib-header = Вклад для города { $city }
contrib-header_unnamed = Вклад для города
contrib-header_due = Вклад для города { $city }, срок: { $date }
contrib-header_unnamed_due = Вклад для города, срок: { $date }
contrib-header_for = Запрошен у: { $contributor }
contrib-header_message = Сообщение от города:
contrib-header_returned = Последний раз отправлен обратно: { $when }.
contrib-send_back = Отправить обратно…
contrib-send_title = Отправить ваш вклад обратно
contrib-send_intro = CityRights сохраняет один файл со всеми изменениями, сделанными здесь после запроса, каждое — с вашим именем и временем. Отправьте этот файл городу по электронной почте, через общую папку или на USB-накопителе. Вы можете продолжить работу и отправить файл снова позднее.
contrib-send_author = Ваше имя
contrib-send_author_hint = Указывается для города при каждом изменении и сохраняется в истории текста.
contrib-send_save = Выбрать, куда сохранить…
contrib-send_cancelled = Ничего не сохранено: файл не выбран.
contrib-sent_back = Сохранено как { $path }: изменено { $sections ->
        [one] { $sections } раздел
        [few] { $sections } раздела
        [many] { $sections } разделов
       *[other] { $sections } раздела
    } и { $recommendations ->
        [one] { $recommendations } рекомендация
        [few] { $recommendations } рекомендации
        [many] { $recommendations } рекомендаций
       *[other] { $recommendations } рекомендации
    }. Отправьте этот файл городу.
contrib-ask = Запросить у подразделения…
contrib-ask_hint = Подразделение готовит свою часть на собственном компьютере, в CityRights, и отправляет её вам на рассмотрение.
contrib-ask_title = Запросить вклад у подразделения
contrib-ask_intro = CityRights сохраняет один файл, содержащий только то, что вы здесь выберете, указания шаблона и действующие правила. Никакие другие данные вашей базы в него не попадают.
contrib-ask_sections = Разделы для отправки
contrib-ask_choose_something = Выберите хотя бы один раздел или одну рекомендацию.
contrib-ask_recommendations = Рекомендации для последующей деятельности (необязательно)
contrib-ask_recommendations_hint = Ищите по условному обозначению, номеру или словам, затем отметьте рекомендации, о которых подразделение должно сообщить.
contrib-ask_search_label = Поиск по рекомендациям
contrib-ask_search = Найти
contrib-ask_none_found = Ни одна рекомендация не соответствует этому поиску.
contrib-ask_contributor = Подразделение или лицо, к которому обращён запрос
contrib-ask_contributor_hint = Например: Жилищный департамент.
contrib-ask_email = Электронная почта
contrib-ask_due = Срок
contrib-ask_due_hint = Вносится в календарь с напоминанием.
contrib-ask_message = Сообщение
contrib-ask_save = Выбрать, куда сохранить…
contrib-ask_cancelled = Ничего не сохранено: файл не выбран.
contrib-ask_saved = Запрос для { $contributor } сохранён как { $path } ({ $sections ->
        [one] { $sections } раздел
        [few] { $sections } раздела
        [many] { $sections } разделов
       *[other] { $sections } раздела
    }, { $recommendations ->
        [one] { $recommendations } рекомендация
        [few] { $recommendations } рекомендации
        [many] { $recommendations } рекомендаций
       *[other] { $recommendations } рекомендации
    }). Отправьте им этот файл.
contrib-ask_on_calendar = Срок, { $date }, внесён в календарь.
contrib-open = Открыть вклад…
contrib-welcome_hint = Город попросил ваше подразделение подготовить часть своего представления: откройте полученный файл.
contrib-settings_title = Вклад подразделения
contrib-settings_intro = Откройте присланный вам файл вклада, чтобы подготовить часть вашего подразделения. Он заменяет рабочее пространство на этом компьютере.
contrib-open_question = Открыть вклад вместо этого рабочего пространства? Всё, что здесь есть (взаимодействия, представления, рекомендации, профиль города), сначала копируется в папку резервных копий рядом с файлом базы данных, где оно никогда не удаляется автоматически; затем это рабочее пространство заменяется вкладом, который содержит только то, что прислал вам город. Продолжить?
contrib-open_confirm = Создать резервную копию и открыть вклад
contrib-title = Вклады подразделений
contrib-intro = Ответы подразделений на ваши запросы. Импорт ничего не меняет в вашем тексте: вы рассматриваете каждое изменение и принимаете или отклоняете его.
contrib-import = Импортировать возвращённый вклад…
contrib-imported = Вклад от { $from } поставлен в очередь: изменено { $sections ->
        [one] { $sections } раздел
        [few] { $sections } раздела
        [many] { $sections } разделов
       *[other] { $sections } раздела
    } и { $recommendations ->
        [one] { $recommendations } рекомендация
        [few] { $recommendations } рекомендации
        [many] { $recommendations } рекомендаций
       *[other] { $recommendations } рекомендации
    }.
contrib-imported_conflicts = { $n ->
        [one] { $n } изменение противоречит вашим собственным правкам.
        [few] { $n } изменения противоречат вашим собственным правкам.
        [many] { $n } изменений противоречат вашим собственным правкам.
       *[other] { $n } изменения противоречат вашим собственным правкам.
    }
contrib-queue = Полученные
contrib-queue_empty = Вкладов пока не получено. Когда подразделение вернёт свой файл, импортируйте его здесь.
contrib-col_from = От кого
contrib-col_received = Получен
contrib-col_submission = Представление
contrib-col_state = Состояние
contrib-col_waiting = Ожидают
contrib-col_accepted = Приняты
contrib-col_rejected = Отклонены
contrib-col_conflicts = Конфликты
contrib-state-pending = Ожидает рассмотрения
contrib-state-accepted = Принят
contrib-state-rejected = Отклонён
contrib-state-partly = Принят частично
contrib-review_title = Вклад от { $from }
contrib-review_about = Для «{ $submission }», возвращён { $when }.
contrib-review_due = Срок истекал { $date }.
contrib-open_submission = Открыть представление
contrib-accept_all = Принять всё, что не вызывает конфликтов
contrib-decided = Принято: { $accepted }. Отклонено: { $rejected }.
contrib-decided_conflicts = { $n ->
        [one] { $n } изменение ожидает решения: вы правили тот же текст.
        [few] { $n } изменения ожидают решения: вы правили тот же текст.
        [many] { $n } изменений ожидают решения: вы правили тот же текст.
       *[other] { $n } изменения ожидают решения: вы правили тот же текст.
    }
contrib-decided_gone = { $n ->
        [one] { $n } изменение ожидает решения: его раздела или рекомендации здесь больше нет.
        [few] { $n } изменения ожидают решения: их раздела или рекомендации здесь больше нет.
        [many] { $n } изменений ожидают решения: их раздела или рекомендации здесь больше нет.
       *[other] { $n } изменения ожидают решения: их раздела или рекомендации здесь больше нет.
    }
contrib-change_section = Раздел «{ $title }»
contrib-change_recommendation = Рекомендация { $reference }: { $field }
contrib-change_state-pending = ожидает
contrib-change_state-accepted = принято
contrib-change_state-rejected = отклонено
contrib-change_by = Изменено: { $author }, { $when }.
contrib-gone = Этого раздела или этой рекомендации больше нет в вашем рабочем пространстве: изменение нельзя принять.
contrib-conflict_label = Конфликт:
contrib-conflict_explain = вы тоже изменили этот текст после его отправки. Ничего не решается за вас: возьмите их текст (ваш останется в истории текста) или сохраните свой.
contrib-sent_to_theirs = От отправленного текста к их тексту
contrib-current_to_theirs = От вашего текущего текста к их тексту
contrib-new_evidence = Новая запись о подтверждении
contrib-value_sent = Отправлено
contrib-value_current = Ваше сейчас
contrib-value_theirs = Их
contrib-value_empty = (пусто)
contrib-take_theirs = Взять их вариант (заменить мой)
contrib-keep_mine = Оставить мой (отклонить)
contrib-accept = Принять
contrib-reject = Отклонить
contrib-field-text = текст
contrib-field-competence = компетенция
contrib-field-department = подразделение
contrib-field-local_status = местный статус
contrib-field-evidence = подтверждение
contrib-revision_by = автор: { $author }

# --- the plan: editing an indicator ---
plan-edit_indicator_title = Изменить показатель «{ $name }»
plan-edit_indicator_label = Изменить показатель { $name }

# --- native dialogs of the contributions and the Excel exchange ---
dialog-contribution_file = Вклад CityRights
dialog-save_request = Сохранить запрос вклада
dialog-open_contribution = Открыть запрошенный у вас вклад
dialog-save_return = Сохранить ваш вклад для отправки обратно
dialog-import_return = Импортировать возвращённый вклад
dialog-export_matrix = Экспортировать матрицу осуществления
dialog-import_matrix = Импортировать матрицу осуществления
dialog-excel_file = Книга Excel

# --- a required field left empty (validate::required) ---
required-indicator_name = Название показателя не может быть пустым.
required-measurement_source = Источник значения не может быть пустым.
required-contributor = Подразделение или лицо, к которому обращен запрос, не может быть пустым.
required-your_name = Ваше имя не может быть пустым.
required-topic = Тема не может быть пустой.
required-name = Имя не может быть пустым.
required-version_name = Название версии не может быть пустым.
required-channel = Канал не может быть пустым.
required-symbol = Условное обозначение документа не может быть пустым.
required-city_name = Название города не может быть пустым.
required-state_under_review = Государство, в отношении которого проводится обзор, не может быть пустым.
plan-measurement_actions = Действия
plan-remove_measurement_label = Убрать значение { $value } от { $date }
plan-remove_measurement_question = Убрать значение { $value } от { $date } из «{ $name }»? Прогресс будет пересчитан без него.
plan-measurement_removed = Измерение показателя «{ $name }» убрано.
plan-indicator_updated = Показатель «{ $name }» изменен.
plan-delete_indicator_label = Удалить показатель { $name }
plan-delete_indicator_question = Удалить показатель «{ $name }» и его измерения ({ $n })? Это действие необратимо.
plan-indicator_deleted = Показатель «{ $name }» удален.

# --- report charts ---
report-chart_title-actions_by_department = Мероприятия плана осуществления по статусу, по ведущим подразделениям
report-chart_group-actions_by_department = Ведущее подразделение
report-chart_title-indicator_over_time = { $name }: значения в сравнении с целью во времени
report-chart_title-indicator_over_time_gone = Показатель во времени
report-chart_actions_summary_of =
    { $total ->
        [one] Из { $total } мероприятия по рекомендациям документа { $symbol }: { $counts }.
       *[other] Из { $total } мероприятий по рекомендациям документа { $symbol }: { $counts }.
    }
report-chart_actions_summary =
    { $total ->
        [one] Из { $total } мероприятия плана осуществления: { $counts }.
       *[other] Из { $total } мероприятий плана осуществления: { $counts }.
    }
report-chart_no_action = В плане осуществления пока нет мероприятий по этим рекомендациям, поэтому диаграмма мероприятий отсутствует.
report-chart_indicator_summary =
    { $n ->
        [one] { $name }: исходное значение { $baseline } ({ $baseline_date }), цель { $target } к { $target_date }; { $n } измерение, последнее { $latest } ({ $latest_date }).
        [few] { $name }: исходное значение { $baseline } ({ $baseline_date }), цель { $target } к { $target_date }; { $n } измерения, последнее { $latest } ({ $latest_date }).
       *[other] { $name }: исходное значение { $baseline } ({ $baseline_date }), цель { $target } к { $target_date }; { $n } измерений, последнее { $latest } ({ $latest_date }).
    }
report-chart_indicator_unmeasured = { $name }: исходное значение { $baseline } ({ $baseline_date }), цель { $target } к { $target_date }; измерения пока не зарегистрированы.
report-chart_indicator_gone = Показатель, который отображала эта диаграмма, удален из плана осуществления, поэтому отображать нечего.
report-chart_column-date = Дата
report-chart_column-value = Значение
report-chart_column-source = Источник
report-chart_baseline = Исходное значение
report-chart_target = Цель
report-chart_measured = Измеренные значения
report-chart_axis_value = Значение
report-chart_axis_value_in = Значение ({ $unit })
report-actions_chart_intro = На рисунке показаны мероприятия плана осуществления по этим рекомендациям в разбивке по статусу, подразделение за подразделением.
report-indicator_charts_intro = На рисунках ниже каждый измеряемый показатель показан в сравнении с целью во времени: исходное значение и измерения — линией, цель — пунктирной линией до срока ее достижения.
report-indicator_charts_more =
    { $n ->
        [one] Еще { $n } показатель имеет измерения; его значения приведены при рекомендации, которую он измеряет.
        [few] Еще { $n } показателя имеют измерения; их значения приведены при рекомендациях, которые они измеряют.
       *[other] Еще { $n } показателей имеют измерения; их значения приведены при рекомендациях, которые они измеряют.
    }
# --- core errors, wave 5 ---
core-as_given = { $words }
error-newer_database = База данных { $path } записана более новой версией CityRights (версия схемы { $found }; эта версия понимает версии до { $known }). Она не изменена. Чтобы открыть её, установите более новую версию CityRights или откройте другой файл.
error-unreadable_database = Файл { $path } невозможно открыть как базу данных CityRights: { $reason }. Он не изменён.
error-db_other_program = это база данных SQLite другой программы, а не CityRights
error-db_damaged_check = файл повреждён ({ $check })
error-db_no_wal = папка не допускает журнал упреждающей записи SQLite (режим журнала остался «{ $mode }»)
error-db_cannot_read = его невозможно прочитать ({ $reason })
error-db_is_folder = это папка, а не файл
error-db_not_sqlite = это не база данных SQLite
error-db_not_sqlite_or_encrypted = это не база данных SQLite, или она зашифрована
error-db_damaged = файл повреждён
error-db_cannot_open = его невозможно открыть (проверьте права доступа)
error-db_read_only = он доступен только для чтения
error-db_busy = его использует другая программа
error-not_saved = Не сохранено: { $reason }. Ничего не записано наполовину: база данных осталась такой, какой была до этого изменения.
error-not_saved_disk_full = диск, на котором находится { $folder }, заполнен. Освободите на нём место (очистите корзину, перенесите большие файлы в другое место)
error-not_saved_read_only = в базу данных { $path } невозможно записать: диск или файл доступен только для чтения
error-not_saved_io_failure = диск, на котором находится { $folder }, сообщил об ошибке записи (диск извлечён или неисправен?)
error-import_cancelled = Импорт отменён. Ничего из него не сохранено; рекомендации остались такими, какими были.
error-database = База данных сообщила об ошибке: { $reason }
error-io_copy_backup = Не удалось скопировать резервную копию в { $path }: { $reason }
error-io_copy_database = Не удалось скопировать базу данных в { $path }: { $reason }
error-io_create = Не удалось создать { $path }: { $reason }
error-io_create_backup_folder = Не удалось создать папку резервных копий { $path }: { $reason }
error-io_create_folder = Не удалось создать папку { $path }: { $reason }
error-io_create_folder_for = Не удалось создать папку для { $path }: { $reason }
error-io_delete_old_backup = Не удалось удалить старую резервную копию { $path }: { $reason }
error-io_find_folder = Не удалось найти папку { $path }: { $reason }
error-io_finish_backup = Не удалось завершить резервную копию { $path }: { $reason }
error-io_finish_copy = Не удалось завершить копию { $path }: { $reason }
error-io_lock = Не удалось заблокировать { $path }: { $reason }
error-io_open = Не удалось открыть { $path }: { $reason }
error-io_open_lock_file = Не удалось открыть файл блокировки { $path }: { $reason }
error-io_replace_database = Не удалось поставить новую базу данных на место { $path }: { $reason }
error-io_read = Не удалось прочитать { $path }: { $reason }
error-io_read_backup_folder = Не удалось прочитать папку резервных копий { $path }: { $reason }
error-io_read_settings = Не удалось прочитать файл настроек { $path }: { $reason }
error-io_read_snapshot = Не удалось прочитать снимок { $path }: { $reason }
error-io_remove = Не удалось удалить { $path }: { $reason }
error-io_replace_settings = Не удалось заменить файл настроек { $path }: { $reason }
error-io_unpack = Не удалось распаковать { $path }: { $reason }
error-io_write = Не удалось записать { $path }: { $reason }
error-io_write_man_pages = Не удалось записать страницы руководства в { $path }: { $reason }
error-io_write_settings = Не удалось записать файл настроек { $path }: { $reason }
error-io_reason_not_found = файл или папка не существует
error-io_reason_permission = доступ запрещён (попросите того, кто управляет этим компьютером, предоставить право пользоваться этой папкой)
error-io_reason_exists = файл с таким именем уже существует
error-io_reason_disk_full = диск заполнен (освободите на нём место)
error-io_reason_read_only = диск доступен только для чтения
error-io_reason_is_folder = это папка, а не файл
error-io_reason_not_folder = часть пути — это файл, а не папка
error-uhri_record_too_large = Запись { $record } (начиная со строки { $line }) больше { $max } МБ: это не выгрузка Универсального индекса по правам человека, или файл повреждён. Ничего не импортировано.
error-uhri_no_list = файл не начинается с «[»: это не полная выгрузка Универсального индекса по правам человека (список записей JSON)
error-uhri_record_missing = за «,» следует «]» (запись отсутствует)
error-uhri_expected_record = ожидалась запись (символ «{"{"}»), найдено: { $found }
error-uhri_expected_comma = после записи { $record } ожидалось «,» или «]», найдено: { $found }
error-uhri_after_end = после конца списка есть ещё данные ({ $found })
error-uhri_byte = байт { $code }
error-uhri_empty = Файл пуст. Ничего не импортировано.
error-uhri_ends_in_record = Файл обрывается посреди записи { $record } (она начинается в строке { $line }, столбец { $column }): вероятно, он был обрезан при загрузке. Загрузите его снова. Ничего не импортировано.
error-uhri_ends_in_list = Файл заканчивается в строке { $line }, не закрыв список записей (после записи { $record }): вероятно, он был обрезан при загрузке. Загрузите его снова. Ничего не импортировано.
error-uhri_cannot_read = Не удалось прочитать файл: { $reason }. Ничего не импортировано.
error-uhri_syntax = Файл Универсального индекса невозможно прочитать в строке { $line }, столбец { $column }: { $what }. Ничего не импортировано; если файл был загружен из интернета, загрузите его снова.
error-uhri_damaged = Файл Универсального индекса повреждён в строке { $line }, столбец { $column } (в записи { $record }): { $what }. Ничего не импортировано; если файл был загружен из интернета, загрузите его снова.
error-uhri_not_uhri = Это не похоже на выгрузку Универсального индекса по правам человека: в её первой записи (строка { $line }) нет ни одного из полей AnnotationId, Countries и Text. Ничего не импортировано.
error-csv_unreadable = Файл CSV невозможно прочитать в строке { $line }: { $what }. Ничего не импортировано.
error-csv_no_header = Файл CSV пуст или не имеет строки заголовков. Его первая строка должна называть столбцы (например, Symbol, Paragraph, Recommendation). Ничего не импортировано.
error-csv_choose_text = Выберите столбец, содержащий текст рекомендаций.
error-csv_choose_symbol = Выберите столбец, содержащий условное обозначение документа, или укажите условное обозначение доклада, к которому относятся все строки (например, A/HRC/59/15).
error-csv_no_such_column =
    { $n ->
        [one] В файле { $n } столбец; столбца { $column } не существует.
        [few] В файле { $n } столбца; столбца { $column } не существует.
        [many] В файле { $n } столбцов; столбца { $column } не существует.
       *[other] В файле { $n } столбца; столбца { $column } не существует.
    }
error-csv_column = столбец { $column }
error-csv_text_empty = Строка { $line }: столбец «{ $column }» (текст рекомендации) пуст. Заполните его или удалите строку либо выберите другой столбец. Ничего не импортировано.
error-csv_symbol_empty = Строка { $line }: столбец «{ $column }» (условное обозначение документа) пуст. Ничего не импортировано.
error-csv_not_a_response = Строка { $line }, столбец «{ $column }»: «{ $value }» не является ответом (Supported, Partially supported, Noted или Pending). Тот ли это столбец? Ничего не импортировано.
error-csv_no_rows = В файле CSV есть заголовок, но нет строк. Ничего не импортировано.
error-text_file_too_large =
    { $what ->
        [csv] Размер файла CSV — { $size } МБ; принимается не более { $max } МБ. Тот ли это файл?
       *[other] Размер файла доклада — { $size } МБ; принимается не более { $max } МБ. Тот ли это файл?
    }
error-text_file_not_utf8 =
    { $what ->
        [csv] Файл CSV не является текстом в UTF-8: байт в позиции { $offset } (строка { $line }) не является допустимым UTF-8. Вероятно, файл сохранён в другой кодировке (например, Windows-1252). Сохраните его в UTF-8 и импортируйте снова. Ничего не импортировано.
       *[other] Файл доклада не является текстом в UTF-8: байт в позиции { $offset } (строка { $line }) не является допустимым UTF-8. Вероятно, файл сохранён в другой кодировке (например, Windows-1252). Сохраните его в UTF-8 и импортируйте снова. Ничего не импортировано.
    }
error-report_no_symbol = Укажите условное обозначение доклада, например A/HRC/59/15: рекомендации цитируются по нему.
error-report_nul = Текст содержит байт NUL (строка { $line }), которого в тексте не бывает: вероятно, это не текст доклада. Ничего не импортировано.
error-report_none_found = Рекомендации не найдены. Текст должен содержать раздел «Выводы и/или рекомендации» доклада Рабочей группы с рекомендациями, пронумерованными как «140.1 Ратифицировать …». Скопируйте этот раздел (или весь доклад) из PDF и повторите попытку. Ничего не импортировано.
error-report_no_text = У рекомендации { $number } (строка { $line }) нет текста. Ничего не импортировано.
error-report_gap = Отсутствует рекомендация { $missing }: после { $before } (строка { $line }) следующий найденный номер — { $next } (строка { $next_line }). Вероятно, часть текста потеряна при копировании; скопируйте весь раздел снова. Ничего не импортировано.
error-limit_import = { $what } CityRights не может его импортировать: проверьте, тот ли это файл. Ничего не импортировано.
error-limit_save = { $what } Ничего не сохранено; разделите текст на несколько разделов.
error-limit_nodes = Число абзацев, элементов списков, ячеек таблиц и фрагментов текста в одном разделе превышает { $max }.
error-limit_footnotes = Число сносок в одном разделе превышает { $max }.
error-limit_text = Объём текста превысил бы { $max } МБ — гораздо больше, чем у любого доклада.
error-limit_depth = Глубина вложенности списков или цитат в тексте превышает { $max }.
error-limit_columns = Число столбцов в таблице — { $n }; допускается не более { $max }.
error-limit_cells = Число ячеек в таблице — { $n }; допускается не более { $max }.
error-limit_attribute =
    { $what ->
        [chart] Длина диаграммы — { $n } знаков (допускается не более { $max }).
        [link] Длина ссылки — { $n } знаков (допускается не более { $max }).
       *[other] Длина цитаты — { $n } знаков (допускается не более { $max }).
    }
error-limit_heading = Уровень заголовка — { $level }; уровни бывают от 1 до 6.
error-limit_link = Ссылка ведёт не на веб-страницу и не на адрес электронной почты (сохраняются только ссылки http, https и mailto).
error-limit_nested_footnote = Сноска содержит другую сноску; сноска может содержать только текст.
error-limit_footnote_copies = Файл ссылается на свои сноски так часто, что их текст занял бы более { $max } МБ.
error-md_utf16 = Файл не является текстом в UTF-8: он начинается (в позиции 0) с метки текста UTF-16. Сохраните его в UTF-8 (в большинстве редакторов: «Сохранить как», затем «Кодировка: UTF-8») и импортируйте снова.
error-md_not_utf8 = Файл не является текстом в UTF-8: байт в позиции { $offset } (строка { $line }) не является допустимым UTF-8. Вероятно, файл сохранён в другой кодировке (например, Windows-1252 или Latin-1). Сохраните его в UTF-8 (в большинстве редакторов: «Сохранить как», затем «Кодировка: UTF-8») и импортируйте снова.
error-md_nul = Файл содержит байт NUL (в позиции { $offset }, строка { $line }), которого в текстовых файлах не бывает: вероятно, это не файл Markdown, или он сохранён в UTF-16. Сохраните его как текст в UTF-8 и импортируйте снова.
error-md_empty = Файл пуст: импортировать нечего.
error-md_nothing = В файле нет текста для импорта: в нём нет заголовков, абзацев, списков, цитат или таблиц.
error-md_too_large = Файл слишком велик для импорта: { $size } МБ при пределе { $max } МБ. Представление гораздо меньше: проверьте, тот ли это файл, или разделите его.
error-md_undefined_footnote = Сноска [^{ $label }] используется в строке { $line }, но нигде не определена.
error-md_table_limit = { $what } (Строка { $line } файла.) CityRights не может его импортировать: разделите таблицу или проверьте, тот ли это файл. Ничего не импортировано.
error-md_nesting = Глубина вложенности списков, цитат или выделений в файле превышает { $max } (в строке { $line }). CityRights не может импортировать такую структуру: проверьте, тот ли это файл.
error-md_footnote_in_heading = Заголовок в строке { $line } ссылается на сноску, но заголовки разделов и представлений не могут иметь сносок. Перенесите ссылку на сноску в текст под заголовком и импортируйте файл снова.
error-md_footnote_copies = Файл ссылается на свои сноски так часто, что их текст занял бы более { $max } МБ (ссылка в строке { $line } — лишняя). Проверьте, тот ли это файл.
error-docx_too_large = Файл слишком велик для импорта: { $size } МБ при пределе { $max } МБ. Проект гораздо меньше: проверьте, тот ли это файл.
error-docx_old_or_protected = Это не файл .docx: это либо старый документ Word (.doc), либо документ, защищённый паролем. Откройте его в Word или LibreOffice, снимите пароль, если он есть, сохраните как «Документ Word (.docx)» и импортируйте этот файл.
error-docx_not_zip = Это не файл Word (.docx): файл .docx является zip-архивом, а этот файл — нет. Если он был переименован из другого формата, откройте его в Word или LibreOffice и сохраните как «Документ Word (.docx)».
error-docx_no_body = В файле нет тела документа: он повреждён или не является документом Word.
error-docx_bad_zip = Файл повреждён и не может быть импортирован: его zip-структуру невозможно прочитать ({ $what }). Если Word или LibreOffice может его открыть, сохраните его снова как .docx и импортируйте новый файл.
error-docx_too_many_entries = Число элементов в файле — { $n }, больше, чем в любом документе Word (не более { $max }): это не проект, который можно импортировать.
error-docx_damaged_part = Файл повреждён и не может быть импортирован: его часть { $name } невозможно прочитать ({ $what }).
error-docx_not_utf8 = это не текст в UTF-8
error-docx_part_too_large = Файл не может быть импортирован: его часть { $name } после распаковки больше { $max } МБ — гораздо больше текста любого проекта (файл, возможно, создан для исчерпания памяти).
error-docx_parts_too_large = Файл не может быть импортирован: его текстовые части после распаковки в сумме больше { $max } МБ — гораздо больше любого проекта.
error-docx_part_utf16 = Файл не может быть импортирован: его часть { $name } записана в UTF-16, чего Word не делает. Откройте файл в Word или LibreOffice и сохраните его снова как .docx.
error-docx_missing_part = Файл не является полным документом Word: в нём нет { $name }. Если Word или LibreOffice может его открыть, сохраните его снова как .docx и импортируйте новый файл.
error-docx_nothing = В файле нет текста для импорта: в нём нет заголовков, абзацев, списков или таблиц.
error-thematic_not_docx = Это не документ Word (.docx). Откройте тематический перечень в Word, сохраните его как «Документ Word (*.docx)» и импортируйте снова. Ничего не импортировано.
error-thematic_damaged = Документ Word повреждён ({ $what }). Ничего не импортировано.
error-thematic_too_large = Текст документа Word больше { $max } МБ: это не тематический перечень. Ничего не импортировано.
error-thematic_broken_xml = Документ Word повреждён: его текст (word/document.xml) невозможно прочитать в байте { $offset } ({ $what }). Откройте его в Word, сохраните снова и импортируйте снова. Ничего не импортировано.
error-thematic_cell_too_large = Ячейка таблицы содержит более { $max } КБ текста — гораздо больше любой рекомендации: это не тематический перечень. Ничего не импортировано.
error-thematic_no_source = В строке { $row } таблицы (рекомендация { $number }) нет поля «Source of Position», по которому можно определить доклад. Укажите при импорте условное обозначение доклада (например, A/HRC/59/15). Ничего не импортировано.
error-thematic_none_found = В этом документе Word не найдено рекомендаций. Тематический перечень — это таблица, строки которой начинаются с номера рекомендации («140.7 Ратифицировать …»). Ничего не импортировано.
error-xlsx_too_many_rows = Строк больше, чем вмещает лист Excel (1 048 575): экспортируйте по одному документу.
error-xlsx_password = Книга защищена паролем. Откройте её в Excel или LibreOffice, снимите пароль (или сохраните незащищённую копию) и импортируйте этот файл.
error-xlsx_damaged = Файл повреждён или не является книгой Excel, поэтому его невозможно прочитать ({ $what }). Если Excel или LibreOffice может его открыть, сохраните его снова как .xlsx и импортируйте новый файл.
error-xlsx_no_sheet = В книге нет листа для чтения.
error-xlsx_beyond_row = На листе «{ $sheet }» есть ячейка { $cell } ниже строки { $max }: гораздо больше строк, чем в любой матрице рекомендаций. Удалите то, что находится под таблицей, и повторите попытку.
error-xlsx_beyond_column = На листе «{ $sheet }» есть ячейка { $cell } правее столбца { $max }. Удалите то, что находится справа от таблицы, и повторите попытку.
error-xlsx_cell_too_long = Ячейка { $cell } содержит более { $max } знаков — больше, чем допускает сам Excel: файл записан не Excel и не CityRights.
error-xlsx_empty_sheet = Лист «{ $sheet }» пуст: нет строки заголовков для чтения.
error-xlsx_too_large = Файл больше { $max } МБ — гораздо больше матрицы рекомендаций: проверьте, тот ли это файл.
error-xlsx_old_or_protected = Это старый файл Excel (.xls) или книга, защищённая паролем. Откройте её в Excel или LibreOffice, сохраните как .xlsx без пароля и импортируйте этот файл.
error-xlsx_not_zip = Файл не является книгой Excel (.xlsx): его невозможно открыть как книгу. Сохраните его из Excel или LibreOffice как .xlsx и импортируйте этот файл.
error-xlsx_too_many_parts = Число частей в файле — { $n }, больше, чем в любой книге Excel (не более { $max }): это не матрица, которую можно прочитать.
error-xlsx_bad_entry = Файл повреждён: часть { $n } его zip-архива невозможно прочитать ({ $what }).
error-xlsx_part_too_large = Файл невозможно прочитать: его часть { $name } после распаковки больше { $max } МБ — гораздо больше любой матрицы (файл, возможно, создан для исчерпания памяти).
error-xlsx_bad_part = Файл повреждён: его часть { $name } невозможно прочитать ({ $what }).
error-xlsx_parts_too_large = Файл невозможно прочитать: его части после распаковки в сумме больше { $max } МБ — гораздо больше любой матрицы.
error-xlsx_too_many_strings = Файл невозможно прочитать: число объявленных в нём различных текстов — { $n }, больше { $max } (файл, возможно, создан для исчерпания памяти).
error-xlsx_bad_strings = Файл повреждён: его часть { $name } не начинается как список текстов.
error-ws_newer =
    { $what ->
        [file_format] Этот файл рабочего пространства записан более новой версией CityRights ({ $app_version } — формат файла { $found }); эта версия ({ $this_version }) понимает форматы файла до { $known }. Ничего не изменено. Установите на этот компьютер CityRights { $app_version } или более новую версию, затем импортируйте файл снова.
       *[other] Этот файл рабочего пространства записан более новой версией CityRights ({ $app_version } — версия схемы { $found }); эта версия ({ $this_version }) понимает версии схемы до { $known }. Ничего не изменено. Установите на этот компьютер CityRights { $app_version } или более новую версию, затем импортируйте файл снова.
    }
error-ws_no_folder = Папка { $folder } не существует. Выберите существующую папку для файла рабочего пространства.
error-ws_not_ours = Это не файл рабочего пространства CityRights, или он повреждён: { $why }. Ничего не изменено. Экспортируйте рабочее пространство снова на другом компьютере (cityrights workspace export -o FILE) и импортируйте этот файл.
error-pkg_zip_unreadable = его zip-структуру невозможно прочитать ({ $what })
error-ws_too_many_entries = число элементов в нём — { $n }, тогда как рабочее пространство содержит не более { $max }
error-pkg_no_manifest = в нём нет manifest.json
error-pkg_manifest_unreadable = его манифест невозможно прочитать ({ $what })
error-pkg_manifest_too_large = его манифест слишком велик
error-pkg_manifest_format = его манифест указывает формат «{ $format }»
error-ws_unexpected_entry = его манифест называет неожиданный элемент «{ $name }»
error-pkg_named_twice = его манифест называет «{ $name }» дважды
error-ws_entry_too_large = его элемент { $name } после распаковки занял бы { $bytes } байт — больше допустимых { $max } МБ
error-ws_no_database = в нём нет базы данных
error-ws_damaged = Файл рабочего пространства повреждён: { $why }. Ничего не изменено. Скопируйте файл с другого компьютера снова или экспортируйте его там снова.
error-pkg_not_listed = его манифест не перечисляет { $name }
error-pkg_entry_unreadable = его элемент { $name } невозможно прочитать ({ $what })
error-ws_entry_size = размер его элемента { $name } не совпадает с указанным в манифесте
error-ws_entry_larger = его элемент { $name } больше, чем указано в манифесте
error-pkg_entry_checksum = его элемент { $name } не совпадает с контрольной суммой в манифесте
error-ws_damaged_database = База данных в файле рабочего пространства { $why }. Ничего не изменено. Экспортируйте рабочее пространство снова на другом компьютере и импортируйте новый файл.
error-wsdb_cannot_open = не может быть открыта ({ $what })
error-wsdb_cannot_read = не может быть прочитана ({ $what })
error-wsdb_not_ours = не является базой данных CityRights
error-wsdb_no_version = не имеет версии схемы
error-wsdb_damaged = повреждена ({ $check })
error-wsdb_unknown_version = имеет неизвестную версию схемы
error-wsdb_wrong_kind = содержит объект «{ $kind }» с именем { $table } там, где CityRights хранит таблицу
error-wsdb_rows_rejected = содержит строки { $table }, которые CityRights не может принять ({ $what })
error-wsdb_cannot_upgrade = не может быть обновлена ({ $what })
error-wsdb_dangling = содержит строки { $table }, ссылающиеся на записи, которых в ней нет
error-wsdb_nothing = ничего
error-wsdb_a_value = значение
error-wsdb_bad_value = содержит значение, которое CityRights никогда не записывает (таблица { $table }, строка{ $row }, столбец { $column }: { $found } там, где должно быть { $expected })
error-wsdb_bad_section = содержит раздел, текст которого CityRights не может прочитать (раздел { $id }, «{ $title }»: { $what })
error-wsdb_bad_revision = содержит сохранённую версию представления { $submission }, которую CityRights не может прочитать (редакция { $id }: { $what })
error-pkg_too_many_entries = число элементов в нём — { $n }, тогда как пакет содержит не более { $max }
error-pkg_entry_over = его элемент { $name } после распаковки занял бы { $bytes } байт — больше допустимых { $max }
error-pkg_total_over = после распаковки он занял бы { $bytes } байт — больше допустимых { $max }
error-pkg_unlisted_entry = в нём есть элемент «{ $name }», который не указан в его манифесте
error-pkg_entry_size = размер его элемента { $name } не совпадает с указанным в его манифесте
error-pkg_too_large = он больше { $max } МБ, допустимых для пакета
error-pkg_bad_ids = идентификаторы в его манифесте не из тех, что записывает CityRights
error-pkg_request_unreadable = его запрос невозможно прочитать ({ $what })
error-pkg_request_too_large = он запрашивает больше разделов или рекомендаций, чем может содержать запрос
error-pkg_request_empty = он ничего не запрашивает
error-pkg_names_too_long = одно из его имён или его сообщение слишком длинное
error-pkg_section_refused = текст его раздела «{ $title }» отклонён: { $what }
error-pkg_too_much_evidence = одна из рекомендаций в нём содержит слишком много записей о подтверждающих материалах
error-pkg_changes_unreadable = его список изменений невозможно прочитать ({ $what })
error-pkg_too_many_changes = в нём больше изменений, чем может содержать ответ
error-pkg_sender_too_long = имя его отправителя слишком длинное
error-pkg_author_too_long = одно из его изменений называет автора со слишком длинным именем
error-pkg_no_changeset = у его изменения { $field } { $id } нет набора изменений
error-pkg_change_too_large = одно из его изменений слишком велико
error-database_closed = База данных закрыта.
error-file_exists = { $path } уже существует. Выберите новое имя файла: существующий файл никогда не перезаписывается.
error-demo_not_empty = Эта база данных уже содержит данные, поэтому демонстрационные данные не добавлены. Используйте для демонстрации новый пустой файл базы данных.
error-not_a_backup_name = { $name } не является именем файла резервной копии CityRights.
error-copy_failed_check = Копия базы данных не прошла проверку ({ $check }) и удалена. Сама база данных не изменилась.
error-backup_of_another = Резервная копия { $name } не является копией { $path }: она относится к другой базе данных. Ваша база данных не изменена; выберите одну из её собственных резервных копий.
error-settings_unreadable = Файл настроек { $path } невозможно прочитать ({ $what }). Снова выберите вторую папку для резервных копий или стиль ссылок в разделе «Настройки»; любое из этих действий запишет новый файл.
error-choose_second_folder = Выберите папку для второй копии резервных копий.
error-not_a_full_path = { $folder } не является полным путём. Выберите папку с помощью кнопки «Выбрать папку…».
error-second_is_data_folder = Это папка данных, куда уже сохраняются резервные копии. Выберите другой носитель: USB-накопитель или общую папку подразделения.
error-not_a_language = «{ $value }» не является языком, на котором говорит CityRights: выберите один из следующих: { $codes }.
error-type_symbol = Введите условное обозначение документа, например A/HRC/59/15.
error-search_not_understood = Этот поисковый запрос не удалось понять. Ищите обычные слова, без кавычек и символов.
error-search_index_damaged = Поисковый индекс этой базы данных повреждён, поэтому поиск невозможен. Ваши тексты это сообщение не затрагивает. Восстановите последнюю резервную копию («Настройки» → «Резервные копии») или экспортируйте рабочее пространство и импортируйте его снова — это перестроит индекс.
error-revision_unreadable = Редакцию { $id } невозможно прочитать ({ $what }).
error-versions_of_two = Обе версии должны относиться к одному и тому же представлению.
error-sent_file_empty = Файл пуст: выберите файл, который был фактически отправлен.
error-not_submitted_yet = Представление «{ $title }» (id { $id }) не отмечено как поданное: его текст уже можно редактировать.
error-mark_submitted_first = Сначала отметьте представление как поданное.
error-template_other_mechanism = Шаблон «{ $name }» не предназначен для этого механизма. Выберите шаблон, созданный для него.
error-choose_un_language = Выберите один из шести официальных языков ООН.
error-co_submitter_gone = Одного из соавторов больше не существует.
error-section_text_unreadable = Текст раздела { $id } невозможно прочитать ({ $what }).
error-profile_before_logo = Сначала заполните профиль города, затем выберите его логотип.
error-consultation_date = Укажите дату консультации (ГГГГ-ММ-ДД, например 2027-03-02).
error-consultation_topic_empty = Тема не может быть пустой. Кратко укажите, чему была посвящена консультация.
error-consultation_topic_long = Тема слишком длинная: допускается не более { $max } знаков. Сократите её; ничего не потеряно.
error-consultation_format = Выберите, как проводилась консультация (встреча, опрос, письменные замечания…).
error-consultation_submission = Выберите одно из представлений этого взаимодействия или ни одного.
error-participants_max = Можно назвать не более { $max } участников; большую группу укажите числом в заметках.
error-participant_no_name = У участника { $n } нет имени. Укажите имя или удалите строку.
error-participant_email = «{ $value }» (участник { $n }) не является адресом электронной почты. Исправьте его или оставьте поле пустым.
error-departments_full = В списке города уже { $max } подразделений — больше он вместить не может. Выберите одно из них или удалите неиспользуемые в разделе «Настройки».
error-department_name_empty = Название подразделения не может быть пустым. Чтобы убрать его из списка, удалите его.
error-type_department = Введите название подразделения, например «Жилищный отдел».
error-recommendation_too_long = Объём рекомендации { $symbol } { $paragraph } — { $size } КБ, тогда как самые длинные рекомендации ООН занимают несколько КБ (принимается не более { $max } КБ): этот файл не то, чем кажется. Ничего не импортировано.
error-recommendation_text_empty = Текст рекомендации не может быть пустым.
error-recommendation_in_bin = { $symbol }, п. { $paragraph } находится в корзине. Восстановите её из корзины, а не добавляйте снова: она вернётся вместе с последующими действиями города.
error-recommendation_exists = { $symbol }, п. { $paragraph } уже есть в списке. Найдите её, а не добавляйте снова.
error-tag_empty = Метка не может быть пустой. Введите одно-два слова, например «жильё».
error-note_empty = Опишите, что было сделано, например «Решение совета 2026/14 финансирует 200 квартир».
error-select_one = Сначала выберите хотя бы одну рекомендацию.
error-bulk_max = За один раз можно изменить не более { $max } рекомендаций.
error-department_in_use =
    { $n ->
        [one] { $n } рекомендация называет «{ $name }» ответственным подразделением, поэтому оно остаётся в списке. Сначала назначьте ей другое подразделение или переименуйте это (название, уже имеющееся в списке, объединит оба).
        [few] { $n } рекомендации называют «{ $name }» ответственным подразделением, поэтому оно остаётся в списке. Сначала назначьте им другое подразделение или переименуйте это (название, уже имеющееся в списке, объединит оба).
        [many] { $n } рекомендаций называют «{ $name }» ответственным подразделением, поэтому оно остаётся в списке. Сначала назначьте им другое подразделение или переименуйте это (название, уже имеющееся в списке, объединит оба).
       *[other] { $n } рекомендации называют «{ $name }» ответственным подразделением, поэтому оно остаётся в списке. Сначала назначьте им другое подразделение или переименуйте это (название, уже имеющееся в списке, объединит оба).
    }
error-not_a_file_nothing_changed = { $path } не является файлом; ничего не изменено.
error-database_in_use = CityRights открыт для { $path } (или в неё записывает другая команда). Закройте приложение и выполните команду снова: изменять базу данных одновременно может только одна программа.
error-not_a_file_name = { $path } не является именем файла.
error-change_unreadable = Изменение, ожидающее рассмотрения, невозможно прочитать: { $what }
error-unknown_mechanism = Неизвестный механизм «{ $code }». Выберите УПО, договорный орган или специальные процедуры.
error-no_recommendation = Рекомендации { $id } нет (возможно, она в корзине). Выберите рекомендацию из списка.
error-sdg_targets_max = Рекомендацию можно связать не более чем с { $max } задачами ЦУР.
error-xlsx_rows_twice = Строки { $first } и { $second } обе относятся к { $reference }: оставьте одну из них и импортируйте снова.
error-xlsx_row = Строка { $row } ({ $reference }): { $what } Ничего не импортировано.
error-xlsx_no_columns = нет
error-xlsx_not_a_matrix = Лист «{ $sheet }» не является матрицей осуществления: в его первой строке нет столбца { $missing }. Его столбцы: { $columns }. Экспортируйте матрицу из CityRights (recommendations export-xlsx), заполните этот файл и импортируйте его.
error-input_too_large = Входные данные больше { $max } МБ: проверьте, тот ли это файл.
cli-count_sections =
    { $n ->
        [one] { $n } раздел
        [few] { $n } раздела
        [many] { $n } разделов
       *[other] { $n } раздела
    }
cli-count_paragraphs =
    { $n ->
        [one] { $n } пронумерованный абзац
        [few] { $n } пронумерованных абзаца
        [many] { $n } пронумерованных абзацев
       *[other] { $n } пронумерованного абзаца
    }
cli-count_footnotes =
    { $n ->
        [one] { $n } сноска
        [few] { $n } сноски
        [many] { $n } сносок
       *[other] { $n } сноски
    }
cli-count_pages =
    { $n ->
        [one] { $n } страница
        [few] { $n } страницы
        [many] { $n } страниц
       *[other] { $n } страницы
    }
cli-count_recommendations =
    { $n ->
        [one] { $n } рекомендация
        [few] { $n } рекомендации
        [many] { $n } рекомендаций
       *[other] { $n } рекомендации
    }
cli-count_words =
    { $n ->
        [one] { $n } слово
        [few] { $n } слова
        [many] { $n } слов
       *[other] { $n } слова
    }
cli-count_actions =
    { $n ->
        [one] { $n } мероприятие
        [few] { $n } мероприятия
        [many] { $n } мероприятий
       *[other] { $n } мероприятия
    }
cli-docx_written = Записан файл { $path } ({ $sections }, { $paragraphs }, { $footnotes }).
cli-pdf_written = Записан файл { $path } ({ $pages }, { $paragraphs }, { $footnotes }).
cli-section_replaced = Текст «{ $title }» заменён (версия { $version }); объём представления теперь: { $words }.
cli-no_revisions = Редакций пока нет.
cli-revision_by = (автор: { $author })
cli-recommendations_written = Записано в { $path }: { $recommendations }.
cli-recommendations_pdf_written = Записано в { $path }: { $recommendations }, { $pages }.
cli-matrix_evidence = Строка { $row }, { $reference }: добавлен подтверждающий материал: { $value }
cli-matrix_change = Строка { $row }, { $reference }: { $field } «{ $from }» → «{ $to }»
cli-no_id = нет
cli-matrix_unknown = Строка { $row }: рекомендации { $symbol } { $paragraph } (ID { $id }) в этой базе данных нет.
cli-matrix_summary =
    { $dry_run ->
        [yes] Будет: изменено — { $changed }, без изменений — { $unchanged }, неизвестно — { $unknown }.
       *[other] Готово: изменено — { $changed }, без изменений — { $unchanged }, неизвестно — { $unknown }.
    }
cli-man_pages_written = Страницы руководства записаны в { $path }.
cli-report_created = Создано представление { $id } «{ $title }»: { $sections }, цитируется { $recommendations }. Откройте его для редактирования или экспортируйте командой `cityrights export pdf --submission { $id } -o FILE.pdf`.
cli-progress_by_theme = По темам:
cli-progress_by_department = По подразделениям:
cli-progress_by_sdg = По ЦУР:
cli-progress_line = { $name }: { $recommendations } (не начато — { $not_started }, в процессе — { $in_progress }, выполнено — { $implemented }, неприменимо — { $not_applicable }; { $actions })
error-already_submitted = Представление «{ $title }» (id { $id }) уже отмечено как поданное. Чтобы отправить исправленную версию, сначала начните новую версию («Начать новую версию» на экране представления или `cityrights submission reopen --submission { $id } --json`): запись о том, что было отправлено, сохраняется.
error-already_submitted_on = Представление «{ $title }» (id { $id }) уже отмечено как поданное { $date } ({ $channel }). Чтобы отправить исправленную версию, сначала начните новую версию («Начать новую версию» на экране представления или `cityrights submission reopen --submission { $id } --json`): запись о том, что было отправлено, сохраняется.
error-nothing_to_send = В представлении «{ $title }» (id { $id }) нет текста (0 слов), поэтому сохранять в качестве отправленной версии нечего. Если оно было написано в другом месте, сначала импортируйте отправленный файл («Импортировать документ подразделения…» или `cityrights submission import --into-submission { $id } FILE`), затем отметьте его как поданное.
error-submission_read_only = Представление «{ $title }» (id { $id }) отмечено как поданное: отправленное остаётся неизменным, поэтому его текст, разделы и сведения изменить нельзя. Чтобы изменить их, начните новую версию («Начать новую версию» на экране представления или `cityrights submission reopen --submission { $id } --json`); запись о том, что было отправлено (дата, канал, файл, SHA-256 и заблокированная версия), сохраняется.
error-submitted_only_by_marking = Представление получает статус «Подано» (а затем «Получение подтверждено») только через «Отметить как поданное», что фиксирует дату, канал и точный отправленный файл (CLI: `cityrights submission mark-submitted --submission { $id } --file FILE --channel TEXT`).
error-unknown_symbol = Рекомендации документа «{ $symbol }» не зарегистрированы. Проверьте условное обозначение (например, A/HRC/59/15) или сначала импортируйте его рекомендации.
error-not_an_action_status = «{ $value }» не является статусом мероприятия. Используйте один из следующих: { $codes }.
error-action_list_max =
    { $what ->
        [recommendations] В мероприятии можно указать не более { $max } рекомендаций; здесь указано { $n }.
        [partners] В мероприятии можно указать не более { $max } партнёров; здесь указано { $n }.
       *[other] В мероприятии можно указать не более { $max } задач ЦУР; здесь указано { $n }.
    }
error-action_needs_recommendation = Мероприятие должно отвечать хотя бы на одну рекомендацию. Выберите рекомендацию, на которую оно отвечает.
error-due_before_start = Срок ({ $due }) раньше начала ({ $start }). Измените одну из дат.
error-value_too_large = { $value } — слишком большое значение для этого поля.
error-not_a_number = «{ $value }» не является числом. Запишите значение цифрами, например 120 или 3,5.
error-indicator_owner = Показатель относится либо к мероприятию, либо к рекомендации: укажите одно из них.
error-baseline_date = Укажите дату исходного значения (ГГГГ-ММ-ДД).
error-target_date = Укажите дату, к которой должно быть достигнуто целевое значение (ГГГГ-ММ-ДД).
error-target_after_baseline = Дата целевого значения ({ $target }) должна быть позже даты исходного значения ({ $baseline }).
error-zone_empty = Укажите часовой пояс: город, например Женева или Нью-Йорк, или название пояса, например Europe/Zurich.
error-zone_too_long = Часовой пояс — не более { $max } знаков: город, например Женева или Нью-Йорк, или название пояса, например Europe/Zurich.
error-zone_unknown = «{ $value }» не является часовым поясом, известным CityRights. Укажите город, например Женева или Нью-Йорк, или название пояса, например Europe/Zurich.
error-zone_unknown_suggest = «{ $value }» не является часовым поясом, известным CityRights. Возможно, вы имели в виду { $suggestions }? Укажите город, например Женева или Нью-Йорк, или название пояса, например Europe/Zurich.
error-not_a_country_code = «{ $value }» не является кодом ISO 3166-1 alpha-3 государства — члена или государства-наблюдателя ООН. Укажите трёхбуквенный код, например SVN для Словении или BOL для Боливии.
error-not_a_report_kind = «{ $value }» не является видом доклада. Используйте один из следующих: { $codes }.
error-not_a_report_language = «{ $value }» не является языком, на котором CityRights пишет доклады: выберите один из следующих: { $codes }.
error-no_library_entry = В Библиотеке нет записи «{ $id }».
error-unknown_template = Неизвестный шаблон «{ $key }».
error-word_limit_range = Лимит слов должен быть от 1 до 100 000.
error-not_a_value_of =
    { $what ->
        [competence] «{ $value }» не является компетенцией. Используйте одно из значений: { $codes }.
       *[other] «{ $value }» не является местным статусом. Используйте одно из значений: { $codes }.
    }
error-no_sdg_code =
    { $what ->
        [target] Задачи ЦУР «{ $code }» нет. Запишите её так, как её нумерует ООН, например { $example }.
       *[other] Показателя ЦУР «{ $code }» нет. Запишите его так, как его нумерует ООН, например { $example }.
    }
error-chart_glyph = Диаграмма не может отобразить «{ $chars }»: этого знака нет ни в одном из шрифтов CityRights. Переименуйте тему или подразделение, где он используется, и экспортируйте снова.
error-cli_import_target = Укажите --engagement ID (новое представление) или --into-submission ID (новый раздел).
error-cli_person = Укажите --person ID или --email EMAIL.
error-cli_not_one_of = «{ $value }» не входит в число следующих значений: { $codes }.
error-cli_map_form = «{ $value }» не имеет вида FIELD=HEADER, например text=Recommendation.
error-cli_map_no_column = В файле нет столбца «{ $header }». Его столбцы: { $columns }.
error-cli_map_field = «{ $value }» не является полем: используйте symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism или cycle.
error-cli_template_for = Шаблон «{ $key }» не предназначен для { $mechanism }. Шаблоны для него: { $templates }.
error-milestone_bad_date = У контрольной точки «{ $title }» нечитаемая дата ({ $date }); измените его в приложении и экспортируйте снова.
error-retention_months = Укажите число месяцев от 1 до { $max } (24 — это два года).
error-person_query_short = Введите не менее двух букв имени или адреса электронной почты этого человека.
error-person_already_removed = Данные этого человека уже удалены.
error-no_data_for_email = Персональные данные с адресом электронной почты { $email } не найдены.
error-email_to_erase = Укажите адрес электронной почты, который нужно стереть.
error-reminder_not_days = «{ $value }» не является числом дней. Запишите дни до даты через запятую, например 30, 7, 1 (или оставьте поле пустым, если напоминания не нужны).
error-reminder_too_early = Напоминание можно установить не более чем за { $max } дн. до даты (указано: { $n }).
error-reminders_max = Для одной контрольной точки можно установить не более 10 напоминаний.
error-milestone_kind = Выберите, что отмечает эта контрольная точка.
error-date_out_of_reach = Эта дата вне допустимого диапазона.
error-nothing_to_handle = «{ $title }» ничего не требует от города к своей дате, поэтому отмечать как выполненное нечего.
error-not_passed_yet = Срок «{ $title }» ещё не прошёл: отметить как выполненный можно только пропущенный срок.
error-window_closes_before_opening = Период подачи не может закрыться ({ $closes }) раньше, чем откроется ({ $opens }). Проверьте обе даты.
error-stakeholder_kind = Выберите вид заинтересованной стороны.
error-synced_folder = { $path } находится в папке { $sync }. Программы синхронизации копируют базу данных во время записи, что может её повредить. Храните базу данных на собственном диске этого компьютера (место по умолчанию), а в синхронизируемую папку пусть сохраняются автоматические резервные копии.
error-network_drive = { $path } находится на сетевом диске ({ $fs }). Блокировки и журнал упреждающей записи SQLite там ненадёжны: два компьютера могут повредить файл. Храните базу данных на собственном диске этого компьютера (место по умолчанию); для резервных копий сетевая папка подходит.
error-search_too_long =
    { $what ->
        [characters] Этот поисковый запрос слишком длинный (знаков: { $n }). Запрос может содержать не более { $max_words } слов и { $max_chars } знаков: ищите несколько слов или одно предложение текста.
       *[other] Этот поисковый запрос слишком длинный (слов: { $n }). Запрос может содержать не более { $max_words } слов и { $max_chars } знаков: ищите несколько слов или одно предложение текста.
    }
error-choose_uhri_first = Сначала выберите выгрузку Универсального индекса по правам человека.
error-logo_unreadable = его невозможно прочитать ({ $reason })
error-logo_not_a_file = это не обычный файл (устройство, канал или папка)
error-logo_too_large = он больше { $max } МБ — гораздо больше любого логотипа
error-logo_city = Файл { $path } не может быть логотипом города: { $why }. Выберите изображение PNG.
error-logo_not_png = это не изображение PNG
error-logo_not_png_because = это не изображение PNG ({ $what })
error-logo_word = Логотип города { $path } нельзя использовать в файле Word: { $why }. Выберите файл PNG в профиле города или удалите логотип; ничего не записано.
error-logo_pdf = Логотип города { $path } нельзя использовать в PDF: { $why }. Выберите файл PNG в профиле города или удалите логотип; ничего не записано.
error-logo_pixels = его пиксели не удалось прочитать ({ $what })
error-logo_pixels_max = его размер — { $width } × { $height } пикселей; допускается не более { $max } × { $max }
error-logo_colours = его цвета не удалось раскодировать
error-mechanism_kind_unknown = Неизвестный вид механизма: { $kind }
error-mechanism_rule_damaged = Сохранённое правило { $code } повреждено: { $what }
error-not_a_value_of_field = «{ $value }» не является значением поля { $field }.

# --- templates ---
# The submission templates' words (assets/templates/*.json give their structure): each
# template's name and description (the template picker, in the interface's language), and
# each section's title and guidance (a new submission's sections, in the submission's language).
template-upr_stakeholder-name = Представление заинтересованных сторон для УПО
template-upr_stakeholder-description = Письменное представление города для универсального периодического обзора своего государства в качестве «другой заинтересованной стороны», самостоятельно или совместно. Правила оформления (лимит слов, формат) установлены УВКПЧ; структура разделов носит рекомендательный характер. УВКПЧ публикует на своем веб-сайте полный текст каждого представления заинтересованных сторон (A/HRC/WG.6/48/SVN/3, примечание 2): не пишите ничего, что вы не готовы опубликовать.
template-upr_stakeholder-s1-title = Резюме и ключевые слова
template-upr_stakeholder-s1-guidance = В одном коротком абзаце изложите основные проблемы, вызывающие обеспокоенность города, и его главные рекомендации. Затем перечислите несколько ключевых слов, обозначающих затронутые области прав человека (например: право на достаточное жилище; мигранты; недискриминация). Рекомендуется включать вводное резюме и ключевые слова (прежние руководящие указания УВКПЧ, сторонний источник).
template-upr_stakeholder-s2-title = Город и его полномочия
template-upr_stakeholder-s2-guidance = В 2–4 предложениях укажите, что представляет собой город, какими полномочиями он обладает в отношении рассматриваемых прав (жилье, школы, охрана порядка, социальные услуги...), а также его обязательства и органы в области прав человека. Четко укажите, что не входит в его компетенцию. Это объясняет, почему доклад представляет орган местного самоуправления.
template-upr_stakeholder-s3-title = Методология и консультации
template-upr_stakeholder-s3-guidance = Укажите, откуда получены доказательства (муниципальные данные, жалобы, обследования, доклад города о правах человека), охватываемый период и с кем проводились консультации: жители, НПО, национальное правозащитное учреждение, другие муниципалитеты.
template-upr_stakeholder-s4-title = Последующая деятельность по итогам предыдущего обзора
template-upr_stakeholder-s4-guidance = Рассмотрите каждую соответствующую рекомендацию предыдущего цикла. Приведите ее номер и государство (государства), вынесшее рекомендацию, например «140.7 ... (Мальдивские Острова) (Португалия)», и укажите, была ли она поддержана или принята к сведению. Затем оцените ее выполнение на местном уровне: что сделал город, что изменилось (с данными) и какие пробелы сохраняются, в том числе обусловленные национальным законодательством или финансированием. При необходимости рассмотрите и рекомендации, принятые к сведению.
template-upr_stakeholder-s5-title = Новые события
template-upr_stakeholder-s5-guidance = Опишите значимые события на местном уровне после последнего обзора (новые постановления, кризисы, перемещение населения, последствия изменения климата), которые не охвачены ни одной предыдущей рекомендацией. Соотнесите каждое из них с нормой в области прав человека.
template-upr_stakeholder-s6-title = Рекомендации государству
template-upr_stakeholder-s6-guidance = Предложите небольшое число рекомендаций, адресованных государству — объекту обзора: рекомендации УПО выносятся государствами в адрес государств. Сделайте каждую из них ориентированной на конкретные действия и измеримой и укажите, какой уровень власти должен действовать и какие ресурсы или какая координация для этого необходимы. Если прежняя рекомендация не была выполнена, предложите повторить ее «как было рекомендовано ранее».
template-upr_midterm-name = Среднесрочный доклад по УПО
template-upr_midterm-description = Добровольный среднесрочный доклад о рекомендациях последнего цикла УПО, примерно через два года после принятия итогового документа Советом по правам человека, подготовленный городом самостоятельно или совместно с партнерами. Для среднесрочного доклада города не установлены ни лимит слов, ни канал, ни формат: лимиты УПО для заинтересованных сторон не применяются, и вы можете установить собственный лимит в правилах взаимодействия. Структура является рекомендацией.
template-upr_midterm-s1-title = Резюме
template-upr_midterm-s1-guidance = Укажите цикл, дату обзора и условное обозначение доклада Рабочей группы, а также в нескольких строках основные выводы.
template-upr_midterm-s2-title = Методология и партнеры
template-upr_midterm-s2-guidance = Кто принимал участие, какие данные использовались и охватываемый период.
template-upr_midterm-s3-title = Осуществление рекомендаций
template-upr_midterm-s3-guidance = Одна строка таблицы на каждую рекомендацию: номер, текст, государство, вынесшее рекомендацию, позиция (поддержана или принята к сведению), значение для города, принятые меры, доказательства или показатель, статус (меры не приняты / в процессе / выполнена).
template-upr_midterm-s4-title = Приоритетные темы
template-upr_midterm-s4-guidance = Описательная часть о темах, по которым город действовал активнее всего, с данными.
template-upr_midterm-s5-title = Препятствия
template-upr_midterm-s5-guidance = Что мешает, в том числе координация между уровнями власти и финансирование.
template-upr_midterm-s6-title = Дальнейшие шаги
template-upr_midterm-s6-guidance = Что город сделает до следующего обзора.
template-tb_list_of_issues-name = Договорный орган: материалы для перечня вопросов
template-tb_list_of_issues-description = Материалы для перечня вопросов (LOI) комитета или перечня вопросов, направляемых до представления доклада (LOIPR): краткие, состоящие из вопросов, без рекомендаций для заключительных замечаний. Город выступает как орган публичной власти, являющийся частью государства-участника: согласуйте свои действия с национальным органом, отвечающим за доклады.
template-tb_list_of_issues-s1-title = Краткое изложение
template-tb_list_of_issues-s1-guidance = Перечислите в нескольких строках приоритетные проблемы в порядке их значимости.
template-tb_list_of_issues-s2-title = О городе, направляющем представление
template-tb_list_of_issues-s2-guidance = Опишите город, его мандат и полномочия и объясните, почему его информация достоверна. Укажите, что автор представления — орган публичной власти, а не НПО. Город является частью государства-участника: на страницах УВКПЧ то, что направляют другие, называется «представлениями заинтересованных сторон, не являющихся государством-участником», а в документе A/HRC/28/62 отмечается, что обязательства в области прав человека распространяются на все уровни власти. Прежде чем опровергать доклад государства, согласуйте свои действия с национальным органом, который его готовит, и укажите, в чем позиция города расходится с ним и почему.
template-tb_list_of_issues-s3-title = Проблемы и предлагаемые вопросы
template-tb_list_of_issues-s3-guidance = По каждой проблеме (следуйте статьям договора или, для Комитета по правам ребенка, тематическим блокам Комитета): дайте краткий контекст с местными данными, объясните, почему она должна войти в перечень вопросов, и предложите 1–3 точных вопроса, которые Комитет мог бы задать государству. На этом этапе не пишите рекомендаций для заключительных замечаний.
template-tb_list_of_issues-s4-title = Источники
template-tb_list_of_issues-s4-guidance = Указывайте источник каждого фактического утверждения. Укажите, кто, когда и как собрал данные. Никогда не опирайтесь на неназванные источники.
template-tb_session_report-name = Договорный орган: доклад к сессии
template-tb_session_report-description = Всеобъемлющий доклад для конструктивного диалога комитета с государством, по статьям или по вопросам перечня вопросов, с предлагаемыми рекомендациями. Город выступает как орган публичной власти, являющийся частью государства-участника: согласуйте свои действия с национальным органом, отвечающим за доклады.
template-tb_session_report-s1-title = Краткое изложение
template-tb_session_report-s1-guidance = Перечислите приоритетные проблемы и основные рекомендации в порядке их значимости.
template-tb_session_report-s2-title = О городе, направляющем представление
template-tb_session_report-s2-guidance = Опишите город, его мандат и полномочия, а также основания доверять ему. Сообщите, что автор представления — орган публичной власти, а не НПО. Город является частью государства-участника: на страницах УВКПЧ то, что направляют другие, называется «представлениями заинтересованных сторон, не являющихся государством-участником», а в документе A/HRC/28/62 отмечается, что обязательства в области прав человека распространяются на все уровни власти. Прежде чем опровергать доклад государства, согласуйте свои действия с национальным органом, который его готовит, и укажите, в чем позиция города расходится с ним и почему.
template-tb_session_report-s3-title = Проблемы по статьям или по вопросам перечня вопросов
template-tb_session_report-s3-guidance = Следуйте статьям договора по порядку (или, в рамках упрощенной процедуры, вопросам перечня вопросов по номерам). По каждой: что происходит на местном уровне, с дезагрегированными данными; что доклад государства упускает или излагает неточно и были ли выполнены предыдущие заключительные замечания; точные доказательства; и конкретные рекомендации с учетом особенностей страны.
template-tb_session_report-s4-title = Предлагаемые рекомендации
template-tb_session_report-s4-guidance = Сведите вместе рекомендации, которые вы предлагаете для заключительных замечаний, — конкретные и измеримые, в порядке приоритетности.
template-tb_session_report-s5-title = Заключение
template-tb_session_report-s5-guidance = Кратко повторите основные проблемы. Можно повторить рекомендации.
template-tb_session_report-s6-title = Источники
template-tb_session_report-s6-guidance = Точно указывайте источники. Для Комитета по правам ребенка приложения не входят в лимит слов (по данным Child Rights Connect).
template-tb_follow_up_info-name = Договорный орган: информация для процедуры последующей деятельности
template-tb_follow_up_info-description = Информация для докладчика комитета по последующей деятельности о нескольких рекомендациях, отобранных в заключительных замечаниях для последующей деятельности (их последние пункты называют эти рекомендации и срок). Доклад о последующей деятельности представляет государство; докладчик рассматривает все имеющиеся источники, в том числе национальные правозащитные учреждения и НПО, поэтому город может направить собственную информацию. Лимит слов для нее не опубликован: будьте кратки.
template-tb_follow_up_info-s1-title = Резюме
template-tb_follow_up_info-s1-guidance = Заключительные замечания (условное обозначение и дата), рекомендации, отобранные для последующей деятельности (номера пунктов), и общая оценка города в двух-трех строках.
template-tb_follow_up_info-s2-title = Рекомендации, отобранные для последующей деятельности
template-tb_follow_up_info-s2-guidance = Процитируйте каждую отобранную рекомендацию с номером ее пункта в том виде, в каком она изложена в заключительных замечаниях.
template-tb_follow_up_info-s3-title = Что сделал город
template-tb_follow_up_info-s3-guidance = По каждой из них: меры, принятые городом, с датами, бюджетами и цифрами, и что изменилось для затронутых людей. Четко укажите, что не сделано и почему. Город является частью государства-участника: если его позиция расходится с докладом государства о последующей деятельности, укажите это, подкрепив доказательствами.
template-tb_follow_up_info-s4-title = Источники
template-tb_follow_up_info-s4-guidance = Указывайте источник каждой цифры: кто, когда и как ее собрал.
template-sp_call_for_input-name = Специальные процедуры: ответ на призыв представить материалы
template-sp_call_for_input-description = Ответ на призыв мандатария специальных процедур или УВКПЧ представить материалы, построенный по номерам вопросов самого призыва. Добавьте по одному разделу на каждый вопрос призыва. Отвечайте только на то, что город может подтвердить; в призыве указаны собственный лимит слов, язык и срок.
template-sp_call_for_input-s1-title = Вопрос 1
template-sp_call_for_input-s1-guidance = Повторите вопрос (или его номер) в качестве названия этого раздела; добавьте по одному разделу на каждый вопрос призыва и отвечайте только на те, по которым город может представить доказательства. В каждом ответе: i) правовая и политическая база на уровне города; ii) меры и передовая практика, с датами и бюджетами; iii) данные и результаты в дезагрегированном виде; iv) трудности, включая зависимость от национального законодательства или финансирования.
template-sp_call_for_input-s2-title = Ссылки на приложения
template-sp_call_for_input-s2-guidance = Ссылки на упомянутые постановления, доклады и наборы данных.
template-state_report_input-name = Материалы для национального доклада или национальных консультаций государства
template-state_report_input-description = Вклад города в доклад, который его государство готовит для УПО или договорного органа, или в национальные консультации государства по этому докладу. Он направляется национальному органу, координирующему подготовку доклада (часто это национальный механизм по осуществлению, представлению докладов и последующей деятельности), а не в ООН: лимиты слов ООН не применяются, поэтому следуйте требованиям национального органа.
template-state_report_input-s1-title = Резюме
template-state_report_input-s1-guidance = В нескольких строках: что предлагает город, по каким рекомендациям или статьям и один-два момента, которые он больше всего хотел бы видеть отраженными в национальном докладе.
template-state_report_input-s2-title = Полномочия и источники города
template-state_report_input-s2-guidance = Какие государственные услуги город оказывает в связи с соответствующими правами (жилье, водоснабжение, школы, охрана порядка, социальные услуги…) и откуда получены приведенные ниже данные, с их датами.
template-state_report_input-s3-title = Осуществление на местном уровне
template-state_report_input-s3-guidance = По каждой рекомендации или статье, которую охватит национальный доклад: что город сделал после последнего обзора, с цифрами и датами, и что изменилось для жителей. Приведите номер рекомендации или статью.
template-state_report_input-s4-title = Трудности, требующие мер на национальном уровне
template-state_report_input-s4-guidance = Что город не может решить сам: национальное законодательство, финансирование, данные, координация между уровнями власти. Укажите, какие меры на национальном уровне помогли бы.
template-state_report_input-s5-title = Предлагаемый текст для национального доклада
template-state_report_input-s5-guidance = Необязательно: короткие абзацы, которые национальный орган может включить без изменений, в стиле самого доклада.
template-state_report_input-s6-title = Контактное лицо для последующей деятельности
template-state_report_input-s6-guidance = Кто в городе отвечает на вопросы национального органа и к какому сроку город может проверить проект доклада.
template-local_human_rights_report-name = Местный доклад о правах человека
template-local_human_rights_report-description = Собственный периодический доклад города о положении в области прав человека в городе, какой города прав человека публикуют раз в год или два: какие обязательства город взял на себя, что он сделал, что рекомендовала ООН и как город выполняет эти рекомендации, с данными. Он адресован жителям и городскому совету и может быть передан механизмам ООН в качестве доказательства. Лимит слов ООН не применяется.
template-local_human_rights_report-s1-title = Предисловие
template-local_human_rights_report-s1-guidance = Краткое слово мэра или совета: почему город отчитывается о правах человека, и охватываемый период.
template-local_human_rights_report-s2-title = Обязательства города
template-local_human_rights_report-s2-guidance = Обязательства в области прав человека, принятые городом (хартия, декларация, решения совета), и органы, которые их выполняют (управление, омбудсмен, комиссия).
template-local_human_rights_report-s3-title = Прогресс по темам
template-local_human_rights_report-s3-guidance = По одной части на каждую тему (жилье, водоснабжение, образование, здравоохранение, безопасность, участие…): что планировалось, что сделано, с цифрами и датами, и что еще предстоит.
template-local_human_rights_report-s4-title = Рекомендации ООН и их выполнение
template-local_human_rights_report-s4-guidance = Рекомендации механизмов ООН в адрес государства, касающиеся полномочий города, что город сделал по каждой из них и их статус.
template-local_human_rights_report-s5-title = Участие
template-local_human_rights_report-s5-guidance = Как жители, гражданское общество и национальное правозащитное учреждение участвовали в подготовке этого доклада.
template-local_human_rights_report-s6-title = Показатели
template-local_human_rights_report-s6-guidance = Показатели, которые отслеживает город, с исходным, целевым и последним значением, и их источники.
template-local_human_rights_report-s7-title = Дальнейшие шаги
template-local_human_rights_report-s7-guidance = Что город сделает до следующего доклада, кто за это отвечает и в какие сроки.

# --- CLI help (clap) ---
# `cityrights --help` in the reader's language (src/cli/help.rs). clap's own words first: the
# headings end with their colon, as the language writes it.
cli-clap-usage = Использование:
cli-clap-commands = Команды:
cli-clap-arguments = Аргументы:
cli-clap-options = Параметры:
cli-clap-print_help = Показать справку
cli-clap-print_help_more = Показать справку (подробнее — «--help»)
cli-clap-print_help_summary = Показать справку (кратко — «-h»)
cli-clap-print_version = Показать версию
cli-clap-help_command = Показать это сообщение или справку по указанным подкомандам
cli-clap-help_command_arg = Показать справку по подкомандам
cli-clap-default = по умолчанию:
cli-clap-possible_values = допустимые значения:
cli-clap-error = ошибка:
cli-clap-unknown_argument = непредвиденный аргумент «{ $arg }»
cli-clap-unknown_command = неизвестная подкоманда «{ $command }»
cli-clap-missing_argument = не указаны следующие обязательные аргументы: { $args }
cli-clap-missing_command = для «{ $command }» требуется подкоманда, но она не указана
cli-clap-invalid_value = недопустимое значение «{ $value }» для «{ $arg }»
cli-clap-similar_command = подсказка: есть похожая подкоманда: «{ $suggestion }»
cli-clap-similar_argument = подсказка: есть похожий аргумент: «{ $suggestion }»
cli-clap-similar_value = подсказка: есть похожее значение: «{ $suggestion }»
cli-clap-more = Дополнительные сведения: «--help».
# The commands' descriptions and their arguments' help, word for word the doc comments of
# src/cli/*.rs (the test in src/cli/help.rs says which are missing or different).
cli-help = CityRights: вклад города в работу правозащитных механизмов ООН из командной строки.
cli-help-_after = Базой данных служит собственный файл приложения, если не указан --db; переменная среды CITYRIGHTS_DB заменяет этот файл по умолчанию как для приложения, так и для командной строки.
cli-help--db = Используемый файл базы данных (по умолчанию: $CITYRIGHTS_DB, иначе файл приложения в папке данных системы)
cli-help-demo = Заполнить пустую базу данных демонстрационным городом «Exampleville (demo)» (непустая база не принимается)
cli-help-engagements = Взаимодействия: обзоры и призывы, в которых участвует город
cli-help-engagements-list = Перечислить взаимодействия (id, название, механизм, стадия)
cli-help-engagements-add = Добавить взаимодействие (CODE так, как его выводит `engagements list`: UPR, CESCR…, SP); с --session-start — его сессия как этап
cli-help-engagements-add--state = Государство, в отношении которого проводится обзор
cli-help-deadlines = Этапы со сроком от сегодняшнего дня до DAYS дней вперед, ближайшие первыми
cli-help-deadlines--within = На сколько дней вперед смотреть
cli-help-deadlines--json = Вывести массив JSON (engagement_id, kind, title, due, time_zone, …)
cli-help-calendar = Календарь: все этапы в файле iCalendar для Outlook и других календарей
cli-help-calendar-export = Записать этапы в файл iCalendar (.ics): одно событие на этап с постоянным UID (повторный импорт обновляет, а не дублирует), время в UTC, одно оповещение на напоминание
cli-help-calendar-export--output = Записываемый файл (заменяется, если существует)
cli-help-calendar-export--engagement = Только этапы этого взаимодействия (по умолчанию: все взаимодействия)
cli-help-calendar-export--language = Язык описаний и оповещений (en, fr, es, ar, ru, zh; по умолчанию: язык интерфейса, выбранный в Настройках, или язык LANG)
cli-help-export = Экспортировать представление в файл для ООН: PDF или Word (.docx)
cli-help-export-docx = Записать представление как документ Word: вводная часть шаблона, абзацы с нумерацией 1, 2, 3… средствами нумерации Word, настоящие сноски, номера страниц, A4 или Letter
cli-help-export-docx--submission = Экспортируемое представление
cli-help-export-docx--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-export-pdf = Записать представление как PDF, готовый к отправке: вводная часть шаблона, нумерованные абзацы, сноски внизу своей страницы, оглавление-закладки, номера страниц; на любом из шести языков ООН
cli-help-export-pdf--submission = Экспортируемое представление
cli-help-export-pdf--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-export-pdf--json = Вывести записанное в формате JSON (path, pages, bytes, paragraphs, footnotes)
cli-help-submissions = Представления: их список
cli-help-submissions-list = Перечислить представления (id, engagement_id, название, статус)
cli-help-submission = Одно представление: импортировать его из Markdown или Word, подсчитать слова, отметить как отправленное или начать новую версию после отправки
cli-help-submission-import = Создать представление из файла Markdown (.md) или Word (.docx), выбор по расширению: заголовки начинают разделы, абзацы и нумерованные абзацы переносятся, сноски остаются сносками. С --into-submission файл вместо этого становится новым разделом этого представления. То, что содержал файл Word и что не удалось перенести (примечания, принятые исправления, изображения…), перечисляется в stderr
cli-help-submission-import--engagement = Взаимодействие, к которому относится новое представление
cli-help-submission-import--into_submission = Добавить файл в это существующее представление как один раздел (документ подразделения)
cli-help-submission-import--title = Название представления или, с --into-submission, раздела (по умолчанию: название файла)
cli-help-submission-import--language = Язык текста нового представления (по умолчанию: язык города по умолчанию): по нему оформляются вводная часть, даты и переносы при экспорте
cli-help-submission-import--file = Файл: .md (Markdown в UTF-8) или .docx (Word)
cli-help-submission-import--json = Вывести {"{"}"id": …{"}"}
cli-help-submission-show = Представление вкратце: его название, язык и разделы (id, название, слова, ответственный)
cli-help-submission-show--json = Вывести {"{"}"id", "title", "language", "status", "sections": [{"{"}"id", "title", "words", "owner"{"}"}]{"}"}
cli-help-submission-stats = Слова, лимит, абзацы, сноски и разделы представления. Учитываются слова документа в отправленном виде — название, вводная часть, заголовки разделов, текст и (если правило их учитывает) сноски, — а слова каждой части приводятся в `breakdown`
cli-help-submission-mark-submitted = Зафиксировать отправку представления: дату, канал и точный файл (хранится в базе данных с его SHA-256), с заблокированной редакцией текста. После этого текст доступен только для чтения, пока не будет начата новая версия командой `submission reopen`; стадия взаимодействия переходит к «отправлено»
cli-help-submission-mark-submitted--file = Точный отправленный файл (не более 100 МБ)
cli-help-submission-mark-submitted--channel = Как он был отправлен, например «UPR online submission system» или «электронное письмо в секретариат»
cli-help-submission-mark-submitted--date = Когда он был отправлен (по умолчанию: сегодня)
cli-help-submission-mark-submitted--json = Вывести зафиксированное: sha256, revision_id, engagement_stage…
cli-help-submission-reopen = Начать новую версию представления, отмеченного как отправленное: его текст снова можно изменять, а запись об отправленном (дата, канал, файл, SHA-256, заблокированная редакция) сохраняется
cli-help-submission-reopen--json = Вывести, что сделано и что сохранено
cli-help-section = Один раздел: заменить его текст текстом файла Markdown или Word
cli-help-section-replace = Заменить текст раздела текстом файла Markdown (.md) или Word (.docx), как при правке в редакторе: новая версия раздела, прежнее состояние сохраняется как редакция, когда она положена, название не меняется. Не допускается, если представление отправлено
cli-help-section-replace--file = Файл: .md (Markdown в UTF-8) или .docx (Word)
cli-help-section-replace--json = Вывести {"{"}"id", "version", "words"{"}"}
cli-help-revisions = Редакции представления (автоматические, именованные, в отправленном виде, принятые вклады)
cli-help-revisions-list = Редакции представления, начиная с самой новой: автоматические, именованные, перед восстановлением, в отправленном виде и принятые вклады (с указанием автора)
cli-help-revisions-list--json = Вывести [{"{"}"id", "kind", "name", "author", "created", "words"{"}"}]
cli-help-contribution = Вклады подразделений: запросить разделы и рекомендации в пакете, работать над ним на другом компьютере, вернуть его и проверить полученное, прежде чем что-либо изменится
cli-help-contribution-request = Сохранить пакет вклада с запросом к подразделению (или к человеку) разделов представления и/или рекомендаций с последующими мерами: файл содержит ровно то, что выбрано, указания шаблона, действующее правило и срок, и ничего больше из базы данных города. Запрос регистрируется; срок вносится в календарь
cli-help-contribution-request--sections = Запрашиваемый раздел (повторите для нескольких; если не указаны ни разделы, ни --recommendation — все разделы представления)
cli-help-contribution-request--recommendations = Рекомендация, по которой направляется запрос (повторите для нескольких)
cli-help-contribution-request--to = Кому адресован запрос: «Жилищный департамент» или имя человека
cli-help-contribution-request--due = Срок представления вклада
cli-help-contribution-request--message = Сообщение для автора вклада, показываемое при открытии пакета
cli-help-contribution-request--output = Записываемый файл пакета (.cityrights-contribution)
cli-help-contribution-request--json = Вывести {"{"}"request_id", "sections", "recommendations", "file", "milestone_id"{"}"}
cli-help-contribution-open = Сделать эту базу данных рабочим пространством автора вклада по пакету запроса: новая база данных, содержащая только отправленное (используйте --db НОВЫЙ-ФАЙЛ; база данных, уже содержащая работу, не принимается)
cli-help-contribution-open--json = Вывести {"{"}"sections", "recommendations", "submission_id", "origin", "path"{"}"}
cli-help-contribution-return = В рабочем пространстве автора вклада: сохранить ответный пакет со всем, что изменено после запроса, каждое изменение — с автором и временем
cli-help-contribution-return--author = Кто внес изменения (по умолчанию: автор вклада, указанный в запросе)
cli-help-contribution-return--json = Вывести {"{"}"sections_changed", "recommendations_changed", "file"{"}"}
cli-help-contribution-import = Импортировать ответный пакет подразделения в очередь вкладов. Ни текст, ни последующие меры города не меняются, пока изменение не принято
cli-help-contribution-import--json = Вывести {"{"}"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …{"}"}
cli-help-contribution-list = Очередь вкладов: каждый полученный ответ и его состояние (ожидает, принят, отклонен, принят частично)
cli-help-contribution-show = Изменения одного ответа: для каждого раздела — отправленный текст, текст автора вклада и текущий, слово за словом; для каждой рекомендации — каждое измененное поле
cli-help-contribution-accept = Принять изменения ответа: каждое становится текстом или последующими мерами города; принятый текст — новая редакция с указанием автора. Изменение, которое сотрудник тем временем тоже внес, остается в ожидании и помечается как конфликт, если не указан --overwrite-mine
cli-help-contribution-accept--sections = Изменения этого раздела (повторите для нескольких)
cli-help-contribution-accept--recommendations = Изменения этой рекомендации (повторите для нескольких)
cli-help-contribution-accept--changes = Одно изменение по его id в `contribution show` (повторите для нескольких)
cli-help-contribution-accept--all = Все еще ожидающие изменения
cli-help-contribution-accept--overwrite_mine = Взять значение автора вклада даже там, где сотрудник изменил его после запроса (текст сотрудника остается в редакции, сохраненной перед этим)
cli-help-contribution-reject = Отклонить изменения ответа: ничего из них не записывается
cli-help-contribution-reject--sections = Изменения этого раздела (повторите для нескольких)
cli-help-contribution-reject--recommendations = Изменения этой рекомендации (повторите для нескольких)
cli-help-contribution-reject--changes = Одно изменение по его id в `contribution show` (повторите для нескольких)
cli-help-contribution-reject--all = Все еще ожидающие изменения
cli-help-recommendations = Рекомендации государству: импортировать их (выгрузка Всемирного индекса по правам человека, доклад Рабочей группы, тематический перечень УВКПЧ, CSV), перечислить, найти, экспортировать матрицу последующих мер
cli-help-recommendations-import-uhri = Импортировать рекомендации, адресованные одному государству, из полной выгрузки Всемирного индекса по правам человека УВКПЧ (JSON, читается потоком). Повторный импорт обновляет по AnnotationId
cli-help-recommendations-import-uhri--file = Полная выгрузка Всемирного индекса (export-full-en.json)
cli-help-recommendations-import-uhri--country = Государство в виде кода ISO 3166-1 alpha-3 (например, SVN)
cli-help-recommendations-import-uhri--json = Вывести {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-report = Импортировать рекомендации доклада Рабочей группы по УПО из его текста (скопированного из PDF или сохраненного с помощью pdftotext). FILE может быть «-» для стандартного ввода
cli-help-recommendations-import-report--symbol = Условное обозначение доклада, например A/HRC/59/15
cli-help-recommendations-import-thematic-list = Импортировать тематический перечень рекомендаций УВКПЧ (.docx): позиции, темы, ЦУР. Обновляет рекомендации, уже импортированные из доклада
cli-help-recommendations-import-thematic-list--symbol = Условное обозначение доклада, если в перечне нет «Source of Position»
cli-help-recommendations-import-csv = Импортировать файл CSV. Столбцы сопоставляются по заголовкам, если они не заданы через --map (например, --map text=Recommendation --map symbol="Document")
cli-help-recommendations-import-csv--map = ПОЛЕ=ЗАГОЛОВОК: symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism или cycle и заголовок столбца, в котором оно находится
cli-help-recommendations-import-csv--symbol = Условное обозначение для всех строк, если в файле нет такого столбца
cli-help-recommendations-list = Перечислить рекомендации (id, условное обозначение, пункт, текст, recommending_states, ответ, …)
cli-help-recommendations-list--symbol = Только рекомендации этого документа, например A/HRC/59/15
cli-help-recommendations-search = Полнотекстовый поиск, сначала наиболее подходящие
cli-help-recommendations-search--limit = Наибольшее число результатов
cli-help-recommendations-export-csv = Записать матрицу последующих мер (рекомендация, компетенция, подразделение, статус, подтверждения) в CSV
cli-help-recommendations-export-csv--symbol = Только рекомендации этого документа
cli-help-recommendations-export-csv--language = Язык заголовков и собственных формулировок (en, fr, es, ar, ru, zh; по умолчанию: язык интерфейса, выбранный в Настройках, или язык LANG)
cli-help-recommendations-export-pdf = Записать матрицу последующих мер как таблицу PDF (альбомная ориентация, заголовок повторяется на каждой странице)
cli-help-recommendations-export-pdf--symbol = Только рекомендации этого документа
cli-help-recommendations-export-pdf--language = Язык заголовков и собственных формулировок (en, fr, es, ar, ru, zh; по умолчанию: язык интерфейса, выбранный в Настройках, или язык LANG)
cli-help-recommendations-export-xlsx = Записать матрицу осуществления в книгу Excel (.xlsx): по строке на рекомендацию с ее ID, условным обозначением, пунктом, id аннотации Всемирного индекса, текстом, рекомендующими государствами, ответом, темами, группами, целями и задачами ЦУР, компетенцией, подразделением, мероприятиями, показателями, статусом в городе и подтверждениями; строка заголовков с фильтрами, закрепленные области, перенос текста
cli-help-recommendations-export-xlsx--symbol = Только рекомендации этого документа
cli-help-recommendations-export-xlsx--language = Язык заголовков и собственных формулировок (en, fr, es, ar, ru, zh; по умолчанию: язык интерфейса, выбранный в Настройках, или язык LANG)
cli-help-recommendations-import-xlsx = Прочитать матрицу осуществления (.xlsx, в том виде, в каком ее записывает export-xlsx) обратно: ее столбцы «Статус в городе», «Подразделение» и «Подтверждения». Строки сопоставляются по ID, затем по id аннотации Всемирного индекса, затем по условному обозначению и пункту. Заметки о подтверждениях только добавляются, но никогда не удаляются
cli-help-recommendations-import-xlsx--dry_run = Показать, что изменится, ничего не записывая
cli-help-recommendations-import-xlsx--json = Вывести {"{"}"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"{"}"}
cli-help-recommendations-update = Изменить последующие меры города по одной рекомендации; --evidence добавляет заметку с сегодняшней датой
cli-help-recommendations-update--id = id рекомендации (`recommendations list --json`)
cli-help-recommendations-update--local_status = not_started, in_progress, implemented или not_applicable
cli-help-recommendations-update--department = Ответственное подразделение (из списка города; новое название добавляется в него)
cli-help-recommendations-update--competence = exclusive, shared, none или unknown
cli-help-recommendations-update--evidence = Что сделано; добавляется как заметка-подтверждение с сегодняшней датой
cli-help-recommendations-update--json = Вывести рекомендацию так же, как `list --json`, с ее заметками `evidence`
cli-help-recommendations-delete = Переместить рекомендацию в корзину вместе с последующими мерами города (компетенция, подразделение, статус, метки, подтверждения). `cityrights bin restore recommendation ID` возвращает ее
cli-help-recommendations-delete--id = id рекомендации (`recommendations list --json`)
cli-help-recommendations-delete--json = Вывести ее так, как ее показывает корзина: {"{"}"kind", "id", "title", "context", "deleted_at"{"}"}
cli-help-bin = Корзина: удаленные взаимодействия, представления и разделы
cli-help-bin-list = Перечислить содержимое корзины
cli-help-bin-restore = Извлечь элемент из корзины
cli-help-bin-restore--kind = engagement, submission, section, milestone или recommendation
cli-help-bin-empty = Окончательно удалить все содержимое корзины (требует --yes)
cli-help-bin-empty--yes = Подтвердить окончательное удаление всего содержимого корзины
cli-help-backup = Резервные копии: создать, перечислить или восстановить (сначала создается резервная копия текущей базы данных)
cli-help-backup-create = Создать резервную копию базы данных сейчас (в `backups/` рядом с ней) с проверкой после записи
cli-help-backup-list = Перечислить резервные копии, начиная с самой новой, с их содержимым
cli-help-backup-restore = Поставить резервную копию на место базы данных. Сначала создается резервная копия текущей базы данных
cli-help-backup-restore--file = Файл резервной копии (см. `backup list`)
cli-help-workspace = Все рабочее пространство в одном файле (база данных и логотип города) для переноса на другой компьютер
cli-help-workspace-export = Записать базу данных (согласованный проверенный снимок) и логотип города в один файл. Работает при открытом приложении
cli-help-workspace-export--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-workspace-export--json = Вывести {"{"}"path", "bytes", "engagements", "submissions", …{"}"}
cli-help-workspace-import = Заменить базу данных рабочим пространством из FILE после проверки всего файла. Сначала создается резервная копия текущей базы данных; файл из более новой версии CityRights не принимается
cli-help-workspace-import--json = Вывести {"{"}"path", "bytes", "engagements", "submissions", "backup", …{"}"}
cli-help-consultations = Консультации: с кем город консультировался по взаимодействию, с указанием участников
cli-help-consultations-list = Перечислить консультации, начиная с самой новой, с их участниками
cli-help-consultations-list--engagement = Только консультации этого взаимодействия
cli-help-personal-data = Персональные данные участников консультаций: найти человека, удалить его данные повсюду или удалить то, срок хранения чего истек. Ранее созданные резервные копии по-прежнему содержат прежние данные
cli-help-personal-data-find = Найти людей, чье имя или адрес электронной почты содержит QUERY, со всеми местами, где они упоминаются
cli-help-personal-data-erase = Удалить данные человека повсюду в одной транзакции: как участник он становится «Участник n» (консультация сохраняется); его имя и адрес электронной почты удаляются из контактов и заметок. Упоминания в проектах перечисляются, но не изменяются (если не указан --in-text)
cli-help-personal-data-erase--person = id участника (из `personal-data find`): этот человек, везде, где встречаются его имя или адрес электронной почты
cli-help-personal-data-erase--email = Все, кто записан с этим адресом электронной почты
cli-help-personal-data-erase--in_text = Также заменить имя и адрес электронной почты в проектах и их истории (прежних версиях) на «[имя удалено]» / «[адрес удален]». Файл, зафиксированный как отправленный, не изменяется
cli-help-personal-data-purge-expired = Обезличить участников консультаций, проведенных раньше срока хранения
cli-help-library = Что ООН говорила о местных органах власти: резолюции, доклады и руководства, с пояснением значения каждого документа для города (встроено; база данных не нужна)
cli-help-library-list = Перечислить все записи, сгруппированные по видам (резолюции, доклады, руководства), начиная с самой старой: условное обозначение, название, дата, значение для города, адрес и отметка о проверке
cli-help-library-list--json = Вывести массив JSON (id, symbol, title, author, date, kind, summary, url, verified, caveat, source, read_on)
cli-help-rules = Действующее правило представления для механизма (и шаблона): лимит слов, что учитывается, языки, форматы и источник (работает без базы данных)
cli-help-rules--mechanism = Код механизма: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED или SP
cli-help-rules--template = ID шаблона (имя его файла в assets/templates, например upr_midterm): некоторые шаблоны не следуют лимиту слов механизма
cli-help-rules--joint = Лимит для совместного представления (несколько соавторов)
cli-help-rules--json = Вывести JSON: `word_limit` (null, если лимита нет), `counts`, `languages`, `formats`, `status`, `source`, `last_confirmed` и другое
cli-help-actions = Мероприятия плана осуществления: что город делает по рекомендациям
cli-help-actions-add = Добавить мероприятие по одной или нескольким рекомендациям
cli-help-actions-add--recommendations = Рекомендация, которой оно посвящено (ее id; не менее одной)
cli-help-actions-add--department = Ведущее подразделение
cli-help-actions-add--partners = Партнер (заинтересованная сторона или любая организация), по одному разу на партнера
cli-help-actions-add--status = planned, in_progress, done, delayed или dropped (по умолчанию: planned)
cli-help-actions-add--budget_line = Бюджетная статья в том виде, в каком ее называет бюджет города
cli-help-actions-add--sdg_targets = Задача ЦУР, которой оно служит («11.1»), по одному разу на задачу
cli-help-actions-list = Перечислить мероприятия (id, название, подразделение, статус, начало, срок, рекомендации, задачи ЦУР, показатели) по сроку
cli-help-actions-list--recommendation = Только мероприятия по этой рекомендации
cli-help-actions-update = Изменить статус или срок мероприятия
cli-help-actions-update--status = planned, in_progress, done, delayed или dropped
cli-help-actions-delete = Окончательно удалить мероприятие вместе с его показателями и их измерениями
cli-help-indicators = Показатели плана осуществления и их измерения
cli-help-indicators-add = Добавить показатель к мероприятию или непосредственно к рекомендации
cli-help-indicators-add--sdg_indicator = Глобальный показатель ЦУР, по которому он отчитывается («11.1.1»)
cli-help-indicators-measure = Записать измерение показателя
cli-help-indicators-measure--source = Откуда взято значение
cli-help-indicators-list = Перечислить показатели (id, название, единица, исходный уровень, целевое значение, последнее значение, прогресс, измерения)
cli-help-indicators-list--action = Только показатели этого мероприятия
cli-help-sdgs = Цели в области устойчивого развития (встроены) и задачи ЦУР, связанные с рекомендацией
cli-help-sdgs-goals = 17 целей (на языке LANG, иначе на английском; --json дает все шесть языков ООН и источник)
cli-help-sdgs-link = Связать задачи ЦУР с рекомендацией (заменяя связанные ранее; если не указать ни одной, связи удаляются)
cli-help-timeline = Этапы, которые приложение предлагает для сессии (работает без базы данных)
cli-help-timeline-propose = Этапы, которые приложение предлагает для сессии (те же, что «предлагаемый график» в приложении): все, кроме самой сессии, — оценки с их основанием
cli-help-timeline-propose--mechanism = Код механизма: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED или SP
cli-help-timeline-propose--session_start = Первый день сессии (для УПО — сессии Рабочей группы)
cli-help-timeline-propose--session_end = Последний день сессии, если он известен
cli-help-timeline-propose--json = Вывести JSON: объект с `mechanism`, `deadline_known`, `note` и `milestones` (`kind`, `title`, `due`, `time_zone`, `estimate`, `basis`, `passed`, …)
cli-help-report = Доклады, составленные по плану осуществления города, в виде новых проектов представлений
cli-help-report-generate = Составить доклад по тому, что записал город, в виде нового проекта представления для взаимодействия: среднесрочный доклад по УПО, информация для последующей деятельности договорного органа или собственный доклад города о правах человека
cli-help-report-generate--kind = upr-midterm, tb-follow-up или local
cli-help-report-generate--engagement = Взаимодействие, к которому относится новое представление
cli-help-report-generate--symbol = Только рекомендации этого документа (например, A/HRC/59/15)
cli-help-report-generate--language = Язык доклада: его заголовков и фраз, а также нового представления (en, fr, es, ar, ru, zh; по умолчанию: язык интерфейса, выбранный в Настройках, или язык LANG)
cli-help-report-generate--json = Вывести submission_id, title, sections (id, title) и recommendations_covered (ids)
cli-help-progress = Рекомендации по их статусу в городе — по темам, подразделениям и целям в области устойчивого развития
cli-help-progress--symbol = Только рекомендации этого документа (например, A/HRC/59/15)
cli-help-progress--json = Вывести by_theme, by_department и by_sdg, каждый — список {"{"}name, recommendations, not_started, in_progress, implemented, not_applicable, actions{"}"}
cli-help-path = Вывести расположение файла базы данных
cli-help-man-page = Записать страницы руководства этой командной строки (roff) в папку для пакетов
cli-help-man-page--out_dir = Папка, в которую записываются `cityrights.1` и страницы команд
# Help of the arguments that had none (each argument says what it is, its unit or format).
cli-help-engagements-list--json = Вывести массив JSON (id, title, mechanism, stage, state_under_review, session, next_milestone, submissions) вместо строк
cli-help-engagements-add--mechanism = Код механизма: UPR, сокращенное название договорного органа (CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED) или SP
cli-help-engagements-add--title = Название взаимодействия, как его называет город
cli-help-engagements-add--session_start = Дата первого дня сессии, YYYY-MM-DD: добавляется как этап сессии взаимодействия (по женевскому времени)
cli-help-engagements-add--json = Вывести добавленное взаимодействие в формате JSON (id, mechanism, title, state_under_review, session, stage, …)
cli-help-submissions-list--json = Вывести массив JSON (id, engagement_id, engagement_title, mechanism, title, status, joint, words, limit, updated_at) вместо строк
cli-help-submission-show--submission = id представления (см. `submissions list`)
cli-help-submission-stats--submission = id представления (см. `submissions list`)
cli-help-submission-stats--json = Вывести JSON: words, limit, paragraphs, footnotes, sections, body_words, footnote_words и `breakdown` (слова каждой части)
cli-help-submission-mark-submitted--submission = id представления (см. `submissions list`)
cli-help-submission-reopen--submission = id представления (см. `submissions list`)
cli-help-section-replace--section = id раздела (см. `submission show`)
cli-help-revisions-list--submission = id представления (см. `submissions list`)
cli-help-contribution-request--submission = Представление, к которому относится запрос (его id, см. `submissions list`)
cli-help-contribution-request--email = Адрес электронной почты автора вклада; сохраняется вместе с запросом и записывается в пакет
cli-help-contribution-open--file = Полученный пакет запроса (.cityrights-contribution)
cli-help-contribution-return--output = Записываемый ответный пакет (заменяется, если существует) для отправки городу
cli-help-contribution-import--file = Ответный пакет, присланный подразделением
cli-help-contribution-list--json = Вывести массив JSON (id, request_id, submission_id, submission_title, from, received, returned, state, pending, accepted, rejected, conflicts)
cli-help-contribution-show--id = id ответа (см. `contribution list`)
cli-help-contribution-show--json = Вывести JSON: summary, request и changes (каждое — с отправленным текстом (sent), текстом автора вклада (theirs) и текущим (current), а также их различиями слово за словом)
cli-help-contribution-accept--id = id ответа (см. `contribution list`)
cli-help-contribution-accept--json = Вывести {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-contribution-reject--id = id ответа (см. `contribution list`)
cli-help-contribution-reject--json = Вывести {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-recommendations-import-report--file = Текст доклада (.txt) или «-» для стандартного ввода
cli-help-recommendations-import-report--json = Вывести {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-thematic-list--file = Тематический перечень (.docx)
cli-help-recommendations-import-thematic-list--json = Вывести {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-csv--file = Файл CSV (его первая строка — заголовки столбцов) или «-» для стандартного ввода
cli-help-recommendations-import-csv--json = Вывести {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-list--json = Вывести массив JSON (id, symbol, paragraph, reference, text, recommending_states, response, competence, department, local_status, tags, sdg_goals, sdg_targets, …) вместо строк
cli-help-recommendations-search--query = Слова для поиска в тексте и ссылке (должны присутствовать все; последнее может быть началом слова)
cli-help-recommendations-search--json = Вывести массив JSON (id, symbol, paragraph, reference, text, recommending_states, response, pieces) вместо строк
cli-help-recommendations-export-csv--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-recommendations-export-pdf--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-recommendations-export-xlsx--output = Записываемый файл (заменяется, если существует; записывается целиком или не записывается вовсе)
cli-help-recommendations-import-xlsx--file = Читаемая книга (.xlsx, в том виде, в каком ее записывает export-xlsx)
cli-help-bin-list--json = Вывести массив JSON (kind, id, title, context, deleted_at), начиная с самых новых, вместо строк
cli-help-bin-restore--id = id элемента, как его выводит `bin list`
cli-help-backup-create--json = Вывести созданную резервную копию в формате JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, …)
cli-help-backup-list--json = Вывести массив JSON (path, file_name, created_at, reason, size_bytes, engagements, submissions, words, damaged) вместо строк
cli-help-workspace-import--file = Читаемый файл рабочего пространства (в том виде, в каком его записывает `workspace export`)
cli-help-consultations-list--json = Вывести массив JSON (id, engagement_id, submission_id, held_on, topic, format, notes, personal_data_until, participants) вместо строк
cli-help-personal-data-find--query = Часть имени или адреса электронной почты (не менее двух символов; регистр букв не учитывается)
cli-help-personal-data-find--json = Вывести массив JSON (target, name, email, occurrences) вместо строк
cli-help-personal-data-erase--json = Вывести JSON: participants, consultations, other_fields, left_in_drafts, sections_changed, revisions_changed
cli-help-personal-data-purge-expired--json = Вывести JSON: retention_months, cutoff, participants, consultations
cli-help-actions-add--title = Название мероприятия
cli-help-actions-add--description = В чем состоит мероприятие (необязательно)
cli-help-actions-add--start = Дата начала мероприятия, YYYY-MM-DD (необязательно)
cli-help-actions-add--due = Срок мероприятия, YYYY-MM-DD (необязательно)
cli-help-actions-add--json = Вывести добавленное мероприятие в формате JSON (id, title, department, status, start, due, recommendations, sdg_targets, indicators, …)
cli-help-actions-list--json = Вывести массив JSON (id, title, description, department, partners, start, due, status, budget_line, recommendations, sdg_targets, indicators) вместо строк
cli-help-actions-update--id = id мероприятия (см. `actions list`)
cli-help-actions-update--due = Новый срок, YYYY-MM-DD
cli-help-actions-update--json = Вывести измененное мероприятие в формате JSON (поля `actions list --json`)
cli-help-actions-delete--id = id мероприятия (см. `actions list`)
cli-help-actions-delete--json = Вывести {"{"}"id", "deleted"{"}"}
cli-help-indicators-add--action = Мероприятие, которое он измеряет (его id, см. `actions list`); иначе --recommendation
cli-help-indicators-add--recommendation = Рекомендация, которую он измеряет непосредственно (ее id), вместо мероприятия
cli-help-indicators-add--name = Название показателя, например «Переселенные домохозяйства»
cli-help-indicators-add--unit = Его единица измерения, например «%» или «домохозяйства» (необязательно)
cli-help-indicators-add--baseline = Исходное значение, число (12, -3.5, 1 200 или 0,75)
cli-help-indicators-add--baseline_date = Дата исходного значения, YYYY-MM-DD
cli-help-indicators-add--target = Целевое значение, число
cli-help-indicators-add--target_date = Дата, к которой должно быть достигнуто целевое значение, YYYY-MM-DD (обязательно; позже даты исходного значения)
cli-help-indicators-add--json = Вывести добавленный показатель в формате JSON (id, action, recommendation, name, unit, baseline, target, latest, progress, measurements, …)
cli-help-indicators-measure--indicator = id показателя (см. `indicators list`)
cli-help-indicators-measure--value = Измеренное значение, число
cli-help-indicators-measure--date = Дата измерения, YYYY-MM-DD
cli-help-indicators-measure--json = Вывести показатель с новым измерением в формате JSON (поля `indicators list --json`)
cli-help-indicators-list--json = Вывести массив JSON (id, action, recommendation, name, unit, baseline, target, sdg_indicator, latest, progress, measurements) вместо строк
cli-help-sdgs-goals--json = Вывести JSON: source, commit, read_on и goals (goal, short и title на шести языках)
cli-help-sdgs-link--recommendation = id рекомендации (`recommendations list --json`)
cli-help-sdgs-link--targets = Задача ЦУР («11.1»), по одному разу на задачу; если не указать ни одной, все связи удаляются
cli-help-sdgs-link--json = Вывести {"{"}"id", "sdg_targets"{"}"}

# --- remaining English (wave 6) ---
# A value of a field as the officer types it, with its label ("not_started (Not started)").
core-code_label = { $code } ({ $label })
# Where a database may not be kept (inside error-network_drive's { $fs }).
core-windows_network_share = общая сетевая папка Windows
# Why a backup is damaged or cannot be checked now, or why its second copy was not written
# (inside backups-damaged, backups-unavailable, backups-second_failed, cli-backup_damaged…).
backup_problem-not_a_database = файл не является читаемой базой данных (возможно, он был обрезан или перезаписан)
backup_problem-damaged = файл повреждён
backup_problem-too_slow =
    { $seconds ->
        [one] её не удалось проверить за { $seconds } секунду; она оставлена как есть
        [few] её не удалось проверить за { $seconds } секунды; она оставлена как есть
        [many] её не удалось проверить за { $seconds } секунд; она оставлена как есть
       *[other] её не удалось проверить за { $seconds } секунды; она оставлена как есть
    }
backup_problem-busy = файл сейчас использует другая программа; повторите попытку через минуту
backup_problem-cannot_open = файл сейчас не удаётся открыть (проверьте, что его можно читать)
backup_problem-unreadable = файл сейчас не удаётся прочитать ({ $reason })
backup_problem-integrity = файл повреждён: проверка целостности SQLite обнаружила ошибки ({ $found })
backup_problem-not_cityrights = это не база данных CityRights (файл другой программы или пустой файл)
backup_problem-other_database = это резервная копия другой базы данных (её имя было изменено)
backup_problem-not_ours = это не резервная копия этой базы данных, созданная CityRights
backup_problem-foreign_tables = это не резервная копия CityRights (её таблицы не являются таблицами CityRights)
backup_problem-folder_full = папка { $folder } заполнена; копия не записана
backup_problem-folder_write_error = папка { $folder } сообщила об ошибке записи (носитель извлечён или неисправен?); копия не записана
backup_problem-copy_failed = копию не удалось записать в { $folder }: { $reason }
backup_problem-unreachable = папка { $folder } недоступна: она не существует или её носитель не подключён (извлечён USB-накопитель, не подключена сетевая папка)
backup_problem-unreachable_because = папка { $folder } недоступна ({ $reason })
backup_problem-not_a_folder = { $folder } — это файл, а не папка
backup_problem-not_writable = в папку { $folder } невозможно записать ({ $reason })
error-second_folder_unusable = { $problem }. Выберите существующую папку, в которую можно записывать.
error-backup_damaged = Резервную копию { $name } восстановить невозможно: { $reason }. Ваша база данных не изменена; выберите другую резервную копию.
error-backup_unavailable = Резервную копию { $name } сейчас восстановить невозможно: { $reason }. Ваша база данных не изменена.
error-choose_listed_backup = Выберите одну из резервных копий в списке.
dialog-export_follow_up_matrix = Экспортировать матрицу последующих мер
dialog-csv_file = CSV
# Refusals of the desktop shell itself.
error-launch_file_gone = Файла, ожидающего открытия, больше нет.
error-launch_file_unknown = { $name } — не тот файл, который открывает CityRights: это не рабочее пространство и не файл вклада.
error-choose_workbook_first = Сначала выберите книгу для импорта.
error-workbook_changed = Книга или рекомендации изменились после предварительного просмотра; ничего не записано. Импортируйте книгу снова, чтобы увидеть, что она изменяет сейчас.
error-choose_file_first = Сначала выберите файл для импорта.
error-library_no_address = Адрес для «{ $title }» неизвестен. Найдите документ по названию на веб-сайте Организации Объединённых Наций.
error-library_no_browser = Ни один веб-браузер не смог открыть { $url } ({ $reason }). Скопируйте адрес в веб-браузер.
# Names CityRights gives a version or a submission, stored as written (the reader's language then).
core-revision_before_restore = Перед восстановлением версии от { $when }
core-revision_sent = Отправлено { $date } ({ $channel })
core-submission_for = Представление по { $engagement }
# Where the personal-data search found a person (Settings → Personal data, `cityrights personal-data find`).
personal_place-consultation_notes = Консультация «{ $topic }» от { $held_on }: заметки
personal_place-participant = Консультация «{ $topic }» от { $held_on }, участник { $position }
personal_place-department_list = Список подразделений города (Настройки)
personal_place-engagement_notes = Взаимодействие «{ $title }»: заметки
personal_place-milestone_notes = Контрольная точка «{ $milestone }» взаимодействия «{ $engagement }»: заметки
personal_place-evidence = Рекомендация { $symbol } { $paragraph }: подтверждение от { $noted_on }
personal_place-department = Рекомендация { $symbol } { $paragraph }: ответственное подразделение
personal_place-stakeholder_contact = Заинтересованная сторона «{ $name }»: контакт
personal_place-stakeholder_notes = Заинтересованная сторона «{ $name }»: заметки
personal_place-section_owner = Представление «{ $submission }», раздел «{ $section }»: ответственный
personal_place-city_contact_person = Профиль города: контактное лицо
personal_place-city_contact_email = Профиль города: контактный адрес электронной почты
personal_place-section_text = Представление «{ $submission }», раздел «{ $section }»: текст
personal_place-section_text_in_bin = Представление «{ $submission }», раздел «{ $section }»: текст (в корзине)
personal_place-history = Представление «{ $title }»: история
personal_place-in_text = Упоминается в тексте: отредактируйте раздел, чтобы удалить упоминание.
personal_place-in_history =
    { $n ->
        [one] Упоминается в { $n } более ранней версии, сохранённой в истории.
        [few] Упоминается в { $n } более ранних версиях, сохранённых в истории.
        [many] Упоминается в { $n } более ранних версиях, сохранённых в истории.
       *[other] Упоминается в { $n } более ранних версиях, сохранённых в истории.
    }

# --- Library and rule notes (wave 6) ---
# The Library's texts (assets/reference/library.json: an entry's title, summary, caveat, and
# its author by UN body) and the shipped rules' notes (assets/reference/mechanisms.json). The
# English is the shipped text word for word (the core's tests check it).
library-a_hrc_res_24_2-title = Местное самоуправление и права человека (резолюция 24/2 Совета по правам человека)
library-a_hrc_res_24_2-summary = Первая резолюция Совета о местном самоуправлении и правах человека: она признаёт роль местных органов власти в поощрении и защите прав человека без ущерба для главной ответственности национального правительства и поручила Консультативному комитету подготовить доклад на основе исследований. Ссылайтесь на неё, чтобы показать, что ООН рассматривает города как участников деятельности в области прав человека с 2013 года.
library-a_hrc_res_27_4-title = Местное самоуправление и права человека (резолюция 27/4 Совета по правам человека)
library-a_hrc_res_27_4-summary = Поручила Консультативному комитету завершить к тридцатой сессии Совета доклад о роли местных органов власти в области прав человека с изложением основных проблем и передовой практики. Этот доклад — документ A/HRC/30/49.
library-a_hrc_res_33_8-title = Местное самоуправление и права человека (резолюция 33/8 Совета по правам человека)
library-a_hrc_res_33_8-summary = Связывает местное самоуправление и права человека с Повесткой дня на период до 2030 года, подчёркивая вклад местных органов власти в достижение целей в области устойчивого развития, и предусматривает дискуссионную группу по этой теме (её резюме — в документе A/HRC/38/22). Полезна, когда город связывает свою работу в области прав человека с отчётностью по ЦУР.
library-a_hrc_res_39_7-title = Местное самоуправление и права человека (резолюция 39/7 Совета по правам человека)
library-a_hrc_res_39_7-summary = Поручила Верховному комиссару подготовить, в том числе в консультации с местными органами власти, доклад об эффективных формах сотрудничества местных органов власти и местных заинтересованных сторон в области прав человека, включая повышение осведомлённости о ЦУР. Местные органы власти направили материалы для этого доклада.
library-a_hrc_res_45_7-title = Местное самоуправление и права человека (резолюция 45/7 Совета по правам человека)
library-a_hrc_res_45_7-summary = Поручила УВКПЧ подготовить доклад о роли местных органов власти в обеспечении равенства и недискриминации и в защите лиц, находящихся в уязвимом положении. В этом докладе, A/HRC/51/10, изложены возможные принципы для местных и национальных органов власти.
library-a_hrc_res_51_12-title = Местное самоуправление и права человека (резолюция 51/12 Совета по правам человека)
library-a_hrc_res_51_12-summary = Поручила УВКПЧ провести совещание экспертов по укреплению потенциала местных органов власти в деле учёта прав человека во всей их работе как основу для учебных материалов по правам человека для местных органов власти, с докладом к пятьдесят шестой сессии Совета. Призыв УВКПЧ к представлению материалов по этой теме закрыт, полученные материалы опубликованы.
library-a_hrc_res_57_12-title = Местное самоуправление и права человека (резолюция 57/12 Совета по правам человека)
library-a_hrc_res_57_12-summary = Поручает УВКПЧ провести дискуссионную группу и подготовить к шестьдесят третьей сессии Совета доклад о передовой практике преодоления трудностей, с которыми сталкиваются местные органы власти, в том числе о содействии их более активному участию в работе механизмов ООН по правам человека. Призыв УВКПЧ к представлению материалов, вопросы которого были адресованы непосредственно местным и региональным органам власти, закрыт 30 июня 2025 года.
library-a_hrc_res_57_12-caveat = Точная дата принятия не проверена: резолюция принята на пятьдесят седьмой сессии Совета, завершившейся 11 октября 2024 года.
library-a_hrc_30_49-title = Роль местного самоуправления в поощрении и защите прав человека — Окончательный доклад Консультативного комитета Совета по правам человека
library-a_hrc_30_49-summary = Излагает общие и взаимодополняющие обязанности государств и местных органов власти по уважению, защите и осуществлению прав человека, основные проблемы местных органов власти и концепцию «города прав человека» как основу. Документ, на который следует ссылаться, объясняя, почему город представляет информацию ООН.
library-a_hrc_38_22-title = Резюме межсессионной дискуссионной группы по вопросу о роли местного самоуправления в поощрении и защите прав человека — Доклад Верховного комиссара Организации Объединённых Наций по правам человека
library-a_hrc_38_22-summary = Резюмирует дискуссию Совета 4 сентября 2017 года о том, как местные органы власти могут поощрять, защищать и осуществлять права человека, в частности при осуществлении Повестки дня на период до 2030 года, в тесном сотрудничестве с национальными правительствами. Практика, на которую может сослаться представление.
library-a_hrc_42_22-title = Местное самоуправление и права человека — Доклад Верховного комиссара Организации Объединённых Наций по правам человека (во исполнение резолюции 39/7)
library-a_hrc_42_22-summary = Доклад УВКПЧ об эффективных формах сотрудничества местных органов власти и местных заинтересованных сторон в области прав человека, включая повышение осведомлённости о ЦУР, с описанием проблем, передовой практики и рекомендациями. Подготовлен на основе 59 материалов и развивает документы A/HRC/30/49 и A/HRC/38/22.
library-a_hrc_42_22-caveat = Условное обозначение документа не сверено с самим документом. Страница УВКПЧ указывает дату публикации (2 июля 2019 года) и сессию, на которой он был представлен (42-я); ссылка открывает эту страницу.
library-a_hrc_51_10-title = Местное самоуправление и права человека — Доклад Верховного комиссара Организации Объединённых Наций по правам человека
library-a_hrc_51_10-summary = Рассматривает местное самоуправление с точки зрения равенства и недискриминации и защиты лиц, находящихся в уязвимом и маргинализированном положении: перспективная практика, проблемы, рекомендации центральным и местным органам власти и возможные элементы принципов для местных и национальных органов власти.
library-a_hrc_28_62-title = Доклад Специального докладчика по вопросу о достаточном жилище как компоненте права на достаточный жизненный уровень, а также о праве на недискриминацию в этом контексте
library-a_hrc_28_62-summary = О роли и ответственности местных и других субнациональных органов власти за право на достаточное жилище: международные обязательства в области прав человека распространяются на все уровни власти, и государства должны обеспечить местным органам власти возможности и ресурсы для их выполнения. УВКПЧ также опубликовало на его основе руководство для местных органов власти.
library-nmirf_practical_guide_2016-title = Национальные механизмы представления докладов и последующей деятельности: практическое руководство по эффективному взаимодействию государств с международными механизмами по правам человека
library-nmirf_practical_guide_2016-summary = Руководство УВКПЧ для государств о национальном органе, который готовит доклады договорным органам и для УПО и обеспечивает выполнение их рекомендаций. Прочтите его, чтобы узнать, какой орган государства готовит национальный доклад и следит за выполнением рекомендаций: орган, с которым город координирует свою работу.
library-a_hrc_50_64-title = Доклад Верховного комиссара Организации Объединённых Наций по правам человека о национальных механизмах осуществления, представления докладов и последующей деятельности
library-a_hrc_50_64-summary = Доклад Верховного комиссара Совету о национальных механизмах осуществления, представления докладов и последующей деятельности: правительственных органах, которые координируют доклады государства ООН и выполнение её рекомендаций.
library-a_hrc_50_64-caveat = Название приведено в сокращённом виде, дата выпуска не проверена; условное обозначение соответствует докладу пятидесятой сессии Совета (июнь–июль 2022 года).
library-vlr_guidelines_2020-title = Руководящие принципы добровольных местных обзоров, том 1: сравнительный анализ существующих ДМО
library-vlr_guidelines_2020-summary = Как города оценивают собственный прогресс в достижении целей в области устойчивого развития в добровольном местном обзоре, в сравнении первых опубликованных обзоров. Обзор города — источник сведений, которые он может использовать в своих представлениях механизмам ООН по правам человека.
library-vlr_guidelines_2021-title = Руководящие принципы добровольных местных обзоров, том 2: к новому поколению ДМО — связь местного и национального уровней
library-vlr_guidelines_2021-summary = Как добровольные местные обзоры связаны с добровольным национальным обзором государства. Полезно, когда город хочет, чтобы его собственные сведения были учтены в отчётности государства.
library-author-human_rights_council = Совет по правам человека
library-author-human_rights_council_advisory_committee = Консультативный комитет Совета по правам человека
library-author-united_nations_high_commissioner_for_human_rights = Верховный комиссар Организации Объединённых Наций по правам человека
library-author-special_rapporteur_on_adequate_housing = Специальный докладчик по вопросу о достаточном жилище
library-author-office_of_the_united_nations_high_commissioner_for_human_rights = Управление Верховного комиссара Организации Объединённых Наций по правам человека
library-author-un_habitat_and_united_cities_and_local_governments_uclg = ООН-Хабитат и Всемирная организация «Объединённые города и местные органы власти» (ОГМВ)
rule-UPR-note = Установлены руководящими принципами 2011 года; руководящие принципы четвёртого цикла (январь 2022 года) не удалось получить, чтобы проверить, что эти пределы не изменились. Учитываются ли сноски, не указано, поэтому они учитываются. Официальные языки ООН, предпочтительно английский, французский или испанский (прежние указания). УВКПЧ публикует на своём сайте полный текст каждого представления заинтересованных сторон (A/HRC/WG.6/48/SVN/3, примечание 2).
rule-UPR-formats_note = Техническое руководство УВКПЧ для заинтересованных сторон (по состоянию на 1 июля 2008 года) требовало файлы Word, а не PDF; более позднего правила о формате не найдено.
rule-CCPR-note = Страница, устанавливающая предел, не датирована. Сроки указаны в информационной записке к каждой сессии — в виде дат без часового пояса. Учитываются ли сноски, не указано, поэтому они учитываются.
rule-CESCR-note = Действующий предел числа слов не найден: установите его по информационной записке к сессии.
rule-CERD-note = Предел числа слов и срок неизвестны: установите их по информационной записке к сессии.
rule-CEDAW-note = Сообщается третьей стороной для 80-й, 81-й и 86-й сессий; проверьте информационную записку к вашей сессии. Доклады представлялись примерно за четыре недели до сессии (за три недели для 73-й сессии, 2019 год).
rule-CAT-note = Предел числа слов неизвестен.
rule-SPT-note = ППП не проводит диалог по докладу государства, поэтому для него не нужно писать ни перечня вопросов, ни альтернативного доклада. Что может сделать город: сообщить ему о местах лишения свободы, которыми город управляет или которые инспектирует (например, камеры муниципальной полиции), и работать с национальным превентивным механизмом. Для такой информации не опубликованы ни формат, ни предел, ни срок.
rule-CRC-note = Тематический доклад ограничен 3000 слов: измените предел для тематического доклада. Приложения не учитываются.
rule-CMW-note = Установите предел числа слов и срок по информационной записке к сессии.
rule-CRPD-note = Установите предел числа слов по информационной записке к сессии. Запрашиваются доступные форматы (по сведениям третьих сторон). КПИ прекратил процедуру последующей деятельности в сентябре 2016 года.
rule-CED-note = Установите предел числа слов и срок по информационной записке к сессии.
rule-SP-note = Установите предел числа слов и язык по самому призыву: указанные выше языки не являются правилом мандатариев, поэтому о представлении на другом языке лишь предупреждается.

# --- demo data (wave 6) ---
# The demo city (src/app/demo.rs), loaded in the reader's language. Fictional names: keep them
# recognisably fictional; keep e-mail addresses, URLs, document symbols and XEX as they are.
demo-city = Примерград (демо)
demo-state = Примерландия
demo-city_contact = Управление по правам человека, город Примерград
demo-ehrc_name = Комиссия по правам человека Примерландии (демо)
demo-ehrc_acronym = КПЧП
demo-ehrc_notes = Национальное правозащитное учреждение (вымышленное).
demo-rta_name = Ассоциация жильцов Приречья (демо)
demo-rta_acronym = АЖП
demo-rta_notes = Участвовала в консультациях по выселениям и социальному жилью.
demo-northtown_name = Северград (демо)
demo-northtown_notes = Соседний город; возможно совместное представление.
demo-nchrr_name = Национальный комитет по подготовке докладов в области прав человека Примерландии (демо)
demo-nchrr_acronym = НКДПЧ
demo-nchrr_notes = Координирует подготовку национального доклада и выполнение рекомендаций; именно сюда город направляет свой вклад в национальный доклад.
demo-upr_title = УПО Примерландии (демонстрационный цикл)
demo-upr_session = Сессия Рабочей группы (демо)
demo-upr_notes = Представление города как заинтересованной стороны, совместно с Ассоциацией жильцов Приречья.
demo-estimate = Оценка по обычным срокам УПО (демо): УВКПЧ объявляет фактические даты каждой сессии.
demo-upr_window_opens = Начало приема представлений
demo-upr_housing_data = Данные жилищного департамента
demo-upr_departments = Департаменты направляют свои разделы
demo-upr_mayor = Канцелярия мэра утверждает текст
demo-upr_window_closes = Окончание приема представлений
demo-upr_review = Рассмотрение Примерландии Рабочей группой
demo-upr_adoption = Утверждение итогового документа Советом по правам человека
demo-cescr_title = Рассмотрение Примерландии Комитетом по экономическим, социальным и культурным правам: перечень вопросов до представления доклада
demo-cescr_session = Предсессионная рабочая группа (демо)
demo-cescr_notes = Информация о жилье, воде и социальных услугах.
demo-cescr_follow_up = Доклад государства о последующих мерах в связи с предыдущими заключительными замечаниями
demo-cescr_deadline = Срок представления письменной информации
demo-cescr_pre_session = Предсессионная рабочая группа
demo-cescr_consultation = Консультации с объединениями жильцов и водопользователей
demo-sp_title = Призыв к представлению материалов: местные органы власти и право на достаточное жилище
demo-sp_session = Тематический доклад (демо)
demo-sp_notes = Ответить на вопросы 1, 3 и 5 призыва; не более 2500 слов (установлено в призыве).
demo-sp_published = Опубликован призыв к представлению материалов
demo-sp_deadline = Срок представления материалов
demo-sp_rule_source = Призыв к представлению материалов (демо), пункт 6
# The demo submission. Its section titles are the template's (template-upr_stakeholder-s1, s2,
# s4, s6). A piece that ends or starts with a space keeps it as {" "}.
demo-submission_title = Представление города Примерграда для УПО Примерландии
demo-full_stop = .
demo-s1_p1 = Город Примерград представляет настоящий доклад о выполнении на местном уровне рекомендаций, полученных Примерландией в ходе предыдущего обзора. Город отвечает за социальное жилье, начальные школы, муниципальную полицию и водоснабжение и сообщает о том, что он сделал в каждой из этих областей после последнего обзора.
demo-s1_key_words_label = Ключевые слова:{" "}
demo-s1_key_words = право на достаточное жилище; выселения; вода и санитария; недискриминация; участие.
demo-s2_p1 = Примерград — город с населением 240 000 человек (все названия и цифры в этой демонстрации вымышлены). В соответствии с Законом о местном самоуправлении ему принадлежат 11 800 единиц социального жилья, и он содержит 42 начальные школы, муниципальную полицию и службу водоснабжения
demo-s2_note1 = Закон о местном самоуправлении Примерландии (вымышленный), статьи 12–19.
demo-s2_p2 = Вопросы, не относящиеся к его компетенции, такие как процедуры предоставления убежища и национальные социальные пособия, упоминаются лишь в той мере, в какой они влияют на доступ жителей к муниципальным услугам.
demo-s3_h1 = Право на достаточное жилище
# The paragraph reads: before, the recommendation's words (in italics, a UN translation's
# wording), between, the citation of the report (A/HRC/00/00, para. 140.7), after, a footnote, a full stop.
demo-s3_p1_before = Примерландия поддержала рекомендацию{" "}
demo-s3_p1_quote = обеспечить доступ семей с низким уровнем дохода к доступному по цене жилью
demo-s3_p1_between = {" "}
demo-s3_p1_after = . С тех пор город построил 1250 единиц социального жилья и сократил очередь на 18 процентов
demo-s3_note1 = Жилищный департамент Примерграда, годовой доклад за 2025 год (вымышленный), таблица 3.
demo-s3_p2 = Число выселений из муниципального жилья сократилось с 312 в 2022 году до 141 в 2025 году после того, как город вместе с Ассоциацией жильцов Приречья создал службу профилактики
demo-s3_note2 = Данные собраны совместно с Ассоциацией жильцов Приречья (демо).
demo-s3_p2_after = . Служба связывается с каждым съемщиком, задолжавшим квартплату за два месяца.
demo-s3_h2 = Вода и санитария
demo-s3_p3 = Служба водоснабжения больше не отключает домохозяйства за неоплаченные счета в зимние месяцы. Сохраняющиеся пробелы:
demo-s3_item1 = неформальные поселения на окраине города, не подключенные к сети;
demo-s3_item2 = тарифы, которые пока не учитывают доход домохозяйств.
demo-s4_p1 = Предоставить городам правовые полномочия и финансирование для предотвращения выселений из частного арендного жилья, как это уже рекомендовалось ранее.
demo-s4_p2 = Привлекать местные органы власти к национальным консультациям при подготовке следующего национального доклада.

# --- passage language ---
error-limit_language = Фрагмент помечен языком «{ $tag }», который не является языковым тегом: укажите тег, например de, fr-CA или zh-Hans (не более { $max } символов).
error-limit_language_case = Фрагмент помечен языком «{ $tag }»: запишите его как «{ $normal }».
editor-language = Язык
editor-language_tooltip = Отметить, что выделенные слова написаны на другом языке
editor-language_title = Язык выделенных слов
editor-language_choice = Язык
editor-language_option = { $name } ({ $tag })
editor-language_other = Другой язык (введите его тег)
editor-language_hint = Программы чтения с экрана, PDF и файл Word будут читать эти слова на этом языке.
editor-language_tag = Языковой тег
editor-language_tag_hint = Языковой тег BCP 47, например pt-BR, ca или gsw.
editor-language_apply = Применить язык
editor-language_remove = Убрать язык
editor-language_needs_text = Сначала выделите слова на другом языке.
