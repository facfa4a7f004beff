# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue). Arabic with
# Latin digits (-u-nu-latn), as the UN's Arabic documents and the app's exports write them:
# "ar" alone gave Arabic-Indic digits beside the Latin ones the core writes ("١١:٠٠ · 12:00").
meta-locale = ar-u-nu-latn
meta-date = { $weekday }، { $day } { $month } { $year }
meta-day_month = { $weekday }، { $day } { $month }
# Between a day and its time, or a day and the days left ("Sat 12 Dec 2026, 11:00").
meta-separator = {"، "}

app-name = CityRights
app-version = الإصدار { $version }
app-loading = جارٍ فتح قاعدة البيانات…

# Navigation
nav-label = القائمة الرئيسية
nav-skip_to_main = الانتقال إلى المحتوى الرئيسي
nav-dashboard = لوحة المتابعة
nav-engagements = المشاركات
nav-recommendations = التوصيات
nav-settings = الإعدادات
nav-bin = سلة المحذوفات
nav-demo = تجريبي
nav-demo_hint = بيانات تجريبية: مدينة خيالية لاستكشاف التطبيق.
nav-no_city = لم تُعَدّ بيانات المدينة بعد
nav-next_due = الموعد التالي
nav-nothing_due = لا يوجد أي موعد قادم لأي مشاركة.
nav-missed =
    { $n ->
        [zero] { $n } موعد نهائي فائت
        [one] { $n } موعد نهائي فائت
        [two] { $n } موعدان نهائيان فائتان
        [few] { $n } مواعيد نهائية فائتة
        [many] { $n } موعدًا نهائيًا فائتًا
       *[other] { $n } موعد نهائي فائت
    }
nav-not_found = هذه الصفحة غير موجودة.
nav-back_to_dashboard = الانتقال إلى لوحة المتابعة

# Generic
common-save = حفظ
common-cancel = إلغاء
common-edit = تعديل
common-delete = حذف
common-remove = إزالة
common-saved = تم الحفظ
common-close = إغلاق
common-undo = تراجع
common-save_changes = حفظ التغييرات
common-discard_changes = تجاهل التغييرات
common-keep_editing = متابعة التعديل
common-unsaved = تغييرات غير محفوظة
common-loading = جارٍ التحميل…
common-optional = (اختياري)
common-retry = إعادة المحاولة
common-none = —
common-estimate = تقديري
common-estimate_hint = تاريخ تقديري مستند إلى الجداول الزمنية المعتادة، وليس تاريخًا رسميًا.
common-words_of_limit = الكلمات: { $words } / { $limit }
common-words_no_limit = الكلمات: { $words } (الحد الأقصى غير معروف)
common-joint = مشتركة
common-individual = فردية
common-error_prefix = حدث خطأ:

# Relative time (from the days_left the core computes, or display-only from `due`)
days-today = اليوم
days-tomorrow = غدًا
days-in =
    { $n ->
        [zero] خلال { $n } يوم
        [one] خلال { $n } يوم
        [two] خلال { $n } يومين
        [few] خلال { $n } أيام
        [many] خلال { $n } يومًا
       *[other] خلال { $n } يوم
    }
days-overdue_today = متأخر بأقل من يوم
days-overdue =
    { $n ->
        [zero] متأخر بـ{ $n } يوم
        [one] متأخر بـ{ $n } يوم
        [two] متأخر بـ{ $n } يومين
        [few] متأخر بـ{ $n } أيام
        [many] متأخر بـ{ $n } يومًا
       *[other] متأخر بـ{ $n } يوم
    }
days-passed_today = انقضى منذ أقل من يوم
days-passed =
    { $n ->
        [zero] انقضى منذ { $n } يوم
        [one] انقضى منذ { $n } يوم
        [two] انقضى منذ { $n } يومين
        [few] انقضى منذ { $n } أيام
        [many] انقضى منذ { $n } يومًا
       *[other] انقضى منذ { $n } يوم
    }

# Times and zones
time-end_of_day = نهاية اليوم
time-zone_time = بتوقيت { $city }
time-original = { $time } { $zone } ({ $tz })
time-original_with_date = { $date }، { $time } { $zone } ({ $tz })
zone-Europe_Zurich = جنيف
# The other UN duty stations whose zones the app offers, as this language names the city
# (any other zone shows the English city of its IANA name).
zone-Europe_Vienna = فيينا
zone-America_New_York = نيويورك
zone-Africa_Nairobi = نيروبي

# Start-up
startup-error_title = تعذّر على CityRights فتح قاعدة بياناته
startup-error_file = الملف
startup-error_reason = السبب
startup-error_unchanged = لم يُغيَّر الملف. يمكنك فتح ملف قاعدة بيانات آخر، أو إنشاء قاعدة بيانات جديدة فارغة.
startup-open_other = فتح ملف آخر
startup-start_new = إنشاء قاعدة بيانات جديدة
startup-status_failed = تعذّر على التطبيق التحقق من قاعدة بياناته.

welcome-title = مرحبًا بكم في CityRights
welcome-p1 = يساعد CityRights مكتب حقوق الإنسان في مدينتكم على إعداد مساهماتها في آليات الأمم المتحدة لحقوق الإنسان: الاستعراض الدوري الشامل، وهيئات المعاهدات، والإجراءات الخاصة.
welcome-p2 = يجمع التطبيق كل المواعيد النهائية في مكان واحد، لتعرفوا دائمًا ما هو المطلوب تاليًا.
welcome-demo = الاستكشاف ببيانات تجريبية
welcome-demo_hint = مدينة خيالية لديها بعض المشاركات، للتعرّف على طريقة عمل التطبيق.
welcome-setup = إعداد بيانات مدينتي
welcome-setup_hint = أدخلوا بيانات مدينتكم وابدأوا العمل ببياناتكم الخاصة.
welcome-setup_title = إعداد بيانات مدينتكم
welcome-setup_intro = تظهر هذه البيانات في الورقات المقدمة. ويمكنكم تغييرها لاحقًا من الإعدادات.

# City profile
city-name = اسم المدينة
city-country = رمز البلد (ISO 3166-1 alpha-3)
city-country_hint = ثلاثة أحرف، مثل AUT للنمسا وCOL لكولومبيا.
city-state_under_review = الدولة موضوع الاستعراض
city-state_hint = الدولة التي تساهمون في استعراضاتها، بالاسم الذي ينبغي أن تُذكر به.
city-contact_name = الشخص أو المكتب المسؤول عن الاتصال
city-contact_email = البريد الإلكتروني للاتصال
city-language = لغة الورقات المقدمة
city-paper_size = حجم الورق
city-logo = الشعار (على صفحة الغلاف في ملفات PDF المصدَّرة)
city-logo_none = لا يوجد شعار
city-logo_set = تم تعيين شعار
city-logo_choose = اختيار شعار…
city-logo_remove = إزالة الشعار
paper-a4 = A4
paper-letter = Letter (الولايات المتحدة)

lang-en = الإنكليزية
lang-fr = الفرنسية
lang-es = الإسبانية
lang-ru = الروسية
lang-ar = العربية
lang-zh = الصينية

# Settings
settings-title = الإعدادات
settings-language_title = اللغة
settings-language_label = لغة الواجهة
settings-language_system = مثل هذا الحاسوب ({ $name })
settings-language_system_other = مثل هذا الحاسوب (لغته ليست إحدى اللغات الست: الإنكليزية)
settings-language_hint = يُحفظ على هذا الحاسوب. تحتفظ كل ورقة مقدمة بلغتها الخاصة التي اختيرت عند إنشائها.
settings-city_title = مدينتكم
settings-db_title = مكان حفظ بياناتكم
settings-db_path = ملف قاعدة البيانات
settings-db_hint = جميع بياناتكم موجودة في هذا الملف الواحد على هذا الحاسوب. يُرجى إدراجه في نسخكم الاحتياطية.
settings-saved = تم الحفظ
settings-backups_title = النسخ الاحتياطية
settings-backups_text = ينشئ CityRights نسخًا احتياطية من بياناتكم تلقائيًا: بعد بضع ثوانٍ من بدء تشغيله، وكل 4 ساعات أثناء تشغيله، وقبل كل ترقية. ويُتحقَّق من كل نسخة احتياطية بعد كتابتها.
settings-backups_link = عرض النسخ الاحتياطية، أو إنشاء نسخة احتياطية الآن، أو استعادة إحداها
settings-second_label = مجلد النسخ الاحتياطية الثاني
settings-second_none = لم يُختر أي مجلد: تُحفظ النسخ الاحتياطية على هذا الحاسوب فقط.
settings-second_hint = تُكتب كل نسخة احتياطية أيضًا في هذا المجلد، مثل مفتاح USB أو مجلد مشترك للإدارة، حتى لا تضيع النسخ الاحتياطية إذا تعطّل الحاسوب المحمول أو سُرق.
settings-second_reachable = يمكن الوصول إليه: ستُنسخ النسخة الاحتياطية التالية إليه.
settings-second_unreachable = لا يمكن الوصول إليه: { $problem }. ولا تزال النسخ الاحتياطية تُحفظ في مجلد البيانات.
settings-second_choose = اختيار مجلد…
settings-second_change = اختيار مجلد آخر…
settings-second_forget = إيقاف النسخ إلى هذا المجلد
settings-second_chosen = ستُكتب النسخ الاحتياطية أيضًا في { $folder }.
settings-second_forgotten = لم تعد النسخ الاحتياطية تُنسخ إلى مجلد ثانٍ. وتبقى النسخ الموجودة فيه بالفعل.
departments-title = الإدارات
departments-intro = إدارات المدينة المسؤولة عن التوصيات: يُختار منها في متابعة التوصية وفي «تعيين الإدارة». وأي اسم يُكتب هناك بوصفه إدارة جديدة يُضاف إلى هذه القائمة. وإعادة تسمية إدارة هنا تُعيد تسميتها في توصياتها أيضًا؛ وإعطاؤها اسمًا موجودًا بالفعل في القائمة يدمج الصيغتين.
departments-none = لا توجد إدارات بعد. أضيفوا الإدارات المسؤولة عن التوصيات، أو اكتبوا اسم إدارة في متابعة إحدى التوصيات.
departments-col_name = الإدارة
departments-col_count = التوصيات
departments-col_actions = الإجراءات
departments-rename = إعادة التسمية
departments-rename_label = الاسم الجديد لـ«{ $name }»
departments-remove = إزالة
departments-remove_question = هل تريدون حذف «{ $name }» من قائمة الإدارات؟
departments-add_label = إدارة جديدة
departments-add = إضافة إدارة
departments-added = أُضيفت «{ $name }» إلى القائمة.
departments-renamed = أصبحت «{ $old }» الآن «{ $new }» ({ $n ->
        [zero] { $n } توصية معدَّلة
        [one] { $n } توصية معدَّلة
        [two] { $n } توصيتان معدَّلتان
        [few] { $n } توصيات معدَّلة
        [many] { $n } توصيةً معدَّلةً
       *[other] { $n } توصية معدَّلة
    }).
departments-merged = دُمجت «{ $old }» في «{ $new }» ({ $n ->
        [zero] { $n } توصية معدَّلة
        [one] { $n } توصية معدَّلة
        [two] { $n } توصيتان معدَّلتان
        [few] { $n } توصيات معدَّلة
        [many] { $n } توصيةً معدَّلةً
       *[other] { $n } توصية معدَّلة
    }).
departments-removed = حُذفت «{ $name }» من القائمة.

# Backups and restore
backups-title = النسخ الاحتياطية
backups-intro = النسخة الاحتياطية نسخة مُتحقَّق منها من قاعدة بياناتكم بأكملها. ينشئ CityRights نسخة منها بعد بضع ثوانٍ من بدء تشغيله، وكل 4 ساعات أثناء تشغيله، وقبل كل ترقية؛ ويحتفظ بكل النسخ الاحتياطية لليوم الأخير، وبنسخة واحدة في اليوم لمدة 14 يومًا، وبنسخة واحدة في الأسبوع لمدة 8 أسابيع.
backups-where = محفوظة في { $folder }.
backups-back_up_now = إنشاء نسخة احتياطية الآن
backups-backing_up = جارٍ إنشاء النسخة الاحتياطية…
backups-made = أُنشئت النسخة الاحتياطية: { $holds }.
backups-made_second = توجد نسخة منها في { $folder } أيضًا.
backups-second_failed = أُنشئت النسخة الاحتياطية على هذا الحاسوب، لكن تعذّرت كتابة نسختها الثانية: { $problem }
backups-second_failed_last = أُنشئت آخر نسخة احتياطية ({ $when }) على هذا الحاسوب، لكن تعذّرت كتابة نسختها الثانية: { $problem }
backups-empty = لا توجد نسخ احتياطية بعد. تُنشأ النسخة الأولى بعد بضع ثوانٍ من بدء تشغيل التطبيق، متى وُجد ما يُنسخ احتياطيًا؛ أو استخدموا «إنشاء نسخة احتياطية الآن».
backups-col_when = تاريخ الإنشاء
backups-col_why = السبب
backups-col_holds = المحتوى
backups-col_size = الحجم
backups-col_restore = الاستعادة
backups-holds = { $engagements }، { $submissions }، { $words }
backups-engagements =
    { $n ->
        [zero] { $n } مشاركة
        [one] { $n } مشاركة
        [two] { $n } مشاركتان
        [few] { $n } مشاركات
        [many] { $n } مشاركةً
       *[other] { $n } مشاركة
    }
backups-submissions =
    { $n ->
        [zero] { $n } ورقة مقدمة
        [one] { $n } ورقة مقدمة
        [two] { $n } ورقتان مقدمتان
        [few] { $n } ورقات مقدمة
        [many] { $n } ورقةً مقدمةً
       *[other] { $n } ورقة مقدمة
    }
backups-words =
    { $n ->
        [zero] { $n } كلمة
        [one] { $n } كلمة
        [two] { $n } كلمتان
        [few] { $n } كلمات
        [many] { $n } كلمةً
       *[other] { $n } كلمة
    }
backups-damaged = تالفة ولا يمكن استعادتها: { $reason }.
backups-unavailable = يتعذّر التحقق منها حاليًا، لذا لا تُعرض للاستعادة (لكنها محفوظة): { $reason }. يُرجى المحاولة لاحقًا.
backups-restore = استعادة
backups-restore_label = استعادة النسخة الاحتياطية المؤرخة { $when }
backups-restore_question = هل تريدون استعادة النسخة الاحتياطية المؤرخة { $when } ({ $holds })؟ ستُنشأ أولًا نسخة احتياطية من قاعدة بياناتكم الحالية، فلا يضيع شيء: وستظهر هنا بعنوان «قبل الاستعادة».
backups-restore_confirm = استعادة هذه النسخة الاحتياطية
backups-restored = استُعيدت النسخة الاحتياطية المؤرخة { $when }. وحُفظت قاعدة البيانات بحالتها السابقة نسخةً احتياطية («قبل الاستعادة»).
backups-settings_link = نسخ النسخ الاحتياطية إلى مجلد ثانٍ أيضًا (الإعدادات)
backups-move_text = هل تنتقلون إلى حاسوب آخر؟
backups-move_link = صدّروا مساحة العمل بأكملها إلى ملف واحد واستوردوه هناك (الإعدادات ← الانتقال إلى حاسوب آخر)
backup_reason-startup = عند بدء التشغيل
backup_reason-periodic = كل 4 ساعات
backup_reason-manual = نسخة احتياطية يدوية
backup_reason-before_migration = قبل الترقية
backup_reason-before_restore = قبل الاستعادة
backup_reason-before_import = قبل استيراد مساحة عمل

# Settings → Move to another computer (workspace export and import)
move-title = الانتقال إلى حاسوب آخر
move-intro = للانتقال إلى حاسوب محمول جديد، صدّروا مساحة العمل بأكملها إلى ملف واحد هنا، وانسخوا الملف إلى الحاسوب الجديد (عبر مفتاح USB أو مجلد مشترك للإدارة)، ثم ثبّتوا CityRights عليه واستوردوا الملف. لا يُنقل مجلد النسخ الاحتياطية الثاني: اختاروه مجددًا على الحاسوب الجديد.
move-export = تصدير مساحة العمل…
move-exporting = جارٍ التصدير…
move-exported = حُفظت مساحة العمل في { $path } ({ $size }). وهي تتضمن { $engagements }، و{ $submissions }، و{ $recommendations }.
move-exported_logo = ويتضمن الملف شعار المدينة أيضًا.
move-personal = يتضمن الملف أيضًا بيانات شخصية: أسماء الأشخاص الذين شاركوا في المشاورات وبيانات الاتصال بهم. احفظوه في مكان آمن — فلا ترسلوه بالبريد الإلكتروني العادي ولا تتركوه في مجلد مشترك — واحذفوه بعد استيراد مساحة العمل على الحاسوب الجديد.
move-import = استيراد مساحة عمل…
move-import_question = هل تريدون استيراد مساحة عمل صُدِّرت على حاسوب آخر؟ ستُستبدل جميع البيانات الموجودة على هذا الحاسوب (المشاركات، والورقات المقدمة، والتوصيات، وملف تعريف المدينة) بالبيانات الواردة في الملف الذي ستختارونه. ستُنشأ أولًا نسخة احتياطية من قاعدة بياناتكم الحالية، فلا يضيع شيء: ويمكنكم استعادتها من شاشة النسخ الاحتياطية، حيث تظهر بعنوان «قبل استيراد مساحة عمل».
move-import_confirm = اختيار الملف واستيراده
move-imported = استُوردت مساحة العمل من { $from } (صُدِّرت في { $when } بالإصدار { $version } من CityRights): { $engagements }، و{ $submissions }، و{ $recommendations }.
move-imported_backup = حُفظت البيانات التي كانت هنا من قبل نسخةً احتياطية («قبل استيراد مساحة عمل») في شاشة النسخ الاحتياطية.
move-import_failed = لم تُستورد مساحة العمل. { $message }
move-nothing_changed = لم يُغيَّر شيء على هذا الحاسوب.
move-recommendations =
    { $n ->
        [zero] { $n } توصية
        [one] { $n } توصية
        [two] { $n } توصيتان
        [few] { $n } توصيات
        [many] { $n } توصيةً
       *[other] { $n } توصية
    }

# Dashboard
dashboard-title = لوحة المتابعة
dashboard-next_title = الاستحقاقات التالية
dashboard-next_for = المشاركة:
dashboard-nothing_next = لا يوجد أي موعد قادم لأي مشاركة.
dashboard-nothing_next_hint = أضيفوا المواعيد النهائية لمشاركاتكم (فترات تقديم الورقات، والدورات، والمعالم الزمنية الداخلية) لتظهر هنا.
dashboard-upcoming_title =
    { $n ->
        [zero] الأيام الـ{ $n } القادمة
        [one] اليوم القادم ({ $n })
        [two] اليومان القادمان ({ $n })
        [few] الأيام الـ{ $n } القادمة
        [many] الأيام الـ{ $n } القادمة
       *[other] الأيام الـ{ $n } القادمة
    }
dashboard-soon_hint = مُبرَز: مستحق خلال 7 أيام.
dashboard-overdue_title = المواعيد النهائية الفائتة
dashboard-overdue_intro = مواعيد نهائية كان على المدينة الالتزام بها وانقضت دون إرسال أي شيء قبلها. ويبقى كل منها هنا، مهما مضى عليه من وقت، إلى أن تضعوا عليه علامة «تمت معالجته» — مثلًا بعد إرسال ورقة متأخرة أو قبولها، أو بعد أن تقرروا انتظار الدورة التالية.

# Where a deadline stands (the core's state), and marking a missed one as handled
deadline-met = مستوفى
deadline-met_by = استُوفي بـ«{ $title }»، المرسلة في { $date }.
deadline-handled_on = وُضعت عليه علامة «تمت معالجته» في { $date }.
deadline-mark_handled = وضع علامة «تمت معالجته»
deadline-mark_not_handled = التراجع عن «تمت معالجته»
deadline-undo = تراجع
deadline-handled_status = وُضعت على «{ $title }» علامة «تمت معالجته».
deadline-unhandled_status = عاد «{ $title }» موعدًا نهائيًا فائتًا.
dashboard-drafts_title = مسودات قيد الإعداد
dashboard-no_drafts = لا توجد أي ورقة قيد الصياغة.
dashboard-empty_title = لا توجد مشاركات بعد
dashboard-empty_text = المشاركة هي استعراض واحد أو دعوة واحدة تشارك فيها مدينتكم، مثل الاستعراض الدوري الشامل لبلدكم. أنشئوا مشاركتكم الأولى، ثم أضيفوا مواعيدها النهائية: وستظهر هنا، الأقرب فالأقرب.
dashboard-col_due = الاستحقاق
dashboard-col_when = الموعد
dashboard-col_mechanism = الآلية
dashboard-col_milestone = المعلم الزمني
dashboard-col_engagement = المشاركة
dashboard-col_title = العنوان
dashboard-col_words = الكلمات
dashboard-col_status = الحالة

# Engagements
engagements-title = المشاركات
engagements-new = مشاركة جديدة
engagements-filter_mechanism = الآلية
engagements-filter_stage = المرحلة
engagements-all_mechanisms = جميع الآليات
engagements-all_stages = جميع المراحل
engagements-col_mechanism = الآلية
engagements-col_title = العنوان
engagements-col_state = الدولة
engagements-col_stage = المرحلة
engagements-col_next = المعلم الزمني التالي
engagements-no_next = لا يوجد معلم زمني قادم
engagements-empty = لا توجد لديكم مشاركات بعد. المشاركة هي استعراض واحد أو دعوة واحدة تشارك فيها مدينتكم، مثل الاستعراض الدوري الشامل لبلدكم أو دعوة إلى تقديم مساهمات من مقرر خاص. اختاروا «مشاركة جديدة» لإنشاء أول مشاركة.
engagements-no_match = لا توجد مشاركة تطابق عوامل التصفية هذه.
engagements-show_all = عرض جميع المشاركات
engagements-count = المشاركات: { $n } من { $total }

# Engagement form
engagement_form-new_title = مشاركة جديدة
engagement_form-edit_title = تعديل المشاركة
engagement_form-mechanism = الآلية
engagement_form-choose_mechanism = اختيار آلية…
engagement_form-mechanism_option = { $acronym } — { $name }
engagement_form-title = العنوان
engagement_form-title_hint = مثال: «الاستعراض الدوري الشامل لسلوفينيا، الجولة الرابعة».
engagement_form-state = الدولة موضوع الاستعراض
engagement_form-session = الدورة أو الدعوة
engagement_form-session_hint = مثال: «الجولة الرابعة، الدورة 48 للفريق العامل».
engagement_form-mandate = الولاية
engagement_form-mandate_none = غير محددة
engagement_form-mandate_other = ولاية أخرى (اكتبوا اسمها)
engagement_form-mandate_other_label = اسم الولاية الأخرى
engagement_form-stage = المرحلة
engagement_form-notes = ملاحظات

# Engagement detail
engagement-state = الدولة موضوع الاستعراض
engagement-session = الدورة أو الدعوة
engagement-mandate = الولاية
engagement-stage = المرحلة
engagement-stages_label = مراحل هذه المشاركة
engagement-stage_saved = تغيّرت المرحلة إلى «{ $stage }».
engagement-notes = ملاحظات
engagement-back = جميع المشاركات
engagement-delete_question = هل تريدون نقل هذه المشاركة إلى سلة المحذوفات؟ يمكنكم استعادتها من سلة المحذوفات.
engagement-move_to_bin = نقل إلى سلة المحذوفات
engagement-not_specified = غير مذكور
engagement-milestones_title = المعالم الزمنية
engagement-no_milestones = لا توجد معالم زمنية بعد. أضيفوا فترة تقديم الورقات، وتواريخ الدورة، ومواعيدكم النهائية الداخلية، لتظهر في لوحة المتابعة.
engagement-add_milestone = إضافة معلم زمني
engagement-col_kind = ما يشير إليه
engagement-col_title = العنوان
engagement-col_due = التاريخ والوقت
engagement-col_when = الموعد
engagement-col_actions = الإجراءات
engagement-until = حتى { $date }
engagement-remove_question = هل تريدون نقل المعلم الزمني «{ $title }» إلى سلة المحذوفات؟ يمكنكم استعادته مع تذكيراته من سلة المحذوفات.
engagement-submissions_title = الورقات المقدمة
engagement-no_submissions = لا توجد ورقات لهذه المشاركة بعد.
engagement-col_sub_title = العنوان
engagement-col_sub_status = الحالة
engagement-col_sub_words = الكلمات
engagement-col_sub_kind = فردية أو مشتركة

# Milestone form
milestone_form-add_title = إضافة معلم زمني
milestone_form-edit_title = تعديل المعلم الزمني
milestone_form-kind = ما يشير إليه
milestone_form-choose_kind = اختيار…
milestone_form-title = العنوان
milestone_form-date = التاريخ
milestone_form-end_date = اليوم الأخير
milestone_form-end_date_hint = لحدث يستغرق عدة أيام، مثل الدورة.
milestone_form-time = الوقت
milestone_form-time_hint = اتركوه فارغًا إذا كان الاستحقاق في نهاية اليوم.
milestone_form-time_zone = المنطقة الزمنية
milestone_form-time_zone_hint = مدينة (جنيف، نيويورك) أو اسم منطقة زمنية (Europe/Zurich). تُغلق فترات تقديم الورقات للاستعراض الدوري الشامل الساعة 23:59 بتوقيت جنيف. أما هيئات المعاهدات والإجراءات الخاصة فتحدد تواريخها دون منطقة زمنية: استخدموا منطقتكم الزمنية.
milestone_form-is_estimate = هذا التاريخ تقديري
milestone_form-basis = مصدر التقدير
milestone_form-notes = ملاحظات
milestone_form-reminder_days = ذكّرني (قبل كم يومًا)
milestone_form-reminder_days_hint = عدد الأيام قبل التاريخ، مفصولة بفواصل، مثل 30، 7، 1. اتركوه فارغًا إن لم تريدوا أي تذكير.

# Calendar (issue 5)
calendar-nav = التقويم
calendar-title = التقويم
calendar-intro = جميع تواريخ جميع المشاركات، بمنطقتكم الزمنية ({ $zone }). وتُظهر المواعيد النهائية الرسمية وقتها الأصلي أيضًا، مثل 23:59 بتوقيت جنيف.
calendar-filter_mechanism = الآلية
calendar-filter_engagement = المشاركة
calendar-filter_kind = نوع التاريخ
calendar-all_mechanisms = جميع الآليات
calendar-all_engagements = جميع المشاركات
calendar-all_kinds = الكل
calendar-go_to = الانتقال إلى تاريخ
calendar-today = اليوم
calendar-month = شهر
calendar-week = أسبوع
calendar-agenda = جدول المواعيد
calendar-view_label = طريقة العرض
calendar-all_day = طوال اليوم
calendar-span = { $start } – { $end }
calendar-agenda_missed = المواعيد النهائية الفائتة
calendar-agenda_empty = لا يوجد أي موعد قادم لأي مشاركة.
calendar-next_hint = التالي: { $title } في { $date } ({ $engagement }).
calendar-next_go = عرض { $month }
calendar-previous = السابق
calendar-next = التالي
calendar-more = +{ $n } أخرى
calendar-legend = مفتاح الرموز
calendar-legend_overdue = متأخر: فائت ولم توضع عليه بعد علامة «تمت معالجته»
calendar-legend_met = استُوفي بورقة مقدمة
calendar-legend_handled = فائت، وتمت معالجته
calendar-legend_soon = مستحق خلال 7 أيام
calendar-legend_estimate = تقديري
calendar-tag_overdue = متأخر
calendar-tag_soon = قريبًا
calendar-tag_met = مستوفى
calendar-tag_handled = تمت معالجته
calendar-tag_estimate = تقديري
calendar-export = تصدير إلى تقويم…
calendar-export_hint = ملف بصيغة .ics لبرنامج Outlook وغيره من التقويمات. وإعادة استيراده تُحدِّث الأحداث نفسها.
calendar-exported =
    { $n ->
        [zero] كُتب { $n } معلم زمني في { $path }.
        [one] كُتب { $n } معلم زمني في { $path }.
        [two] كُتب { $n } معلمان زمنيان في { $path }.
        [few] كُتبت { $n } معالم زمنية في { $path }.
        [many] كُتب { $n } معلمًا زمنيًا في { $path }.
       *[other] كُتب { $n } معلم زمني في { $path }.
    }
calendar-export_cancelled = لم يُختر أي ملف؛ ولم يُصدَّر شيء.
calendar-new_milestone = معلم زمني جديد
calendar-new_on = معلم زمني جديد في { $date }
calendar-choose_engagement = للمشاركة
calendar-choose_engagement_option = اختيار مشاركة…
calendar-no_engagements = أنشئوا مشاركة أولًا: فكل معلم زمني ينتمي دائمًا إلى مشاركة.
calendar-empty = لا توجد معالم زمنية بعد. افتحوا مشاركة وأضيفوا تواريخها، أو انقروا على يوم في التقويم لإضافة معلم زمني.
calendar-no_match = لا يوجد معلم زمني يطابق عوامل التصفية هذه.
calendar-open_engagement = فتح المشاركة «{ $title }»
calendar-when = الموعد
calendar-own_time = محدد بتوقيت
calendar-basis = أساس التقدير
calendar-reminders = التذكيرات
calendar-reminders_none = لا توجد
calendar-reminders_days = قبل { $days } من الأيام
calendar-notes = ملاحظات
calendar-close = إغلاق
calendar-moved = نُقل «{ $title }» إلى { $date }.
calendar-move_official_question = «{ $title }» تاريخ رسمي ({ $kind }). هل تريدون مع ذلك { $direction ->
        [earlier] تقديمه
       *[later] تأخيره
    } { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }؟ لا تفعلوا ذلك إلا إذا غيّرته الأمم المتحدة.
calendar-move_official_confirm = نقل التاريخ الرسمي
calendar-move_estimate_question = «{ $title }» ({ $kind }) تقدير لتاريخ تحدده الأمم المتحدة، وليس تاريخًا رسميًا. هل تريدون { $direction ->
        [earlier] تقديمه
       *[later] تأخيره
    } { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }؟ افعلوا ذلك عندما تعلن الأمم المتحدة التاريخ الفعلي.
calendar-move_estimate_confirm = نقل التقدير
calendar-move_time_refused = لتغيير وقت معلم زمني، عدّلوه: فالسحب والإفلات ينقله بأيام كاملة فقط.

# Proposed timelines (issue 5)
timeline-session_date = اليوم الأول من الدورة
timeline-session_date_hint = اختياري. بالنسبة إلى الاستعراض الدوري الشامل، دورة الفريق العامل. وبناءً عليه، يقترح CityRights المواعيد النهائية المعتادة لتتحققوا منها.
timeline-session_end_date = اليوم الأخير من الدورة
timeline-title = الجدول الزمني المقترح
timeline-intro = هذه هي المعالم الزمنية المعتادة لهذا النوع من المشاركات، محسوبة انطلاقًا من تاريخ الدورة. ويذكر كل تقدير الأساس الذي يستند إليه: تحققوا منه مقارنةً بإعلان الأمم المتحدة، وغيّروا التاريخ عندما تعرفونه.
timeline-none_known = لا يوجد جدول زمني معتاد
timeline-add_this = إضافة «{ $title }»
timeline-add_selected = إضافة المعالم الزمنية المحددة
timeline-skip = تخطٍّ، وإضافة التواريخ لاحقًا
timeline-basis = الأساس
timeline-not_estimate = كما أدخلتموه.
timeline-nothing_selected = حدّدوا معلمًا زمنيًا واحدًا على الأقل، أو اختاروا «تخطٍّ».
timeline-passed = انقضى بالفعل.
timeline-state_step = تقرير الدولة
timeline-state_step_hint = هذه خطوة من خطوات الدولة، لا المدينة: تظهر تحت «تقارير الدولة» ولا تُحتسب أبدًا ضمن ما فات المدينة.

# Reminders (issue 5)
reminder-banner_title = مستحق قريبًا
reminder-banner_intro = تذكيرات حان موعدها أثناء إغلاق CityRights:
reminder-which = تذكير قبل { $n } من الأيام
reminder-show_all = عرض الكل ({ $n })
reminder-show_fewer = عرض عدد أقل
reminder-missed = انقضى أثناء إغلاق CityRights
reminder-dismiss = تجاهل

# Rules
rules-title = القواعد السارية
rules-overridden = غيّرتها المدينة لهذه المشاركة.
rules-word_limit_individual = الحد الأقصى للكلمات، ورقة فردية
rules-word_limit_joint = الحد الأقصى للكلمات، ورقة مشتركة
rules-words =
    { $n ->
        [zero] { $n } كلمة
        [one] { $n } كلمة
        [two] { $n } كلمتان
        [few] { $n } كلمات
        [many] { $n } كلمةً
       *[other] { $n } كلمة
    }
rules-not_known = غير معروف
rules-footnotes = الحواشي
rules-footnotes_count = تُحتسب ضمن الحد الأقصى
rules-footnotes_do_not_count = لا تُحتسب ضمن الحد الأقصى
rules-footnotes_unknown = لا يوجد مصدر يبيّن ما إذا كانت الحواشي تُحتسب، لذا تُحتسب احتياطًا.
rules-formats = صيغ الملفات
rules-languages = اللغات
rules-front_matter = طريقة الاستهلال
rules-status = الحالة
rules-source = المصدر
rules-note = ملاحظة
rules-stale = مصدر هذه القاعدة يعود إلى أكثر من سنة، أو لم يُطَّلع عليه خلال السنة الماضية — تحققوا منه قبل الاعتماد عليه.
rules-override_open = تجاوز القواعد لهذه المشاركة
rules-override_title = تجاوز القواعد لهذه المشاركة
rules-override_intro = استخدموا الأرقام المحددة لهذه المشاركة (مثلًا في الدعوة إلى تقديم مساهمات). اتركوا الحقل فارغًا للإبقاء على القيمة الافتراضية.
rules-override_individual = الحد الأقصى للكلمات، ورقة فردية
rules-override_joint = الحد الأقصى للكلمات، ورقة مشتركة
rules-override_footnotes = تُحتسب الحواشي ضمن الحد الأقصى
rules-override_footnotes_default = الإبقاء على القيمة الافتراضية
rules-override_footnotes_yes = نعم، تُحتسب
rules-override_footnotes_no = لا، لا تُحتسب
rules-override_source = مصدر هذه الأرقام
rules-override_source_hint = مثال: «الدعوة إلى تقديم مساهمات المؤرخة 3 آذار/مارس 2026، الفقرة 4».
rules-override_date = تاريخ المصدر
rules-override_clear = العودة إلى القواعد الافتراضية
rules-override_saved = حُفظت القواعد الخاصة بهذه المشاركة.
rules-override_cleared = عادت القواعد الافتراضية سارية.
rules-whole_number = اكتبوا عددًا صحيحًا من الكلمات، مثل 2815.

format-docx = Word (.docx)
format-pdf = PDF
front_matter-header_block = بضعة أسطر في الترويسة
front_matter-cover_page = صفحة غلاف
rule_status-confirmed = منصوص عليها من قِبل { $who } (اطُّلع على الصفحة في { $date })
rule_status-confirmed_undated = منصوص عليها من قِبل { $who }
rule_status-third_party = وردت لدى { $who } ({ $date })
rule_status-third_party_undated = وردت لدى { $who }
rule_status-unconfirmed = غير مؤكدة: لا يوجد مصدر يحددها
rule_status-set_by_city = غير مؤكدة — حددتموها أنتم
rules-source_date = تاريخ المصدر
rules-source_undated = المصدر غير مؤرخ

# Bin
bin-title = سلة المحذوفات
bin-intro = تبقى المشاركات والورقات المقدمة والأقسام والمعالم الزمنية والتوصيات المحذوفة هنا إلى أن تستعيدوها — كاملة، بكل ما كانت تحتويه — أو تُفرغوا سلة المحذوفات.
bin-empty = سلة المحذوفات فارغة.
bin-col_kind = النوع
bin-col_title = العنوان
bin-col_context = مكانه السابق
bin-col_deleted = تاريخ الحذف
bin-col_actions = الإجراءات
bin-restore = استعادة
bin-restored = استُعيد «{ $title }».
bin-empty_button = إفراغ سلة المحذوفات
bin-empty_question = هل تريدون حذف كل ما في سلة المحذوفات نهائيًا؟ لا يمكن التراجع عن ذلك.
bin-delete_for_good = حذف نهائي
bin-emptied =
    { $n ->
        [zero] أُفرغت سلة المحذوفات (حُذف { $n } عنصر نهائيًا).
        [one] أُفرغت سلة المحذوفات (حُذف { $n } عنصر نهائيًا).
        [two] أُفرغت سلة المحذوفات (حُذف { $n } عنصران نهائيًا).
        [few] أُفرغت سلة المحذوفات (حُذفت { $n } عناصر نهائيًا).
        [many] أُفرغت سلة المحذوفات (حُذف { $n } عنصرًا نهائيًا).
       *[other] أُفرغت سلة المحذوفات (حُذف { $n } عنصر نهائيًا).
    }

bin_kind-engagement = مشاركة
bin_kind-submission = ورقة مقدمة
bin_kind-section = قسم
bin_kind-milestone = معلم زمني
bin_kind-recommendation = توصية

# Submissions (issue 3: drafting)
submissions-nav = الورقات المقدمة
submissions-title = الورقات المقدمة
submissions-new = ورقة جديدة
submissions-empty = لا توجد ورقات بعد. الورقة المقدمة هي الوثيقة التي ترسلها مدينتكم في إطار مشاركة ما، مثل مساهمتها في الاستعراض الدوري الشامل. افتحوا مشاركة واختاروا «ورقة جديدة»، أو اختاروا «ورقة جديدة» هنا.
submissions-col_title = العنوان
submissions-col_engagement = المشاركة
submissions-col_mechanism = الآلية
submissions-col_status = الحالة
submissions-col_words = الكلمات
submissions-col_updated = آخر تحديث
submissions-search_label = البحث في جميع المسودات
submissions-search_hint = يبحث عن الكلمات في كل أقسام كل الورقات، بأي لغة.
submissions-search_results = نتائج البحث
submissions-search_none = لم يُعثر على شيء لـ«{ $query }».
submissions-search_count =
    { $n ->
        [zero] عُثر على { $n } موضع
        [one] عُثر على { $n } موضع
        [two] عُثر على { $n } موضعين
        [few] عُثر على { $n } مواضع
        [many] عُثر على { $n } موضعًا
       *[other] عُثر على { $n } موضع
    }
submissions-hit_where = { $submission } › { $section }
submissions-import = استيراد مسودة…
submissions-import_hint = ملف Word (.docx) أو Markdown: تبدأ العناوين أقسامًا جديدة، وتُحفظ الفقرات المرقمة والحواشي؛ ويُعرض في قائمةٍ ما تعذّر نقله.
submissions-import_cancelled = لم يُختر أي ملف؛ ولم يُستورد شيء.

# The submission form
submissions-form_new_title = ورقة جديدة
submissions-form_edit_title = تفاصيل الورقة
submissions-engagement = المشاركة
submissions-choose_engagement = اختيار مشاركة…
submissions-no_engagements = أنشئوا مشاركة أولًا: فكل ورقة مقدمة تنتمي دائمًا إلى استعراض أو دعوة.
submissions-template = النموذج
submissions-template_sections = أقسام هذا النموذج
submissions-choose_engagement_first = اختاروا المشاركة أولًا: فالنماذج تتوقف على آليتها.
submissions-title_field = العنوان
submissions-title_hint = مثال: «ورقة مشتركة مقدمة من مدينة المثال وأمين المظالم».
submissions-language = اللغة
submissions-co_submitters = الجهات المشاركة في التقديم
submissions-co_submitters_hint = اختاروها في حالة الورقة المشتركة: فهي تُذكر في الصفحات التمهيدية، ويسري الحد الأقصى للكلمات الخاص بالورقات المشتركة.
submissions-no_stakeholders = لم يُسجَّل أي صاحب مصلحة بعد.
submissions-add_co_submitter = إضافة جهة مشاركة في التقديم
submissions-stakeholder_name = اسم الجهة المشاركة في التقديم
submissions-stakeholder_acronym = الاسم المختصر
submissions-stakeholder_kind = النوع
submissions-stakeholder_add = إضافة
submissions-stakeholder_added = أُضيفت «{ $name }» واختيرت.
submissions-may_publish = هل يجوز نشر الورقة؟
submissions-may_publish_hint = تسأل هيئات المعاهدات عمّا إذا كان يجوز لها نشر ما تتلقاه.
submissions-may_publish_yes = نعم
submissions-may_publish_no = لا
submissions-may_publish_undecided = لم يُتخذ قرار بعد
submissions-create = إنشاء الورقة
submissions-stakeholder_kind-city = مدينة أو حكومة محلية
submissions-stakeholder_kind-nhri = مؤسسة وطنية لحقوق الإنسان
submissions-stakeholder_kind-nmirf = آلية وطنية للتنفيذ والإبلاغ والمتابعة
submissions-accreditation = الاعتماد (التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان)
submissions-accreditation_hint = يخصص الاستعراض الدوري الشامل للمؤسسة الحاصلة على المركز «ألف» فرعًا خاصًا بها في موجز المعلومات المقدمة من أصحاب المصلحة.
submissions-accreditation_unknown = غير مذكور
submissions-accreditation-a_status = المركز «ألف» (ممتثلة امتثالًا تامًا لمبادئ باريس)
submissions-accreditation-b_status = المركز «باء» (ممتثلة جزئيًا)
submissions-accreditation-not_accredited = غير معتمدة
submissions-stakeholder_kind-ngo = منظمة غير حكومية
submissions-stakeholder_kind-ministry = وزارة
submissions-stakeholder_kind-academic = جامعة أو مركز بحوث
submissions-stakeholder_kind-regional_organization = منظمة إقليمية
submissions-stakeholder_kind-other = غير ذلك

# The submission screen
drafting-back = جميع الورقات المقدمة
drafting-engagement = المشاركة
drafting-status = الحالة
drafting-status_saved = تغيّرت الحالة إلى «{ $status }».
drafting-template = النموذج
drafting-language = اللغة
drafting-kind = فردية أو مشتركة
drafting-edit_details = تعديل التفاصيل
drafting-delete = حذف الورقة
drafting-delete_question = هل تريدون نقل هذه الورقة، بجميع أقسامها، إلى سلة المحذوفات؟ يمكنكم استعادتها من سلة المحذوفات.
drafting-move_to_bin = نقل إلى سلة المحذوفات
drafting-front_matter = الصفحات التمهيدية
drafting-front_matter_header_block = أسطر الترويسة التي تستهل الورقة (وليست صفحة مستقلة).
drafting-front_matter_cover_page = صفحة الغلاف.
drafting-words = الكلمات: { $words }
drafting-word_count_label = عدد الكلمات
drafting-count_hint_footnotes = يُحتسب كل ما يُرسل، على طريقة برنامج Word في العدّ: العنوان، والصفحات التمهيدية، والعناوين الفرعية، والنص، والحواشي.
drafting-count_hint_no_footnotes = يُحتسب كل ما يُرسل، على طريقة برنامج Word في العدّ، باستثناء الحواشي: إذ تستبعدها القاعدة السارية.
drafting-count_breakdown = الكلمات: { $words } — { $parts }
drafting-count_breakdown_excluded = الكلمات: { $words } — { $parts }؛ غير محتسبة: { $excluded }
drafting-count_breakdown_label = توزيع الكلمات
# One part of the word count: "12 title", "2,420 text" (the number is already formatted).
count_part-title = العنوان { $n }
count_part-front_matter = الصفحات التمهيدية { $n }
count_part-headings = العناوين الفرعية { $n }
count_part-text = النص { $n }
count_part-footnotes = الحواشي { $n }
drafting-saved = تم الحفظ
drafting-not_saved = لم يُحفظ
drafting-saving = جارٍ الحفظ…
drafting-save_failed = نصكم محفوظ على هذه الشاشة وستُعاد محاولة حفظه بعد لحظات. { $message }
drafting-save_damaged = لم يُحفظ: يتعذّر قراءة النص المخزَّن لهذا القسم، لذا لم يُكتب أي شيء فوقه. يبقى نصكم على هذه الشاشة: انسخوه إلى مكان آمن، ثم استعيدوا نسخة معدَّلة سابقة (النسخ المعدَّلة) أو نسخة احتياطية (الإعدادات ← النسخ الاحتياطية). { $message }
drafting-sections = الأقسام
drafting-section_words_label = الكلمات في «{ $title }»
drafting-section_title = عنوان القسم
drafting-owner = المسؤول
drafting-owner_hint = إدارة أو شخص
drafting-section_status = حالة القسم
drafting-section_status-to_draft = للصياغة
drafting-section_status-drafted = صيغ
drafting-section_status-reviewed = رُوجع
drafting-section_status-approved = اعتُمد
drafting-move_up = نقل إلى الأعلى
drafting-move_down = نقل إلى الأسفل
drafting-remove_section = إزالة القسم
drafting-remove_section_question = هل تريدون نقل القسم «{ $title }» إلى سلة المحذوفات؟ يمكنكم استعادته من سلة المحذوفات.
drafting-guidance = إرشادات لهذا القسم
drafting-guidance_hint = نصائح من النموذج. وهي لا تشكل أبدًا جزءًا من النص.
drafting-add_section = إضافة قسم
drafting-new_section_title = عنوان القسم الجديد
drafting-no_sections = لا تحتوي هذه الورقة على أقسام بعد. أضيفوا القسم الأول.
drafting-checks = عمليات التحقق
drafting-checks_none = لم يُعثر على أي مشكلة.
drafting-severity-error = يجب التصحيح
drafting-severity-warning = تحذير
drafting-severity-info = ملاحظة
drafting-go_to_section = الانتقال إلى «{ $title }»
drafting-conflict_title = غُيّر هذا القسم في مكان آخر
drafting-conflict_text = حفظت نافذة أخرى أو نسخة أخرى من CityRights «{ $title }» بعد أن بدأتم تعديله. لم يُحفظ نصكم ولم يُكتب فوق أي شيء.
drafting-conflict_reload = تحميل نصهم
drafting-conflict_keep = الإبقاء على نصي
drafting-conflict_keep_hint = الإبقاء على نصكم يحفظه فوق نصهم؛ ويبقى نصهم في النسخ المعدَّلة.

# Recording what was sent
drafting-mark_submitted = وضع علامة «مقدَّمة»
drafting-mark_title = تسجيل ما أُرسل
drafting-mark_intro = بعد اختيار هذه البيانات، يطلب منكم CityRights الملف الذي أرسلتموه بالضبط، ويحتفظ بنسخة منه مع بصمتها SHA-256، ويقفل تلك الصيغة من النص.
drafting-sent_on = تاريخ الإرسال
drafting-channel = طريقة الإرسال
drafting-channel_hint = مثل نظام التقديم الإلكتروني للاستعراض الدوري الشامل، أو رسالة بالبريد الإلكتروني إلى الأمانة.
drafting-channel_upr = نظام التقديم الإلكتروني للاستعراض الدوري الشامل
drafting-channel_email = رسالة بالبريد الإلكتروني إلى أمانة اللجنة
drafting-channel_sp = رسالة بالبريد الإلكتروني إلى عنوان الولاية الوارد في الدعوة إلى تقديم مساهمات
drafting-choose_file = اختيار الملف المرسل…
drafting-mark_cancelled = لم يُختر أي ملف؛ ولم يُسجَّل شيء.
drafting-sent_title = ما أُرسل
drafting-sent_date = تاريخ الإرسال
drafting-sent_channel = القناة
drafting-sent_file = الملف
drafting-sent_sha = SHA-256
drafting-edited_since_sent = عُدّل النص بعد إرساله. والصيغة المرسلة محفوظة في النسخ المعدَّلة.
drafting-outcome_title = ما ورد من ردود
drafting-acronym = الاسم المختصر الذي أعطته المفوضية السامية لحقوق الإنسان
drafting-acronym_hint = مثل «JS3» لورقة مشتركة، كما في موجز المعلومات المقدمة من أصحاب المصلحة.
drafting-cited = فقرات موجز المفوضية السامية لحقوق الإنسان التي تستشهد بها
drafting-cited_hint = مثال: «12، 40، 43».
drafting-outcome_save = حفظ
drafting-outcome_saved = تم الحفظ.
drafting-read_only_title = مُرسلة: هذه الصيغة للقراءة فقط
drafting-read_only_text = وُضعت على هذه الورقة علامة «مقدَّمة» في { $date } ({ $channel }). ويبقى ما أُرسل على حاله: فلا يمكن تغيير نصه وأقسامه وتفاصيله. ولتغييرها، ابدأوا صيغة جديدة؛ ويُحتفظ بسجل ما أُرسل (التاريخ، والقناة، والملف، وبصمة SHA-256، والصيغة المقفلة من النص).
drafting-read_only_text_no_record = وُضعت على هذه الورقة علامة «مقدَّمة». ويبقى ما أُرسل على حاله: فلا يمكن تغيير نصه وأقسامه وتفاصيله. ولتغييرها، ابدأوا صيغة جديدة.
drafting-start_new_version = بدء صيغة جديدة
drafting-start_new_version_question = هل تريدون بدء صيغة جديدة من هذه الورقة؟ سيصبح بالإمكان تغيير نصها مجددًا بعد ذلك. ويبقى ما أُرسل مسجلًا كما هو: التاريخ، والقناة، والملف مع بصمته SHA-256، والصيغة المقفلة من النص.
drafting-marked = وُضعت علامة «مقدَّمة». أصبح النص الآن للقراءة فقط؛ ولتغييره، ابدأوا صيغة جديدة.
drafting-reopened_note = بُدئت صيغة جديدة في { $date }. والسجل أدناه هو ما أُرسل قبلها، محفوظًا كما كان.
drafting-earlier_sends = ما أُرسل سابقًا
drafting-earlier_send = { $date }، { $channel }: { $file } (SHA-256 { $sha })
drafting-section_read_only = للقراءة فقط: أُرسلت هذه الصيغة.

# The editor
editor-section_text = نص القسم: { $title }
editor-toolbar = تنسيق «{ $title }»
editor-bold = غامق
editor-italic = مائل
editor-link = رابط
editor-block_type = نمط النص
editor-chart_note = رسم بياني مستمد من خطة التنفيذ بحالتها الراهنة: تعرضه ملفات PDF وWord صورةً مع هذه الأرقام.
editor-paragraph = فقرة
editor-heading = عنوان من المستوى { $level }
editor-bullet_list = قائمة نقطية
editor-ordered_list = قائمة مرقمة
editor-quote = اقتباس
editor-table = إدراج جدول
editor-add_row = إضافة صف إلى الجدول
editor-numbered = فقرة مرقمة
editor-add_footnote = إضافة حاشية
editor-add_citation = إضافة إحالة
editor-footnote_button = + حاشية
editor-citation_button = + إحالة
editor-undo = تراجع
editor-redo = إعادة
editor-shortcut = { $name } ({ $keys })
editor-footnotes = حواشي «{ $title }»
editor-footnote_edit = تعديل الحاشية { $n }
editor-footnote_delete = حذف الحاشية { $n }
editor-footnote_empty = (حاشية فارغة)
editor-footnote_title_new = إضافة حاشية
editor-footnote_title_edit = تعديل الحاشية { $n }
editor-footnote_text = نص الحاشية
editor-footnote_save = حفظ الحاشية
editor-footnote_keys = مفتاح Enter يحفظ الحاشية؛ وShift+Enter يبدأ سطرًا جديدًا.
editor-citation_title_new = إضافة إحالة
editor-citation_title_edit = تعديل الإحالة
editor-citation_symbol = رمز الوثيقة
editor-citation_symbol_hint = مثل A/HRC/59/15 (تقرير للاستعراض الدوري الشامل) أو E/C.12/AUT/CO/4 (ملاحظات ختامية).
editor-citation_paragraph = الفقرة أو التوصية
editor-citation_paragraph_hint = مثل 140.7. اتركوه فارغًا للإحالة إلى الوثيقة بأكملها.
editor-citation_save = حفظ الإحالة
editor-citation_delete = حذف الإحالة
editor-citation_needs_symbol = اكتبوا رمز الوثيقة، مثل A/HRC/59/15.
editor-citation_placement_hint = تُدرج الإحالة في الجملة عند موضع المؤشر وفق ما هو محدد في الإعدادات ← الإحالات: بين قوسين قبل النقطة، أو في حاشية.
citations-title = الإحالات
citations-legend = طريقة كتابة الإحالة الجديدة
citations-hint = تنطبق على الإحالات التي تضاف من الآن فصاعدًا بواسطة «+ إحالة»؛ أما الإحالات الموجودة في النص فتبقى كما هي.
citations-example = مثال:
citations-saved = تم الحفظ. ستُكتب الإحالات المضافة من الآن فصاعدًا بهذه الطريقة.
citation_style-parenthetical = بين قوسين، قبل النقطة في نهاية الجملة
citation_style-footnote = في حاشية، بعد النقطة في نهاية الجملة
editor-link_title = رابط
editor-link_href = عنوان الرابط
editor-link_hint = عناوين الويب (http://، https://) أو البريد الإلكتروني (mailto:) فقط.
editor-link_apply = تطبيق الرابط
editor-link_remove = إزالة الرابط
editor-link_refused = لا يمكن الإبقاء على هذا الرابط: لا يُسمح إلا بعناوين الويب (http وhttps) والبريد الإلكتروني (mailto).
editor-link_needs_text = حدّدوا أولًا الكلمات المراد ربطها.

# Revisions
revisions-open = النسخ المعدَّلة
revisions-title = النسخ المعدَّلة
revisions-intro = لقطات للورقة بأكملها: تُلتقط أثناء الكتابة (لقطة واحدة كل 10 دقائق على الأكثر)، وقبل كل استعادة، وعند إرسال صيغة ما. أعطوا اسمًا لإحداها للعثور عليها لاحقًا — سواء النص الحالي أو أي نسخة معدَّلة أدناه.
revisions-rename = إعادة التسمية
revisions-give_name = تسميتها
revisions-rename_label = اسم النسخة المعدَّلة المؤرخة { $when }
revisions-rename_save = حفظ الاسم
revisions-renamed = أُعيدت التسمية إلى «{ $name }».
revisions-name_label = تسمية النص الحالي
revisions-name_hint = مثال: «أُرسلت للمراجعة القانونية».
revisions-name_save = حفظ هذه الصيغة
revisions-named = حُفظت باسم «{ $name }».
revisions-none = لا توجد نسخ معدَّلة بعد: ستظهر أثناء الكتابة.
revisions-col_when = التاريخ
revisions-col_kind = النوع
revisions-col_name = الاسم
revisions-col_words = الكلمات
revisions-col_actions = الإجراءات
revisions-kind-auto = تلقائية
revisions-kind-named = مسمّاة
revisions-kind-before_restore = قبل الاستعادة
revisions-kind-sent = مُرسلة
revisions-kind-contribution = إسهام مقبول
revisions-view = عرض
revisions-restore = استعادة
revisions-restore_question = هل تريدون استعادة النص المؤرخ { $when }؟ سيُحفظ النص الحالي أولًا نسخةً معدَّلة، ولذا يمكن التراجع عن ذلك.
revisions-restored = استُعيد النص المؤرخ { $when }.
revisions-compare_title = مقارنة صيغتين
revisions-compare_from = الصيغة الأقدم
revisions-compare_to = الصيغة الأحدث
revisions-current = النص الحالي
revisions-compare = مقارنة
revisions-viewing = النص المؤرخ { $when }
revisions-close_view = إغلاق
revisions-inserted = أُضيف:
revisions-deleted = حُذف:
revisions-change-same = دون تغيير
revisions-change-changed = تغيّر
revisions-change-added = أُضيف
revisions-change-removed = حُذف
revisions-legend = الكلمات المضافة مسطَّرة، والكلمات المحذوفة مشطوبة.
revisions-no_difference = الصيغتان متطابقتان.
revisions-option = { $when } — { $kind }{ $name }

# Recommendations (issue 6)
recommendations-title = التوصيات
recommendations-import_button = استيراد…
recommendations-add = إضافة توصية
recommendations-add_title = إضافة توصية
recommendations-export_csv = تصدير مصفوفة المتابعة (CSV)…
recommendations-exported = كُتبت { $n ->
        [zero] { $n } توصية
        [one] { $n } توصية
        [two] { $n } توصيتان
        [few] { $n } توصيات
        [many] { $n } توصيةً
       *[other] { $n } توصية
    } في { $path }.
recommendations-export_pdf = تصدير مصفوفة المتابعة (PDF)…
recommendations-exported_pdf = كُتبت التوصيات في { $path } (عدد التوصيات: { $n }؛ عدد الصفحات: { $pages }).
recommendations-empty_title = لا توجد توصيات بعد
recommendations-empty_p1 = استوردوا التوصيات التي وجّهتها الأمم المتحدة إلى دولتكم: نص تقرير الفريق العامل المعني بالاستعراض الدوري الشامل (منسوخًا من ملف PDF)، أو القائمة المواضيعية للتوصيات الصادرة عن المفوضية السامية لحقوق الإنسان (Word)، أو ملف مصدَّر من الفهرس العالمي لحقوق الإنسان (JSON)، أو ملف CSV.
recommendations-empty_p2 = ثم حدّدوا التوصيات التي تخص المدينة، وبيّنوا الجهة المسؤولة عنها، وتابعوا ما أُنجز. اضغطوا «استيراد…» للبدء.
recommendations-overview = نظرة عامة
recommendations-overview_total = { $n ->
        [zero] { $n } توصية
        [one] { $n } توصية
        [two] { $n } توصيتان
        [few] { $n } توصيات
        [many] { $n } توصيةً
       *[other] { $n } توصية
    }؛ منها { $within } تقع ضمن اختصاص المدينة (الحصري أو المشترك).
recommendations-new_since_last = أضاف آخر استيراد { $n ->
        [zero] { $n } توصية جديدة
        [one] { $n } توصية جديدة
        [two] { $n } توصيتين جديدتين
        [few] { $n } توصيات جديدة
        [many] { $n } توصيةً جديدةً
       *[other] { $n } توصية جديدة
    }.
recommendations-chart_row = { $theme }: { $n ->
        [zero] { $n } توصية — عرضها
        [one] { $n } توصية — عرضها
        [two] { $n } توصيتان — عرضهما
        [few] { $n } توصيات — عرضها
        [many] { $n } توصيةً — عرضها
       *[other] { $n } توصية — عرضها
    }
recommendations-nothing_new = لم يُضف آخر استيراد أي جديد: فكل ما فيه كان موجودًا هنا بالفعل، دون تغيير.
recommendations-nothing_new_updated = لم يُضف آخر استيراد أي توصية جديدة، وحدّث { $n ->
        [zero] { $n } توصية موجودة هنا
        [one] { $n } توصية موجودة هنا
        [two] { $n } توصيتين موجودتين هنا
        [few] { $n } توصيات موجودة هنا
        [many] { $n } توصيةً موجودةً هنا
       *[other] { $n } توصية موجودة هنا
    }.
recommendations-export_follows_filter = تتضمن ملفات التصدير ما تعرضه عوامل التصفية الحالية: { $n } من أصل { $total } من التوصيات. امسحوا عوامل التصفية لتصديرها كلها.
recommendations-exported_filtered = كُتب ما تعرضه عوامل التصفية الحالية ({ $n } من أصل { $total } من التوصيات) في { $path }.
recommendations-show_new = عرضها
recommendations-chart_title = الحالة المحلية حسب الموضوع
recommendations-no_theme = دون موضوع
recommendations-filters = البحث عن توصيات
recommendations-search = بحث
recommendations-search_hint = كلمات من النص، أو اسم دولة، أو رمز، أو رقم فقرة (مثل: السكن الروما، البرتغال، 140.7).
recommendations-search_placeholder = مثل: السكن الروما، البرتغال، 140.7
recommendations-all = الكل
recommendations-filter_symbol = الوثيقة
recommendations-filter_mechanism = الآلية
recommendations-filter_cycle = الجولة
recommendations-filter_theme = الموضوع
recommendations-filter_sdg = هدف التنمية المستدامة
recommendations-sdg_n = هدف التنمية المستدامة { $n }
recommendations-filter_response = الرد
recommendations-filter_competence = الاختصاص
recommendations-filter_department = الإدارة
recommendations-filter_status = الحالة المحلية
recommendations-filter_tag = الوسم
recommendations-filter_new = جديدة منذ آخر استيراد
recommendations-more_filters = مزيد من عوامل التصفية
recommendations-more_filters_set = مزيد من عوامل التصفية (المحدد منها: { $n })
recommendations-fewer_filters = عوامل تصفية أقل
recommendations-count = عرض { $n } من أصل { $total }
recommendations-clear_filters = عرض الكل
recommendations-no_match = لا توجد توصية تطابق عوامل التصفية هذه.
recommendations-show_more = عرض المزيد ({ $n })
recommendations-bulk = تغيير التوصيات المحددة
recommendations-selected = المحدد: { $n }
recommendations-bulk_tag = الوسم المراد إضافته أو إزالته
recommendations-bulk_status = الحالة المراد تعيينها
recommendations-bulk_competence = الاختصاص المراد تعيينه
recommendations-bulk_department = الإدارة المراد تعيينها
recommendations-add_tag = إضافة الوسم
recommendations-remove_tag = إزالة الوسم
recommendations-set_status = تعيين الحالة
recommendations-set_competence = تعيين الاختصاص
recommendations-set_department = تعيين الإدارة
recommendations-bulk_tagged = أُضيف الوسم إلى { $n ->
        [zero] { $n } توصية
        [one] { $n } توصية
        [two] { $n } توصيتين
        [few] { $n } توصيات
        [many] { $n } توصيةً
       *[other] { $n } توصية
    }.
recommendations-bulk_untagged = أُزيل الوسم من { $n ->
        [zero] { $n } توصية
        [one] { $n } توصية
        [two] { $n } توصيتين
        [few] { $n } توصيات
        [many] { $n } توصيةً
       *[other] { $n } توصية
    }.
recommendations-bulk_changed = { $n ->
        [zero] { $n } توصية معدَّلة
        [one] { $n } توصية معدَّلة
        [two] { $n } توصيتان معدَّلتان
        [few] { $n } توصيات معدَّلة
        [many] { $n } توصيةً معدَّلةً
       *[other] { $n } توصية معدَّلة
    }.
recommendations-clear_selection = إلغاء التحديد
recommendations-bulk_replace-set_department = لدى { $replaced } من التوصيات المحددة البالغ عددها { $selected } إدارةٌ بالفعل؛ هل تريدون استبدالها؟
recommendations-bulk_replace-set_competence = لدى { $replaced } من التوصيات المحددة البالغ عددها { $selected } اختصاصٌ محدد بالفعل؛ هل تريدون استبداله؟
recommendations-bulk_replace-set_local_status = لدى { $replaced } من التوصيات المحددة البالغ عددها { $selected } حالةٌ بالفعل؛ هل تريدون استبدالها؟
recommendations-bulk_replace_one-set_department = لدى توصية واحدة من التوصيات المحددة البالغ عددها { $selected } إدارةٌ بالفعل؛ هل تريدون استبدالها؟
recommendations-bulk_replace_one-set_competence = لدى توصية واحدة من التوصيات المحددة البالغ عددها { $selected } اختصاصٌ محدد بالفعل؛ هل تريدون استبداله؟
recommendations-bulk_replace_one-set_local_status = لدى توصية واحدة من التوصيات المحددة البالغ عددها { $selected } حالةٌ بالفعل؛ هل تريدون استبدالها؟
recommendations-bulk_replace_all = استبدال
recommendations-bulk_keep = الإبقاء على قيمها، وتغيير التوصيات الأخرى ({ $n })
recommendations-select_all = تحديد كل المعروض
recommendations-select_one = تحديد { $ref }
recommendations-open = فتح { $ref }
recommendations-no_paragraph = (دون رقم)
recommendations-col_reference = الفقرة
recommendations-col_text = التوصية
recommendations-col_response = الرد
recommendations-col_competence = الاختصاص
recommendations-col_department = الإدارة
recommendations-col_status = الحالة المحلية
recommendations-col_theme = المواضيع
recommendations-new = جديدة
recommendations-detail_title = التوصية
recommendations-recommended_by = الدول المقدِّمة للتوصية
recommendations-cycle = الجولة والدورة
recommendations-kind = النوع
recommendations-groups = فئات الأشخاص
recommendations-sdgs = أهداف التنمية المستدامة
recommendations-published = تاريخ النشر
recommendations-source = مستوردة من
recommendations-city_follow_up = متابعة المدينة
recommendations-save_follow_up = حفظ المتابعة
recommendations-detail_competence = الاختصاص البلدي
recommendations-detail_department = الإدارة المسؤولة
recommendations-department_none = لا توجد
recommendations-department_other = إدارة أخرى (اكتبوا اسمها)
recommendations-department_new = اسم الإدارة الجديدة
recommendations-department_new_hint = تُضاف إلى قائمة إدارات المدينة (الإعدادات ← الإدارات).
recommendations-detail_status = الحالة في المدينة
recommendations-tags = الوسوم
recommendations-tags_hint = كلمات من اختياركم لتجميع التوصيات، مفصولة بفواصل (مثل: السكن، المجلس 2027).
recommendations-save_tags = حفظ الوسوم
recommendations-evidence = ما أنجزته المدينة
recommendations-no_evidence = لم يُسجَّل أي دليل بعد.
recommendations-evidence_date = التاريخ
recommendations-evidence_note = ما أُنجز
recommendations-add_evidence = إضافة دليل
recommendations-remove_evidence = إزالة الدليل المؤرخ { $date }
recommendations-keep_evidence = الإبقاء على الدليل المؤرخ { $date }
recommendations-evidence_removed = سيُزال عند الحفظ
recommendations-evidence_new_hint = سيُضاف إلى القائمة عند الحفظ.
recommendations-unsaved_question = في متابعة { $ref } تغييرات لم تحفظوها. هل تريدون حفظها قبل الإغلاق؟
recommendations-cited_in = مُستشهد بها في
recommendations-not_cited = لم يُستشهد بها في أي مسودة بعد.
recommendations-delete = نقل إلى سلة المحذوفات
recommendations-delete_question = هل تريدون نقل { $ref } إلى سلة المحذوفات، مع متابعة المدينة (الاختصاص، والإدارة، والحالة، والوسوم، والأدلة)؟ يمكنكم استعادتها كاملة من سلة المحذوفات.
recommendations-delete_unsaved = ستضيع التغييرات التي لم تحفظوها عليها.
recommendations-paragraph = الفقرة
recommendations-list_hint = يمكن إدخال أكثر من قيمة، مفصولة بفواصل منقوطة.
recommendations-mechanism_hint = UPR (الاستعراض الدوري الشامل)، أو هيئة معاهدات (CESCR، CRC…)، أو SP (الإجراءات الخاصة).
recommendations-import_title = استيراد التوصيات
recommendations-import_kind = ما يُراد استيراده
recommendations-report_text = نص التقرير
recommendations-report_text_hint = الصقوا الفرع الثاني «الاستنتاجات و/أو التوصيات» (أو التقرير بأكمله) كما نُسخ من ملف PDF؛ ولا بأس بترويسات الصفحات والأسطر المقطوعة.
recommendations-file = الملف
recommendations-choose_file = اختيار ملف…
recommendations-choose_text_file = أو اختيار ملف نصي…
recommendations-no_file = لم يُختر أي ملف
recommendations-country = رمز البلد (ISO 3166-1 alpha-3)
recommendations-country_hint = لا يُحتفظ إلا بالتوصيات الموجهة إلى هذه الدولة، مثل SVN لسلوفينيا.
recommendations-symbol = رمز الوثيقة
recommendations-symbol_optional = رمز الوثيقة (اختياري)
recommendations-symbol_hint_report = رمز التقرير، مثل A/HRC/59/15: يُستشهد بالتوصيات بالإحالة إليه.
recommendations-symbol_hint_other = لا يلزم إلا إذا لم يذكر الملف التقرير الذي تنتمي إليه صفوفه.
recommendations-mapping_title = محتوى كل عمود ({ $n ->
        [zero] { $n } صف
        [one] { $n } صف
        [two] { $n } صفان
        [few] { $n } صفوف
        [many] { $n } صفًا
       *[other] { $n } صف
    })
recommendations-no_column = — لا شيء —
recommendations-column_n = العمود { $n }
recommendations-preview_caption = الصفوف الأولى من الملف
recommendations-import = استيراد
recommendations-importing = جارٍ الاستيراد…
recommendations-importing_percent = جارٍ الاستيراد… { $percent }٪
recommendations-cancel_import = إلغاء الاستيراد
recommendations-import_done = المستورد: { $imported }، المحدَّث: { $updated }، دون تغيير: { $unchanged }، المتخطى: { $skipped }.
recommendations-close = إغلاق
recommendations-picker_label = البحث عن توصية
recommendations-picker_hint = اكتبوا كلمات من نصها، أو اسم دولة، أو رقم فقرة؛ واختاروا توصية للإحالة إليها.
recommendations-picker_none = لم يُعثر على شيء لـ«{ $query }».
recommendations-picker_or_type = أو أحيلوا إلى وثيقة أخرى برمزها:
recommendations-import_kind-report = تقرير الفريق العامل المعني بالاستعراض الدوري الشامل (نص)
recommendations-import_kind-thematic_list = القائمة المواضيعية للتوصيات الصادرة عن المفوضية السامية لحقوق الإنسان (Word)
recommendations-import_kind-uhri = ملف مصدَّر من الفهرس العالمي لحقوق الإنسان (JSON)
recommendations-import_kind-csv = ملف CSV
recommendations-import_kind_hint-report = توصية واحدة لكل رقم (140.1، 140.2…)، مع الدول المقدِّمة لها.
recommendations-import_kind_hint-thematic_list = تضيف إلى كل توصية رد الدولة (تحظى بالتأييد، أُحيط بها علمًا)، ومواضيعها وأهداف التنمية المستدامة المتصلة بها؛ وتُحدِّث التوصيات المستوردة سابقًا من التقرير.
recommendations-import_kind_hint-uhri = ملف التصدير الكامل من الموقع uhri.ohchr.org (نحو 360 ميغابايت)؛ يُقرأ تدفقيًا مع الاحتفاظ بدولة واحدة. واستيراد ملف تصدير أحدث يُحدِّث الموجود.
recommendations-import_kind_hint-csv = جدول بيانات محفوظ بصيغة CSV؛ وتحددون أنتم محتوى كل عمود.
recommendations-csv_field-text = النص
recommendations-csv_field-symbol = رمز الوثيقة
recommendations-csv_field-paragraph = الفقرة
recommendations-csv_field-recommending_states = الدول المقدِّمة للتوصية
recommendations-csv_field-response = الرد
recommendations-csv_field-themes = المواضيع
recommendations-csv_field-sdgs = أهداف التنمية المستدامة
recommendations-csv_field-mechanism = الآلية
recommendations-csv_field-cycle = الجولة
recommendations-response-supported = تحظى بالتأييد
recommendations-response-partially_supported = تحظى بالتأييد جزئيًا
recommendations-response-noted = أُحيط بها علمًا
recommendations-response-pending = معلّقة
recommendations-competence-exclusive = حصري
recommendations-competence-shared = مشترك
recommendations-competence-none = لا يوجد
recommendations-competence-unknown = غير معروف
recommendations-local_status-not_started = لم يبدأ التنفيذ
recommendations-local_status-in_progress = قيد التنفيذ
recommendations-local_status-implemented = نُفّذت
recommendations-local_status-not_applicable = لا تنطبق
recommendations-source-uhri = ملف مصدَّر من الفهرس العالمي لحقوق الإنسان
recommendations-source-report = تقرير للفريق العامل
recommendations-source-thematic_list = قائمة مواضيعية
recommendations-source-csv = ملف CSV
recommendations-source-manual = أُدخلت يدويًا

# Enumerations from the core
stage-upcoming = قادمة
stage-drafting = قيد الصياغة
stage-submitted = مقدَّمة
stage-under_review = قيد الاستعراض
stage-outcome_adopted = اعتُمدت النتائج
stage-follow_up = المتابعة

kind-window_opens = بدء فترة تقديم الورقات
kind-window_closes = انتهاء فترة تقديم الورقات
kind-pre_session = الفريق العامل لما قبل الدورة
kind-session = الدورة
kind-outcome_adoption = اعتماد النتائج
kind-follow_up_due = موعد المتابعة
kind-internal = معلم زمني داخلي
kind-state_report = تقرير الدولة (خطوة من خطوات الدولة)

submission_status-planned = مخطط لها
submission_status-drafting = قيد الصياغة
submission_status-internal_review = قيد المراجعة الداخلية
submission_status-approved = معتمدة
submission_status-submitted = مقدَّمة
submission_status-acknowledged = أُكِّد استلامها

# Word export and import (issue 7)
export-word = تصدير بصيغة Word…
export-word_busy = جارٍ التصدير…
export-word_hint = مستند Word (.docx) يتضمن الصفحات التمهيدية والفقرات المرقمة والحواشي، كما في ملف PDF.
export-word_asked = تطلب هذه الآلية ملفات Word: صدّروا ملف .docx لإرساله.
export-word_saved = حُفظ باسم { $path }.
export-cancelled = لم يُختر أي ملف؛ ولم يُصدَّر شيء.
export-must_fix_question = يجب تصحيح هذه المسائل قبل إرسال الورقة. هل تريدون التصدير مع ذلك؟
export-must_fix_list = يجب التصحيح
export-anyway = التصدير مع ذلك
export-not_exported = لم يُصدَّر شيء. وتبيّن عمليات التحقق بجانب النص ما يجب تصحيحه.
# PDF export and preview (issue 4)
export-region = التصدير والاستيراد
export-pdf = تصدير بصيغة PDF…
export-pdf_busy = جارٍ تصدير ملف PDF…
export-pdf_hint = ملف PDF المعدّ للإرسال: الصفحات التمهيدية، والفقرات المرقمة، والحواشي أسفل كل صفحة.
export-pdf_asked = تطلب هذه الآلية ملفات PDF: صدّروا ملف PDF لإرساله.
export-pdf_saved =
    { $pages ->
        [zero] حُفظ باسم { $path } ({ $pages } صفحة).
        [one] حُفظ باسم { $path } ({ $pages } صفحة).
        [two] حُفظ باسم { $path } ({ $pages } صفحتان).
        [few] حُفظ باسم { $path } ({ $pages } صفحات).
        [many] حُفظ باسم { $path } ({ $pages } صفحةً).
       *[other] حُفظ باسم { $path } ({ $pages } صفحة).
    }
export-preview = معاينة ملف PDF
export-preview_title = معاينة ملف PDF
export-preview_loading = جارٍ تنسيق صفحات ملف PDF…
export-preview_pages =
    { $pages ->
        [zero] { $pages } صفحة، تمامًا كما يكتبها «تصدير بصيغة PDF…».
        [one] { $pages } صفحة، تمامًا كما يكتبها «تصدير بصيغة PDF…».
        [two] { $pages } صفحتان، تمامًا كما يكتبهما «تصدير بصيغة PDF…».
        [few] { $pages } صفحات، تمامًا كما يكتبها «تصدير بصيغة PDF…».
        [many] { $pages } صفحةً، تمامًا كما يكتبها «تصدير بصيغة PDF…».
       *[other] { $pages } صفحة، تمامًا كما يكتبها «تصدير بصيغة PDF…».
    }
export-preview_pages_region = صفحات ملف PDF
export-preview_page = الصفحة { $n } من { $total }
export-preview_unreadable = تعذّر على المعاينة عرض ملف PDF ({ $detail }). ولا يزال «تصدير بصيغة PDF…» يكتب الملف.
export-preview_close = إغلاق
word_import-section = استيراد مستند من إحدى الإدارات…
word_import-section_hint = يصبح ملف Word (.docx) أو Markdown قسمًا جديدًا واحدًا في نهاية هذه الورقة.
word_import-section_added = أُضيف المستند بوصفه القسم «{ $title }».
word_import-cancelled = لم يُختر أي ملف؛ ولم يُستورد شيء.
word_import-notices_title = ما غيّره الاستيراد أو أغفله
word_import-open_submission = فتح الورقة الجديدة
# Consultations on the engagement screen (issue 8, personal data)
consultations-title = المشاورات
consultations-hint = الجهات التي استشارتها المدينة في إطار هذه المشاركة: قسم «المنهجية والمشاورات» في الورقة المقدمة.
consultations-add = إضافة مشاورة
consultations-none = لم تُسجَّل أي مشاورات بعد. أضيفوا الاجتماعات والاستبيانات والمساهمات المكتوبة التي استندت إليها الورقة.
consultations-col_date = التاريخ
consultations-col_topic = الموضوع
consultations-col_format = الشكل
consultations-col_participants = المشاركون
consultations-col_actions = الإجراءات
consultations-kept_until = البيانات الشخصية محفوظة حتى { $date }
consultations-removed = أُزيلت البيانات الشخصية
consultations-count =
    { $n ->
        [zero] { $n } مشارك
        [one] { $n } مشارك
        [two] { $n } مشاركان
        [few] { $n } مشاركين
        [many] { $n } مشاركًا
       *[other] { $n } مشارك
    }
consultations-add_title = إضافة مشاورة
consultations-edit_title = تعديل المشاورة
consultations-saved = حُفظت المشاورة.
consultations-deleted = حُذفت المشاورة.
consultations-delete_question = هل تريدون حذف المشاورة «{ $topic }» وقائمة المشاركين فيها؟ لا يمكن التراجع عن ذلك (وتظل محفوظة في النسخ الاحتياطية التي أُنشئت قبل ذلك).
consultations-delete_confirm = حذف نهائي
consultation_form-date = التاريخ
consultation_form-topic = الموضوع
consultation_form-format = الشكل
consultation_form-choose_format = اختيار طريقة عقدها…
consultation_form-submission = للورقة المقدمة
consultation_form-no_submission = لا ورقة بعينها
consultation_form-notes = ملاحظات
consultation_form-participants = المشاركون
consultation_form-participants_hint = بيانات الأشخاص بيانات شخصية: يُحتفظ بها طوال فترة الاحتفاظ المحددة في الإعدادات، ثم يُعرض أصحابها بوصفهم «المشارك 1»، «المشارك 2»… وسجّلوا المجموعات الكبيرة (كالمجيبين عن استبيان) عددًا في الملاحظات.
consultation_form-participant = المشارك { $n }
consultation_form-name = الاسم
consultation_form-organisation = المنظمة
consultation_form-organisation_hint = اختاروا أحد أصحاب المصلحة المسجلين لديكم لربطه، أو اكتبوا اسم أي منظمة.
consultation_form-role = الصفة
consultation_form-email = البريد الإلكتروني
consultation_form-phone = الهاتف
consultation_form-consent = وافق على ذكر اسمه في الورقة
consultation_form-person_notes = ملاحظات عن هذا الشخص
consultation_form-of_participant = { " " }للمشارك { $n }
consultation_form-anonymised = أُزيلت البيانات الشخصية؛ وبقيت المنظمة.
consultation_form-add_participant = إضافة مشارك
consultation_form-remove_participant = إزالة المشارك { $n }
consultation_format-meeting = اجتماع
consultation_format-workshop = حلقة عمل
consultation_format-survey = استبيان
consultation_format-written_input = مساهمة مكتوبة
consultation_format-interview = مقابلة
consultation_format-public_hearing = جلسة استماع عامة
consultation_format-other = غير ذلك
# Settings → Personal data
personal-title = البيانات الشخصية
personal-intro = تذكر سجلات المشاورات أسماء أشخاص. ويُحتفظ بأسمائهم وصفاتهم وعناوين بريدهم الإلكتروني وأرقام هواتفهم والملاحظات المتعلقة بهم طوال الفترة المحددة أدناه بعد تاريخ المشاورة. وبعد ذلك يصبح كل شخص «المشارك 1»، «المشارك 2»…: وتبقى المشاورة، بتاريخها وموضوعها والمنظمات المشاركة فيها وعدد المشاركين.
personal-months = مدة الاحتفاظ بالبيانات الشخصية (بالأشهر)
personal-months_hint = 24 شهرًا تعادل سنتين. الحفظ وحده لا يزيل شيئًا: إذ تجري الإزالة في كل مرة يبدأ فيها تشغيل التطبيق، وعند استخدام الزر أدناه.
personal-months_save = حفظ المدة
personal-months_saved = تم الحفظ: يُحتفظ بالبيانات الشخصية لمدة { $months ->
        [zero] { $months } شهر
        [one] { $months } شهر
        [two] { $months } شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } بعد كل مشاورة.
personal-expired_none = لا توجد حاليًا بيانات شخصية لأي شخص تجاوزت هذه المدة.
personal-expired =
    { $n ->
        [zero] تجاوزت البيانات الشخصية لـ{ $n } مشارك هذه المدة (المشاورات المعقودة في { $date } أو قبله).
        [one] تجاوزت البيانات الشخصية لـ{ $n } مشارك هذه المدة (المشاورات المعقودة في { $date } أو قبله).
        [two] تجاوزت البيانات الشخصية لـ{ $n } مشاركَين هذه المدة (المشاورات المعقودة في { $date } أو قبله).
        [few] تجاوزت البيانات الشخصية لـ{ $n } مشاركين هذه المدة (المشاورات المعقودة في { $date } أو قبله).
        [many] تجاوزت البيانات الشخصية لـ{ $n } مشاركًا هذه المدة (المشاورات المعقودة في { $date } أو قبله).
       *[other] تجاوزت البيانات الشخصية لـ{ $n } مشارك هذه المدة (المشاورات المعقودة في { $date } أو قبله).
    }
personal-purge = إزالة البيانات الشخصية المنتهية مدتها
personal-purged = أُزيلت البيانات الشخصية (عدد المشاركين: { $n }؛ عدد المشاورات: { $c }).
personal-purged_none = لم يتجاوز أي شيء فترة الاحتفاظ؛ ولم يُغيَّر شيء.
personal-startup = عند بدء تشغيل التطبيق، أُزيلت البيانات الشخصية التي تجاوزت فترة الاحتفاظ (عدد المشاركين: { $n }؛ عدد المشاورات: { $c }).
personal-backups_note = تظل النسخ الاحتياطية التي أُنشئت قبل الإزالة أو المحو تتضمن البيانات القديمة إلى أن تُحذف دوريًا (بعد 8 أسابيع على الأكثر)، وكذلك أي ملف مساحة عمل صُدِّر من قبل.
personal-find_title = البحث عن شخص ومحو بياناته
personal-find_hint = يبحث عن شخص بالاسم أو البريد الإلكتروني في المشاورات، وبيانات الاتصال بأصحاب المصلحة والملاحظات المتعلقة بهم، وجهة الاتصال في المدينة، والمسؤولين عن الأقسام، والإدارات.
personal-query = الاسم أو البريد الإلكتروني
personal-find = بحث
personal-found_none = لم يُعثر على أي شخص لـ«{ $query }».
personal-appears = يظهر في:
personal-by_hand = لا يُغيَّر تلقائيًا: عدّلوا النص، أو ضعوا علامة في المربع أدناه عند المحو
personal-erase = محو بيانات { $name }…
personal-erase_question = هل تريدون محو بيانات { $name } في كل مكان؟ سيصبح الشخص «المشارك n» في كل مشاورة؛ ويُحذف اسمه وبريده الإلكتروني من المواضع أدناه. لا يمكن التراجع عن ذلك.
personal-erase_confirm = المحو في كل مكان
personal-erased = تم المحو: إخفاء هوية المشاركين (العدد: { $p }) في المشاورات (العدد: { $c })، ومسح حقول أخرى (العدد: { $o }).
personal-erased_drafts = لا يزال مذكورًا في مسودات (عدّلوها يدويًا): { $places }.
personal-in_text = استبدال الاسم والبريد الإلكتروني أيضًا في المسودات وسجلها
personal-in_text_hint = يصبح كل ذكر في نصوص الأقسام والحواشي والجداول، وفي صيغها السابقة، «[حُذف الاسم]» أو «[حُذف البريد الإلكتروني]». ويجب بعد ذلك إعادة تحميل أي قسم مفتوح في محرر. أما الملف المسجَّل على أنه أُرسل إلى الأمم المتحدة فيبقى كما كان: فهو سجل ما أُرسل.
personal-erased_text = في النص: عُدّلت أقسام (العدد: { $s }) وصيغ سابقة (العدد: { $r }).

# The Library: what the UN has said about local government (entries come from the core)
nav-library = المكتبة
library-title = المكتبة
library-intro = ما قالته الأمم المتحدة عن الحكم المحلي وحقوق الإنسان: قرارات مجلس حقوق الإنسان، والتقارير المعدّة له، وأدلة بشأن الإبلاغ الوطني والاستعراضات المحلية. ويبيّن كل مدخل سبب أهميته للمدينة. وفي الورقة المقدمة، أحيلوا إلى الوثيقة نفسها، برمزها.
library-filter = البحث في المكتبة
library-filter_hint = جزء من رمز أو عنوان أو ملخص، مثل «30/49» أو «السكن».
library-order = الترتيب
library-order_kind = حسب النوع، الأقدم أولًا
library-order_newest = الأحدث أولًا
library-count = عرض { $shown } من أصل { $total } من المداخل.
library-none_match = لا يوجد مدخل يطابق «{ $query }». جرّبوا كلمات أقل أو مختلفة.
library-empty = لا تحتوي المكتبة على أي مدخل.
library-kind_heading-resolution = قرارات مجلس حقوق الإنسان
library-kind_heading-report = التقارير
library-kind_heading-guide = الأدلة
library_kind-resolution = قرار
library_kind-report = تقرير
library_kind-guide = دليل
library-no_symbol = لا يوجد رمز للأمم المتحدة
library-date_unknown = التاريخ غير معروف
library-why = سبب أهميته للمدينة:
library-not_verified = لم يُتحقَّق منه
library-not_verified_hint = تحققوا منه قبل الإحالة إليه:
library-open = فتح الوثيقة
library-open_label = فتح الوثيقة: { $name }
library-address = العنوان: { $url }
library-no_address = لا يُعرف أي عنوان: ابحثوا عن الوثيقة بعنوانها.
library-checked = تم التحقق منه مقارنةً بـ{ $source }، في { $date }.
library-symbol_title = { $symbol } — { $title }
library-see_in = انظر في المكتبة:
# The implementation plan (#15): actions, indicators, measurements.
nav-plan = الخطة
plan-title = خطة التنفيذ
plan-intro = ما تفعله المدينة بشأن التوصيات التي تلقتها، وكيف تقيس التقدم المحرز.
plan-new_action = إجراء جديد
plan-edit_action = تعديل الإجراء
plan-empty_title = لا توجد إجراءات بعد
plan-empty = استوردوا التوصيات، ثم أضيفوا الإجراءات التي تتخذها المدينة بشأنها.
plan-go_to_recommendations = الانتقال إلى التوصيات
plan-group_by = التجميع حسب
plan-by_department = الإدارة الرائدة
plan-by_status = الحالة
plan-no_department = لا توجد إدارة رائدة
plan-status = الحالة
plan-status-planned = مخطط له
plan-status-in_progress = قيد التنفيذ
plan-status-done = أُنجز
plan-status-delayed = متأخر
plan-status-dropped = أُلغي
plan-action_title = العنوان
plan-description = الوصف
plan-department = الإدارة الرائدة
plan-partners = الشركاء
plan-start = البدء
plan-due = الاستحقاق
plan-budget_line = بند الميزانية
plan-sdg_targets = غايات أهداف التنمية المستدامة
plan-sdg_targets_hint = أرقام الغايات، مثل 11.1، مفصولة بفواصل منقوطة.
plan-recommendations_addressed = التوصيات التي يتناولها
plan-chosen = المختار: { $n }
plan-find_recommendation = البحث عن توصية
plan-find_recommendation_hint = كلمات من نصها، أو رمز، أو اسم دولة؛ وضعوا علامة على كل توصية يتناولها الإجراء.
plan-no_recommendation_found = لا توجد توصية مستوردة تطابق «{ $query }».
plan-no_recommendations = لم تُستورد أي توصيات بعد: استوردوها أولًا من شاشة التوصيات.
plan-more_recommendations = عرض أول { $shown } من أصل { $total }: ابحثوا للعثور على البقية.
plan-addresses = يتناول
plan-indicators = المؤشرات
plan-recommendation_indicators = مؤشرات التوصيات
plan-add_indicator = إضافة مؤشر
plan-add_indicator_label = إضافة مؤشر إلى { $title }
plan-add_indicator_to = إضافة مؤشر إلى «{ $subject }»
plan-edit_label = تعديل { $title }
plan-delete_label = حذف { $title }
plan-delete_question = هل تريدون حذف الإجراء «{ $title }» مع مؤشراته وقياساته؟
plan-delete_confirm = حذف الإجراء
plan-created = أُضيف الإجراء «{ $title }».
plan-updated = حُفظ الإجراء «{ $title }».
plan-deleted = حُذف الإجراء «{ $title }».
plan-indicator_added = أُضيف المؤشر «{ $name }».
plan-measurement_recorded = سُجّل قياس «{ $name }».
plan-indicator_name = الاسم
plan-unit = الوحدة
plan-unit_hint = مثل: الأسر، أو ٪، أو ميكروغرام/م³.
plan-baseline_value = قيمة خط الأساس
plan-baseline_date = تاريخ خط الأساس
plan-target_value = القيمة المستهدفة
plan-target_date = التاريخ المستهدف
plan-sdg_indicator = المؤشر العالمي لأهداف التنمية المستدامة
plan-sdg_indicator_hint = رمزه، مثل 11.1.1.
plan-sdg_indicator_short = مؤشر أهداف التنمية المستدامة { $code }
plan-baseline = خط الأساس
plan-target = المستهدف
plan-latest = الأحدث
plan-none_yet = لا يوجد بعد
plan-amount = { $value } { $unit }
plan-value_on = { $value } في { $date }
plan-value_by = { $value } بحلول { $date }
plan-progress = { $percent } من الطريق نحو المستهدف
plan-progress_label = التقدم المحرز في { $name }
plan-no_measurement = لا يوجد قياس بعد: سجّلوا قياسًا لرؤية التقدم المحرز.
plan-progress_unknown = يتعذّر حساب التقدم المحرز: القيمة المستهدفة تساوي قيمة خط الأساس.
plan-record_measurement = تسجيل قياس
plan-record_measurement_of = تسجيل قياس لـ«{ $name }»
plan-value = القيمة
plan-value_in = القيمة ({ $unit })
plan-measured_on = التاريخ
plan-source = المصدر
plan-source_hint = مصدر القيمة، مثل سجل أو استبيان.
plan-record = تسجيل

# Exports: the front matter's labels, in the submission's language (src/app/front_matter.rs)
# A front matter label and its colon, ready for the value ("Mechanism: "; French puts a no-break space
# before the colon, Chinese writes the full-width colon).
front_matter-label = { $label }:{" "}
front_matter-title = العنوان
front_matter-submitted_by = مقدمة من
front_matter-joint_by = ورقة مشتركة مقدمة من
front_matter-mechanism = الآلية
front_matter-engagement = المشاركة
front_matter-state = الدولة موضوع الاستعراض
front_matter-session = الدورة
front_matter-contact = جهة الاتصال
front_matter-publication = النشر
front_matter-may_publish = يجوز نشر هذه الورقة.
front_matter-confidential = هذه الورقة سرية ولا يجوز نشرها.
front_matter-word_count = عدد الكلمات
front_matter-date = التاريخ
# The alternative text of the city's logo in an exported Word file.
export-logo_alt = شعار { $city }
# $words is the number as written (2,410), $count the same number (for the plural form).
front_matter-words = الكلمات: { $words } { $count ->
       *[other] { "" }
    }
front_matter-words_limit = الكلمات: { $words } (الحد الأقصى: { $limit }) { $count ->
       *[other] { "" }
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
mechanism-UPR = الاستعراض الدوري الشامل
# The UPR's acronym as the UN writes it in the language (EPU in French and Spanish, УПО in Russian; the
# treaty bodies keep their acronyms, as OHCHR's pages in every language do).
mechanism_acronym-UPR = UPR
mechanism-CCPR = اللجنة المعنية بحقوق الإنسان
mechanism-CESCR = اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية
mechanism-CERD = لجنة القضاء على التمييز العنصري
mechanism-CEDAW = اللجنة المعنية بالقضاء على التمييز ضد المرأة
mechanism-CAT = لجنة مناهضة التعذيب
mechanism-SPT = اللجنة الفرعية لمنع التعذيب
mechanism-CRC = لجنة حقوق الطفل
mechanism-CMW = اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم
mechanism-CRPD = اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة
mechanism-CED = اللجنة المعنية بحالات الاختفاء القسري
mechanism-SP = الإجراءات الخاصة لمجلس حقوق الإنسان
# The treaty a committee oversees, as the UN writes its title in this language (shown under the committee's name).
treaty-CCPR = العهد الدولي الخاص بالحقوق المدنية والسياسية
treaty-CESCR = العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية
treaty-CERD = الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري
treaty-CEDAW = اتفاقية القضاء على جميع أشكال التمييز ضد المرأة
treaty-CAT = اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة
treaty-SPT = البروتوكول الاختياري لاتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة
treaty-CRC = اتفاقية حقوق الطفل
treaty-CMW = الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم
treaty-CRPD = اتفاقية حقوق الأشخاص ذوي الإعاقة
treaty-CED = الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري

# The plan screen, its charts, its dates on the calendar and SDGs of recommendations (#15,
# parts 2, 4 and 5).
plan-by_theme = الموضوع
plan-by_sdg = هدف التنمية المستدامة
plan-no_theme = دون موضوع
plan-no_goal = دون هدف من أهداف التنمية المستدامة
plan-goal_n = هدف التنمية المستدامة { $n }
plan-filters = تصفية الإجراءات
plan-any_status = جميع الحالات
plan-any_department = جميع الإدارات
plan-filter_status = الحالة المراد عرضها
plan-filter_department = الإدارة المراد عرضها
plan-filter_goal = هدف التنمية المستدامة المراد عرضه
plan-any_goal = جميع الأهداف
plan-only_overdue = المتأخرة فقط
plan-clear_filters = مسح عوامل التصفية
plan-shown_of = الإجراءات المعروضة: { $shown } من أصل { $total }.
plan-no_match = لا يوجد إجراء يطابق عوامل التصفية هذه.
plan-overdue = متأخر
plan-show_details = عرض التفاصيل
plan-open_plan = فتح خطة التنفيذ
plan-hide_details = إخفاء التفاصيل
plan-no_measurements_yet = لا توجد قياسات بعد.
plan-measurements_of = قياسات { $name }
charts-show_table = العرض في شكل جدول
charts-hide_table = إخفاء الجدول
charts-actions_by_department = الإجراءات حسب الحالة في كل إدارة
charts-actions_axis = الإجراءات
charts-indicator_over_time = { $name }: القيم مقارنةً بالمستهدف
charts-measured = القيم المقيسة
charts-target = المستهدف
calendar-plan_legend = خطة التنفيذ
calendar-plan_badge = الخطة
calendar-plan_due = الاستحقاق: { $title }
calendar-plan_target = التاريخ المستهدف: { $title }
calendar-tag_done = أُنجز
reminder-plan_which = الخطة، تذكير قبل { $n } من الأيام
recommendations-sdg_goals = أهداف التنمية المستدامة
recommendations-sdg_targets = غايات أهداف التنمية المستدامة التي ربطتها المدينة
recommendations-no_sdg_goals = لم يحدد المصدر أيًّا منها.
recommendations-no_sdg_targets = لم تُربط أي غاية بعد.
recommendations-link_sdg_target = ربط غاية من غايات أهداف التنمية المستدامة
recommendations-choose_sdg_target = اختيار غاية…
recommendations-link = ربط
recommendations-unlink = إلغاء الربط
recommendations-unlink_label = إلغاء ربط الغاية { $code } من غايات أهداف التنمية المستدامة
recommendations-sdg_linked = رُبطت الغاية { $code } من غايات أهداف التنمية المستدامة.
recommendations-sdg_unlinked = أُلغي ربط الغاية { $code } من غايات أهداف التنمية المستدامة.

# --- exports in the document's language (page numbers, follow-up matrix, calendar file, generated reports) ---
# The page number in the footer of the PDF and Word files (the Word file puts its PAGE and NUMPAGES fields where the variables are).
export-page_of = الصفحة { $page } من { $pages }
# The follow-up matrix (CSV, Excel, PDF): column headers. An Excel workbook comes back in any language, so two columns must never share a header.
matrix-column-id = ID
matrix-column-symbol = رمز الوثيقة
matrix-column-paragraph = الفقرة
matrix-column-annotation_id = معرّف الشرح في الفهرس العالمي
matrix-column-recommendation = التوصية
matrix-column-recommending_states = الدول المقدِّمة للتوصية
matrix-column-response = الرد
matrix-column-mechanism = الآلية
matrix-column-themes = المواضيع
matrix-column-groups = فئات الأشخاص
matrix-column-sdg_goals = أهداف التنمية المستدامة
matrix-column-sdg_targets = غايات أهداف التنمية المستدامة
matrix-column-competence = الاختصاص
matrix-column-department = الإدارة
matrix-column-actions = الإجراءات
matrix-column-indicators = المؤشرات
matrix-column-local_status = الحالة المحلية
matrix-column-evidence = أدلة التنفيذ
matrix-column-tags = الوسوم
matrix-column-cited_in = مُستشهد بها في
# The Excel sheet's name: at most 31 characters, none of [ ] : * ? / \
matrix-sheet = مصفوفة التنفيذ
matrix-title = متابعة التوصيات
matrix-title_to = متابعة التوصيات الموجهة إلى { $state }
matrix-city = المدينة
matrix-document = الوثيقة
matrix-recommendations = التوصيات
matrix-date = التاريخ
matrix-subject = مصفوفة متابعة التوصيات
matrix-reference = { $symbol }، الفقرة { $paragraph }
matrix-response_is = الرد: { $response }
matrix-cited_in_is = مُستشهد بها في: { $submissions }
# The calendar file (.ics): the calendar's name, event descriptions and alarms.
calendar_file-name = المواعيد النهائية في CityRights
calendar_file-end_of_day = { $date }، نهاية اليوم
calendar_file-until = { $from } حتى { $date }
calendar_file-engagement = المشاركة: { $name }
calendar_file-mechanism = الآلية: { $name }
calendar_file-due = الموعد: { $when }، بتوقيت { $zone }
calendar_file-estimate = تاريخ تقديري، وليس تاريخًا رسميًا. الأساس: { $basis }
calendar_file-basis_not_given = غير مذكور
calendar_file-notes = ملاحظات: { $notes }
calendar_file-summary_estimate = { $acronym }: { $title } (تقديري)
calendar_file-due_today = الموعد اليوم: { $summary }
calendar_file-due_tomorrow = الموعد غدًا: { $summary }
calendar_file-due_in =
    { $days ->
        [zero] الموعد بعد { $days } يوم: { $summary }
        [one] الموعد بعد { $days } يوم: { $summary }
        [two] الموعد بعد { $days } يومين: { $summary }
        [few] الموعد بعد { $days } أيام: { $summary }
        [many] الموعد بعد { $days } يومًا: { $summary }
       *[other] الموعد بعد { $days } يوم: { $summary }
    }
calendar_file-days_before =
    { $days ->
        [zero] { $summary }: قبل { $days } يوم
        [one] { $summary }: قبل { $days } يوم
        [two] { $summary }: قبل { $days } يومين
        [few] { $summary }: قبل { $days } أيام
        [many] { $summary }: قبل { $days } يومًا
       *[other] { $summary }: قبل { $days } يوم
    }
calendar_file-plan_due = الخطة: { $title } (الاستحقاق)
calendar_file-plan_target = الخطة: { $title } (التاريخ المستهدف)
calendar_file-plan_action_due = خطة التنفيذ: تاريخ استحقاق إجراء
calendar_file-plan_indicator_target = خطة التنفيذ: التاريخ المستهدف لمؤشر
calendar_file-plan_for = بشأن: { $value }
calendar_file-plan_department = الإدارة: { $value }
calendar_file-plan_status = الحالة: { $value }
# Generated reports (report generate): titles, the template sections' titles (by template and place), labels and sentences.
report-title-upr-midterm = تقرير منتصف المدة عن تنفيذ توصيات الاستعراض الدوري الشامل
report-title-tb-follow-up = معلومات لإجراء المتابعة
report-title-local = التقرير المحلي عن حقوق الإنسان
report-recommended_by = قدّمت التوصية: { $states }
report-response_label = رد الدولة:
report-status_label = الحالة في المدينة:
report-department_is = الإدارة المسؤولة: { $department }
report-actions_label = الإجراءات:
report-indicators_label = المؤشرات:
report-evidence_label = أدلة التنفيذ:
report-due = يستحق في { $date }
report-no_due = دون تاريخ استحقاق
report-latest = آخر قيمة { $value } ({ $date })
report-not_measured = لم يُقَس بعد
report-target = المستهدف { $value } بحلول { $date }
report-baseline = خط الأساس { $value } ({ $date })
report-progress = { $percent }٪ من الطريق إلى المستهدف
report-source = المصدر: { $source }
report-table_total = المجموع
report-no_theme = دون موضوع
report-no_department = دون إدارة
report-no_sdg = دون هدف من أهداف التنمية المستدامة
report-chart_title-status_by_theme = التوصيات حسب حالتها في المدينة، لكل موضوع
report-chart_title-status_by_department = التوصيات حسب حالتها في المدينة، لكل إدارة مسؤولة
report-chart_title-status_by_sdg = التوصيات حسب حالتها في المدينة، لكل هدف من أهداف التنمية المستدامة
report-chart_group-status_by_theme = الموضوع
report-chart_group-status_by_department = الإدارة
report-chart_group-status_by_sdg = هدف التنمية المستدامة
report-chart_summary_of = من أصل { $total } من توصيات الوثيقة { $symbol }: { $counts }.
report-chart_summary = من أصل { $total } من التوصيات: { $counts }.
report-chart_more = يعرض الرسم البياني أكبر { $shown } من أصل { $all } من الفئات؛ ويسردها الجدول أدناه جميعًا.
report-introduction_of = يعرض هذا التقرير المقدَّم من { $city } ما قامت به المدينة بشأن توصيات الوثيقة { $symbol } الموجهة إلى { $state }. وقد أُعدّ انطلاقًا من خطة التنفيذ الخاصة بالمدينة: التوصيات التي تتابعها المدينة، والإجراءات التي تقودها إداراتها، والمؤشرات التي تقيسها، والأدلة التي سجلتها.
report-introduction = يعرض هذا التقرير المقدَّم من { $city } ما قامت به المدينة بشأن توصيات آليات حقوق الإنسان التابعة للأمم المتحدة الموجهة إلى { $state }. وقد أُعدّ انطلاقًا من خطة التنفيذ الخاصة بالمدينة: التوصيات التي تتابعها المدينة، والإجراءات التي تقودها إداراتها، والمؤشرات التي تقيسها، والأدلة التي سجلتها.
report-coverage = من أصل { $total } من التوصيات المسجلة، تتعلق { $covered } منها بعمل المدينة: وهي التوصيات التي خططت المدينة لإجراء بشأنها أو سجلت لها حالة غير «لم يبدأ التنفيذ». وترد كل منها أدناه برقمها ونصها ورد الدولة وحالتها في المدينة والإجراءات وآخر قيم المؤشرات مقارنةً بالمستهدف والأدلة.
report-none_covered = لا توجد حتى الآن أي توصية لها إجراء أو حالة غير «لم يبدأ التنفيذ». يُرجى تسجيل الإجراءات والحالات في خطة التنفيذ، ثم إنشاء التقرير من جديد.
report-count_actions =
    { $n ->
        [zero] { $n } إجراء
        [one] إجراء واحد ({ $n })
        [two] إجراءان ({ $n })
        [few] { $n } إجراءات
        [many] { $n } إجراءً
       *[other] { $n } إجراء
    }
report-count_departments =
    { $n ->
        [zero] { $n } إدارة
        [one] إدارة واحدة ({ $n })
        [two] إدارتان ({ $n })
        [few] { $n } إدارات
        [many] { $n } إدارةً
       *[other] { $n } إدارة
    }
report-count_indicators =
    { $n ->
        [zero] { $n } مؤشر
        [one] مؤشر واحد ({ $n })
        [two] مؤشران ({ $n })
        [few] { $n } مؤشرات
        [many] { $n } مؤشرًا
       *[other] { $n } مؤشر
    }
report-methodology = تستند المعلومات إلى خطة التنفيذ الخاصة بالمدينة: { $actions } تتولاها { $departments }، و{ $indicators } مع خطوط الأساس والمستهدفات والقياسات الخاصة بها. وتُذكر كل قيمة مع تاريخها ومصدرها.
report-consultations_intro = أجرت المدينة المشاورات التالية أثناء إعداد هذا التقرير:
report-no_consultations = لم تُسجَّل أي مشاورة لهذه المشاركة حتى الآن.
report-consultation = { $date }، { $format }: { $topic }.
report-consultation_participants =
    { $n ->
        [zero] { $date }، { $format }: { $topic } ({ $n } مشارك).
        [one] { $date }، { $format }: { $topic } (مشارك واحد: { $n }).
        [two] { $date }، { $format }: { $topic } (مشاركان: { $n }).
        [few] { $date }، { $format }: { $topic } ({ $n } مشاركين).
        [many] { $date }، { $format }: { $topic } ({ $n } مشاركًا).
       *[other] { $date }، { $format }: { $topic } ({ $n } مشارك).
    }
report-chart_intro = يبيّن الشكل التوصيات حسب حالتها في المدينة، موضوعًا تلو الآخر.
report-next_steps = ستواصل المدينة الإجراءات المذكورة أعلاه وستقدم تقريرًا عن نتائجها في تقريرها المقبل. [أضيفوا الأولويات والمواعيد التي قررتها المدينة.]
report-obstacles = [صِفوا ما يعترض الطريق: اختصاصات تعود إلى مستويات حكومية أخرى، والتمويل، والبيانات.]
report-foreword = [كلمة من رئيس البلدية أو مجلس { $city }: لماذا تقدم المدينة تقارير عن حقوق الإنسان، والفترة المشمولة.]
report-commitments = [التزامات المدينة في مجال حقوق الإنسان، والهيئات التي تضطلع بها.]
report-contact_none = [الشخص الذي يجيب في المدينة عن الأسئلة المتعلقة بهذا التقرير.]
report-contact = جهة الاتصال: { $contact }.
report-theme_summary = { $name }: { $total } من التوصيات ({ $counts }).
report-column-indicator = المؤشر
report-column-baseline = خط الأساس
report-column-target = المستهدف
report-column-latest = آخر قيمة
report-column-progress = التقدم
report-column-source = المصدر
report-other_recommendations = توصيات أخرى
report-the_state = الدولة
report-the_city = المدينة
# The implementation matrix's indicator cell (Excel): a measurement, and the indicator's line.
matrix-measured = { $value } في { $date }
matrix-indicator_line = { $name }: { $latest } (خط الأساس { $baseline } في { $baseline_date }، المستهدف { $target } بحلول { $target_date })

# --- a file given to the app (double-clicked) ---
launch-workspace = ”{ $name }“ مساحة عمل كاملة في CityRights. هل تريد استيرادها؟ ستحل محل مساحة العمل على هذا الحاسوب، مع الاحتفاظ أولاً بنسخة احتياطية من المساحة الحالية.
launch-request = ”{ $name }“ يطلب منك إسهامًا. هل تريد فتحه؟ تصبح مساحة العمل على هذا الحاسوب مساحة إسهام لا تحتوي إلا على ما أُرسل، وإذا كانت تحتوي على عمل يُحتفظ أولاً بنسخة احتياطية منه.
launch-return = ”{ $name }“ هو رد إدارة على طلب إسهام. هل تريد استيراده إلى قائمة الإسهامات؟ لن يتغير شيء حتى تقبله.
launch-open = فتح
launch-import = استيراد
launch-unknown_title = لا يمكن فتح هذا الملف
launch-unknown = لا يستطيع CityRights فتح ”{ $name }“: فهو ليس مساحة عمل ولا ملف إسهام.
# --- core messages (compliance checks, proposed timelines, import notices, CLI, dialogs) ---
core-list_separator = {"، "}
# Between names or clauses that may hold commas of their own (co-submitters in the front matter,
# the parts of an indicator's sentence in a report): French puts a no-break space before it,
# Arabic and Chinese write their own semicolon.
core-clause_separator = {"؛ "}
# The comma between two clauses of a sentence the app puts together (an action's status and
# its due date); Chinese writes “，” here, not the enumeration comma “、”.
core-clause_comma = {"، "}
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
core-short_date_pattern = %A %-d %B %Y
core-medium_date_pattern = %-d %B %Y
core-day_month_pattern = %-d %B
core-month_year_pattern = %B %Y
compliance-over_limit = عدد كلمات الورقة: { $words }، بما في ذلك العنوان والصفحات التمهيدية والعناوين الفرعية على النحو الذي يحسبها به برنامج Word؛ والحد الأقصى: { $limit }. يُرجى حذف { $excess } من الكلمات.
compliance-over_limit_joint = عدد كلمات الورقة: { $words }، بما في ذلك العنوان والصفحات التمهيدية والعناوين الفرعية على النحو الذي يحسبها به برنامج Word؛ والحد الأقصى للورقة المشتركة: { $limit }. يُرجى حذف { $excess } من الكلمات.
compliance-no_limit = لا يُعرف حد أقصى لعدد الكلمات لهذه الآلية. يُرجى مراجعة الدعوة أو المذكرة الإعلامية للدورة وتحديده في قواعد المشاركة.
compliance-empty_section = الفرع «{ $title }» فارغ.
compliance-no_city_profile = لم يُستكمل ملف المدينة: لا يمكن ذكر اسم المدينة في الصفحات التمهيدية. يُرجى استكماله في الإعدادات.
compliance-no_contact = لا تتضمن الصفحات التمهيدية اسم شخص للاتصال ولا عنوان بريد إلكتروني. يُرجى إضافتهما في الإعدادات.
compliance-no_state = لا تذكر المشاركة الدولة موضوع الاستعراض.
compliance-publication_undecided = يُرجى بيان ما إذا كان يجوز نشر الورقة: فهذه الآلية تطلب ذلك.
compliance-language_not_accepted = لغة الورقة ({ $language }) ليست من اللغات التي تقبلها هذه الآلية ({ $accepted }).
compliance-language_not_usual = لغة الورقة ({ $language }) ليست من اللغات المقبولة عادةً ({ $accepted })؛ ولا تنص على ذلك أي قاعدة من قواعد الآلية، لذا يُرجى مراجعة الدعوة أو المذكرة الإعلامية.
compliance-either = { $a } أو { $b }
compliance-formats = تطلب هذه الآلية ملفات بصيغة { $formats }.
compliance-formats_noted = { $note } يُرجى التصدير بصيغة { $formats }.
compliance-end_of_day = نهاية اليوم
compliance-deadline_soon =
    يحين الموعد النهائي «{ $title }» { $days ->
        [0] في أقل من يوم
        [one] بعد يوم واحد ({ $days })
        [two] بعد يومين ({ $days })
        [few] بعد { $days } أيام
       *[other] بعد { $days } يوماً
    } ({ $date } { $time }، { $zone }).
compliance-deadline_passed = انقضى الموعد النهائي «{ $title }» في { $date } ({ $zone }).
compliance-rule_stale = يعود مصدر الحد الأقصى لعدد الكلمات والقواعد إلى { $date }، أي إلى أكثر من 12 شهراً. يُرجى التحقق منه قبل الاعتماد عليها.
compliance-rule_stale_undated = مصدر الحد الأقصى لعدد الكلمات والقواعد غير مؤرخ ولم يُطَّلع عليه خلال الأشهر الاثني عشر الماضية. يُرجى التحقق منه قبل الاعتماد عليها.
timeline-no_zone = تذكر الأمم المتحدة هذا التاريخ دون منطقة زمنية: وقد حُدِّد بحسب منطقتك الزمنية.
timeline-hrc_known = تبدأ دورة المجلس HRC{ $number } في { $date } ({ $source })
timeline-hrc_usual = تبدأ { $session } للمجلس عادةً في نحو { $date }؛ وتظل الأيام المحددة تقديرية إلى أن ينشرها المجلس ({ $source })
timeline-hrc_session_2 = دورة شباط/فبراير - نيسان/أبريل
timeline-hrc_session_6 = دورة حزيران/يونيه - تموز/يوليه
timeline-hrc_session_9 = دورة أيلول/سبتمبر - تشرين الأول/أكتوبر
timeline-passed_window_closed = وفقاً لهذا التقدير، انتهت فترة تقديم الورقات في { $date }. يُرجى مراجعة صفحة الأمم المتحدة الخاصة بهذه الدورة: فقد يكون قد فات أوان تقديم ورقة في هذه الجولة.
timeline-passed_window_opened = وفقاً لهذا التقدير، بدأت فترة تقديم الورقات في { $date }.
timeline-date_passed = هذا التاريخ ({ $date }) قد انقضى.
timeline-upr_opens = بدء فترة تقديم الورقات
timeline-upr_opens_basis = تقدير: نحو ستة أسابيع قبل انتهاء الفترة — امتدت فترة الدورة السابعة والأربعين للاستعراض الدوري الشامل من 27 شباط/فبراير إلى 8 نيسان/أبريل 2024 (نظام تسجيل الورقات المقدمة إلى الاستعراض الدوري الشامل التابع لمفوضية حقوق الإنسان)، وفترة الدورة الحادية والأربعين من 21 شباط/فبراير إلى 31 آذار/مارس 2022 (بحسب منظمة UPR Info). تعلن المفوضية فترة كل دورة: يُرجى الاستعاضة بها عن هذا التاريخ.
timeline-upr_closes = انتهاء فترة تقديم الورقات
timeline-upr_closes_basis = تقدير: نحو سبعة أشهر قبل دورة الفريق العامل — انتهت فترة الدورة السابعة والأربعين للاستعراض الدوري الشامل في 8 نيسان/أبريل 2024 الساعة 23:59 بتوقيت جنيف لدورة عُقدت من 4 إلى 15 تشرين الثاني/نوفمبر 2024 (نظام تسجيل الورقات المقدمة إلى الاستعراض الدوري الشامل التابع لمفوضية حقوق الإنسان)؛ وانتهت فترة الدورة الحادية والأربعين في 31 آذار/مارس 2022 لدورة تشرين الثاني/نوفمبر 2022 (بحسب منظمة UPR Info، التي تنصح بمدة تتراوح بين ستة وثمانية أشهر). تعلن المفوضية التاريخ والساعة الفعليين (23:59 بتوقيت جنيف) في ذلك النظام: يُرجى الاستعاضة بهما عن هذا التقدير.
timeline-upr_session = دورة الفريق العامل (الاستعراض)
timeline-upr_adoption_at = اعتماد الوثيقة الختامية في الدورة HRC{ $number }
timeline-upr_adoption = اعتماد الوثيقة الختامية في مجلس حقوق الإنسان
timeline-upr_adoption_basis = تقدير: أول دورة عادية لمجلس حقوق الإنسان تبدأ بعد { $months } أشهر على الأقل من دورة الفريق العامل ({ $source })؛ { $how }. وتُعتمد الوثيقة الختامية في أحد أيام تلك الدورة، وليس بالضرورة في يومها الأول. { $no_zone }
timeline-upr_midterm = تقرير منتصف المدة
timeline-upr_midterm_basis = تقدير: نحو سنتين بعد اعتماد الوثيقة الختامية ({ $date }). يشجع المفوض السامي كل دولة على تقديم تقرير طوعي لمنتصف المدة "بعد نحو سنتين من اعتماد الوثيقة الختامية للاستعراض الدوري الشامل" (رسالة إلى سلوفينيا بعد استعراضها في الجولة الرابعة، 1 تشرين الأول/أكتوبر 2025)؛ ويجوز للمدينة أن تقدم في الوقت نفسه تقريراً عن متابعتها الخاصة. ولم يُحدَّد حد أقصى لعدد الكلمات ولا قناة ولا شكل لتقرير منتصف المدة الذي تقدمه المدينة. { $no_zone }
timeline-upr_note = الجدول الزمني المعتاد للاستعراض الدوري الشامل. تنتهي فترة تقديم الورقات الساعة 23:59 بتوقيت جنيف؛ وجميع التواريخ أدناه، باستثناء الدورة التي حددتَها، تقديرية: يُرجى التحقق منها في ضوء إعلانات مفوضية حقوق الإنسان.
timeline-crc_deadline = الموعد النهائي لتقديم التقارير قبل الفريق العامل لما قبل الدورة ({ $month })
timeline-crc_deadline_basis = الموعد النهائي الثابت للجنة حقوق الطفل في إطار إجراء الإبلاغ المبسط: 1 كانون الأول/ديسمبر للفريق العامل لما قبل الدورة المعقود في شباط/فبراير، و1 نيسان/أبريل لفريق حزيران/يونيه، و1 آب/أغسطس لفريق تشرين الأول/أكتوبر (مفوضية حقوق الإنسان، لجنة حقوق الطفل، معلومات للمجتمع المدني). أما الفريق العامل الذي ينظر في حالة هذه الدولة فهو مقدَّر: الفريق الذي يجتمع قبل الدورة بنحو ثلاثة أشهر (الصفحة نفسها)، وهو هنا { $month }. يُرجى مراجعة صفحة دورة اللجنة. { $no_zone }
timeline-crc_group = الفريق العامل لما قبل الدورة ({ $month }، تقدير)
timeline-crc_group_basis = تقدير: تجتمع الأفرقة العاملة لما قبل الدورة التابعة للجنة حقوق الطفل في شباط/فبراير وحزيران/يونيه وتشرين الأول/أكتوبر، قبل الحوار بنحو ثلاثة أشهر (مفوضية حقوق الإنسان، الصفحة نفسها)؛ والمقدَّر هو الشهر فقط ({ $month })، لا الأيام. { $no_zone }
timeline-dialogue = الدورة (الحوار مع الدولة)
timeline-crc_note = لإجراء الإبلاغ المبسط للجنة حقوق الطفل مواعيد نهائية ثابتة (1 كانون الأول/ديسمبر، و1 نيسان/أبريل، و1 آب/أغسطس)؛ وتختلف هذه المواعيد في الإجراء العادي. ولا تُتلقى ورقات إضافية بين الفريق العامل لما قبل الدورة والدورة.
timeline-follow_up_years =
    في إطار إجراء المتابعة للجنة، تقدم الدولة تقريراً في غضون { $years ->
        [one] سنة واحدة ({ $years })
        [two] سنتين ({ $years })
        [few] { $years } سنوات
       *[other] { $years } سنة
    } عن التوصيات المحددة في نهاية الملاحظات الختامية (مفوضية حقوق الإنسان، "متابعة الملاحظات الختامية")
timeline-follow_up_cescr = تقيّم اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية تقارير المتابعة المتعلقة بالتوصيات المحددة في ملاحظاتها الختامية، التي تحدد فقرتها الأخيرة المهلة: هذا التاريخ مؤقت (سنتان) — يُرجى إدخال المهلة المحددة هناك
timeline-state_follow_up = تقرير المتابعة المقدم من الدولة
timeline-state_follow_up_basis = تقدير: { $how }. وهذا تقرير الدولة، لا تقرير المدينة. { $no_zone }
timeline-city_follow_up = معلومات المدينة إلى المقرر المعني بالمتابعة (اختياري، تقدير)
timeline-city_follow_up_basis = اختياري: ينظر المقرر المعني بالمتابعة التابع للجنة في جميع مصادر المعلومات المتاحة، ومنها المؤسسات الوطنية لحقوق الإنسان والمنظمات غير الحكومية (مفوضية حقوق الإنسان، "متابعة الملاحظات الختامية"). ويجوز للمدينة أن ترسل ما قامت به بشأن التوصيات المحددة، في نحو الوقت الذي تقدم فيه الدولة تقريرها. { $no_zone }
timeline-spt_note = لا تنظر اللجنة الفرعية لمنع التعذيب في تقارير الدول ولا تجري حواراً مع الدولة: فهي تزور الأماكن التي يُحرم فيها الأشخاص من حريتهم وتقدم المشورة إلى الدولة وإلى آليتها الوقائية الوطنية. يُرجى إضافة التواريخ التي تعرفها (زيارة، أو اجتماع مع الآلية الوقائية الوطنية) بوصفها مراحل خاصة بك.
timeline-cedaw_deadline = الموعد النهائي لتقديم تقارير الظل
timeline-cedaw_deadline_basis = تقدير: أربعة أسابيع قبل الدورة، بحسب منظمة IWRAW Asia Pacific بالنسبة إلى الدورات الثمانين (2021) والحادية والثمانين (2022) والسادسة والثمانين (2023) للجنة القضاء على التمييز ضد المرأة (ثلاثة أسابيع للدورة الثالثة والسبعين، 2019). يُرجى مراجعة المذكرة الإعلامية للدورة. { $no_zone }
timeline-cedaw_note = لا يُعرف سوى الموعد النهائي المعتاد للجنة القضاء على التمييز ضد المرأة، بحسب طرف ثالث. وكل ما عدا الدورة التي حددتَها تقديري؛ وتذكر الأمم المتحدة هذه التواريخ دون منطقة زمنية، لذا فهي بحسب منطقتك الزمنية.
timeline-no_deadline_note = لا يُعرف موعد نهائي معتاد لتقديم الورقات إلى { $code }: فهو يُحدَّد لكل دورة في المذكرة الإعلامية للجنة. يُرجى إضافته منها. ولا يُقترح سوى الدورة التي حددتَها.
timeline-no_deadline_follow_up_note = لا يُعرف موعد نهائي معتاد لتقديم الورقات إلى { $code }: فهو يُحدَّد لكل دورة في المذكرة الإعلامية للجنة. يُرجى إضافته منها. ولا يُقترح سوى الدورة التي حددتَها ومراحل المتابعة.
timeline-sp_note = لا يُعرف جدول زمني معتاد للإجراءات الخاصة: فكل دعوة إلى تقديم مساهمات أو زيارة أو تقرير تحدد موعدها النهائي الخاص. يُرجى إضافته من الدعوة.
import_notice-tracked_changes = قُبلت التغييرات المتعقَّبة (العدد: { $n }): احتُفظ بالإضافات وحُذفت المحذوفات.
import_notice-comments = أُسقطت التعليقات (العدد: { $n }).
import_notice-front_matter = لم تُستورد الصفحات التمهيدية لوثيقة صدّرها CityRights ‏({ $lines }): فالتطبيق يكتبها استناداً إلى ملف المدينة والمشاركة.
import_notice-drawings = أُسقطت الصور أو الرسوم أو مربعات النص (العدد: { $n }): فالورقة لا تتضمن سوى النص. يُرجى نسخ أي نص واردة فيها يدوياً.
import_notice-equations = أُسقطت المعادلات (العدد: { $n }).
import_notice-embedded = أُسقطت الكائنات أو الوثائق المضمَّنة (العدد: { $n }).
import_notice-page_breaks = أُسقطت فواصل الصفحات أو الأعمدة (العدد: { $n }): فالتصدير ينسّق صفحاته بنفسه.
import_notice-hidden_text = أُسقطت مقاطع النص المخفي (العدد: { $n }).
import_notice-table_of_contents = أُسقط جدول المحتويات (عدد الأسطر: { $n }).
import_notice-endnotes = حُوّلت الحواشي الختامية إلى حواشٍ سفلية (العدد: { $n }).
import_notice-merged_cells = قُسّمت خلايا الجدول المدمجة (العدد: { $n }): ويبقى النص في الخلية الأولى.
import_notice-nested_tables = حُوّلت الجداول الواردة داخل خلايا الجداول إلى نص في الخلية (العدد: { $n }).
import_notice-symbols = أُسقطت أحرف من خط رموز (مثل Wingdings) (العدد: { $n }).
import_notice-formatting = أُزيل التنسيق الذي لا تحتفظ به الورقة، مع الإبقاء على النص: { $kinds }.
import_notice-formatting_underline = التسطير ({ $n })
import_notice-formatting_strikethrough = يتوسطه خط ({ $n })
import_notice-formatting_highlighting = التظليل ({ $n })
import_notice-formatting_superscript = نص مرتفع أو منخفض ({ $n })
import_notice-formatting_colour = نص ملوّن ({ $n })
import_notice-internal_links = احتُفظ بالروابط المؤدية إلى مواضع داخل الوثيقة كنص (العدد: { $n }).
import_notice-links_not_allowed = احتُفظ بالروابط التي لا تؤدي إلى صفحة ويب أو عنوان بريد إلكتروني كنص، دون الرابط: { $links }.
import_notice-headers_footers = لم تُستورد رؤوس الصفحات وتذييلاتها (فالتصدير يكتب رؤوسه وتذييلاته): «{ $text }».
import_notice-heading_footnote = لا يمكن إبقاء حاشية واردة في العنوان «{ $heading }» ضمن عنوان، ولذا أُسقطت. نصها: «{ $text }».
import_notice-long_heading = العنوان «{ $heading }» أطول مما يُسمح به للعنوان ({ $max } حرفاً): فاختُصر، ويبدأ الفرع بنصه الكامل.
cli-timeline_at = الساعة { $time } ({ $zone })
cli-timeline_by_state = [مرحلة خاصة بالدولة]
cli-timeline_passed = انقضى: { $note }
cli-timeline_basis = الأساس: { $basis }
error-invalid_date = «{ $value }» ليس تاريخاً صحيحاً. يُرجى استخدام الصيغة YYYY-MM-DD، مثل 2027-04-08.
error-date_out_of_range = «{ $value }» خارج نطاق السنوات من { $first } إلى { $last }. يُرجى التحقق من السنة.
error-no_such_mechanism = لا توجد آلية باسم «{ $code }». يُرجى استخدام إحدى الآليات التالية: { $codes }.
dialog-open_database = فتح قاعدة بيانات CityRights
dialog-new_database = إنشاء قاعدة بيانات CityRights جديدة
dialog-database_file = قاعدة بيانات CityRights
dialog-city_logo = اختيار شعار المدينة (صورة PNG)
dialog-png_file = صورة PNG
dialog-second_backup_folder = اختيار مجلد ثانٍ للنسخ الاحتياطية (ذاكرة USB، أو مجلد مشترك للإدارة)
dialog-export_workspace = تصدير مساحة العمل كلها إلى ملف واحد (للانتقال إلى حاسوب آخر)
dialog-import_workspace = استيراد مساحة عمل صُدّرت على حاسوب آخر
dialog-workspace_file = مساحة عمل CityRights
dialog-export_calendar = تصدير المواعيد النهائية إلى ملف تقويم
dialog-calendar_file = ملف iCalendar
dialog-file_sent = اختيار الملف الذي أُرسل بعينه
notification-due_today = { $mechanism }: يحين موعد «{ $title }» اليوم
notification-due_tomorrow = { $mechanism }: يحين موعد «{ $title }» غداً
notification-due_in =
    { $days ->
        [zero] { $mechanism }: يحين موعد «{ $title }» اليوم
        [one] { $mechanism }: يحين موعد «{ $title }» بعد يوم واحد ({ $days })
        [two] { $mechanism }: يحين موعد «{ $title }» بعد يومين ({ $days })
        [few] { $mechanism }: يحين موعد «{ $title }» بعد { $days } أيام
       *[other] { $mechanism }: يحين موعد «{ $title }» بعد { $days } يوماً
    }
notification-missed = { $mechanism }: انقضى موعد «{ $title }»
notification-body = { $date } { $time } { $zone } — { $engagement }
notification-body_estimate = { $date } { $time } { $zone } (تقدير) — { $engagement }
notification-plan_target = التاريخ المستهدف لـ«{ $title }»
notification-plan_due_today = الخطة: يحين موعد { $what } اليوم
notification-plan_due_tomorrow = الخطة: يحين موعد { $what } غداً
notification-plan_due_in =
    { $days ->
        [zero] الخطة: يحين موعد { $what } اليوم
        [one] الخطة: يحين موعد { $what } بعد يوم واحد ({ $days })
        [two] الخطة: يحين موعد { $what } بعد يومين ({ $days })
        [few] الخطة: يحين موعد { $what } بعد { $days } أيام
       *[other] الخطة: يحين موعد { $what } بعد { $days } يوماً
    }
notification-plan_missed = الخطة: انقضى موعد { $what }
notification-plan_date = { $date }، نهاية اليوم
dialog-import_draft = استيراد مسودة (Word أو Markdown)
dialog-import_section = استيراد وثيقة إدارة بوصفها فرعاً
dialog-word_or_markdown = Word أو Markdown
dialog-word_file = وثيقة Word
dialog-pdf_file = PDF
dialog-export_word = التصدير بصيغة Word
dialog-export_pdf = التصدير بصيغة PDF
dialog-word_saved = حُفظت وثيقة Word
dialog-pdf_saved = حُفظ ملف PDF
dialog-saved_as = حُفظ الملف باسم { $path }.
dialog-saved_not_opened = حُفظ الملف باسم { $path }، ولكن لم يتمكن أي برنامج من فتحه ({ $reason }).
dialog-open_it = فتحه
dialog-close = إغلاق
dialog-choose_uhri = اختيار ملف التصدير من الفهرس العالمي لحقوق الإنسان (JSON)
dialog-choose_report = اختيار نص التقرير
dialog-text_file = نص
dialog-choose_thematic_list = اختيار القائمة المواضيعية (Word)
dialog-choose_csv = اختيار ملف CSV
cli-demo_added = أُضيفت البيانات التجريبية إلى { $path }.
cli-no_engagements = لا توجد مشاركات بعد.
cli-engagement_added = أُضيفت المشاركة { $id }: { $title }
cli-nothing_due =
    { $days ->
        [zero] لا يحين أي موعد خلال الأيام الـ { $days } القادمة.
        [one] لا يحين أي موعد خلال اليوم القادم ({ $days }).
        [two] لا يحين أي موعد خلال اليومين القادمين ({ $days }).
        [few] لا يحين أي موعد خلال الأيام الـ { $days } القادمة.
        [many] لا يحين أي موعد خلال الأيام الـ { $days } القادمة.
       *[other] لا يحين أي موعد خلال الأيام الـ { $days } القادمة.
    }
cli-estimate = (تقدير)
cli-days =
    { $days ->
        [zero] يوم
        [one] يوم
        [two] يومان
        [few] أيام
       *[other] يوماً
    }
cli-deadline_met = استوفي: «{ $title }» أُرسلت في { $date }
cli-calendar_written = كُتبت المراحل (العدد: { $n }) في { $path }.
cli-no_submissions = لا توجد ورقات بعد.
cli-submission_created = أُنشئت الورقة { $id } «{ $title }».
cli-section_added = أُضيف الفرع { $section } إلى الورقة { $id } «{ $title }».
cli-stats_words = الكلمات: { $words } (لم يُحدَّد حد أقصى)
cli-stats_words_limit = الكلمات: { $words } / { $limit }
cli-stats_breakdown = العنوان: { $title }  الصفحات التمهيدية: { $front_matter }  العناوين الفرعية: { $headings }  النص: { $text }  الحواشي: { $footnotes }
cli-stats_breakdown_no_footnotes = العنوان: { $title }  الصفحات التمهيدية: { $front_matter }  العناوين الفرعية: { $headings }  النص: { $text }  الحواشي: { $footnotes } (لا تُحسب الحواشي)
cli-stats_structure = الفقرات: { $paragraphs }  الحواشي: { $footnotes }  الفروع: { $sections }
cli-rules_limit =
    { $n ->
        [zero] { $n } كلمة
        [one] { $n } كلمة
        [two] { $n } كلمتان
        [few] { $n } كلمات
        [many] { $n } كلمةً
       *[other] { $n } كلمة
    }
cli-rules_no_limit = لا يوجد حد أقصى لعدد الكلمات
cli-rules_counted = يُحسب: { $parts }
cli-rules_languages = اللغات: { $languages }
cli-rules_formats = الصيغ: { $formats }
cli-rules_status = الحالة: { $status }
cli-rules_source = المصدر: { $source }
cli-rules_note = ملاحظة: { $note }
error-section_conflict = عُدِّل الفرع «{ $title }» في مكان آخر (نافذة أخرى أو نسخة أخرى من CityRights) منذ أن بدأتَ تحريره. ولم يُحفظ نصك فوقه: يُرجى إعادة تحميل الفرع للاطلاع على النسخة الأخرى، أو الاحتفاظ بنسختك بوصفها نسخة جديدة.
error-section_unreadable = يتعذر قراءة النص المحفوظ للفرع { $id } ({ $reason }). ولم يُغيَّر؛ وتُحفظ تنقيحاته السابقة.
error-is_a_folder = { $path } مجلد. يُرجى ذكر اسم ملف، مثل { $example }.
error-not_a_file = { $path } ليس ملفاً يمكن استيراده (فهو مجلد أو جهاز أو أنبوب). يُرجى اختيار الملف نفسه.
error-file_too_large = الملف أكبر من أن يُستورد: { $size } ميغابايت، في حين أن الحد الأقصى { $limit } ميغابايت. يُرجى التحقق من أنه الملف الصحيح.
error-no_text_to_import = لا يحتوي الملف على نص يمكن استيراده.
error-draft_other_format = يستورد CityRights ملفات Word ‏(.docx) وMarkdown ‏(.md)، لا ملفات .{ $ext }. يُرجى فتح الملف في Word أو LibreOffice، وحفظه بصيغة "Word Document (.docx)"، ثم استيراد ذلك الملف.
error-draft_unknown_format = يستورد CityRights ملفات Word ‏(.docx) وMarkdown ‏(.md)؛ و{ $name } ليس من أي منهما (بحسب اسمه).
error-not_found_action = الإجراء { $id } غير موجود (ربما حُذف).
error-not_found_consultation = المشاورة { $id } غير موجودة (ربما حُذفت).
error-not_found_department = الإدارة { $id } غير موجودة (ربما حُذفت).
error-not_found_engagement = المشاركة { $id } غير موجودة (ربما حُذفت).
error-not_found_evidence = ملاحظة الإثبات { $id } غير موجودة (ربما حُذفت).
error-not_found_indicator = المؤشر { $id } غير موجود (ربما حُذف).
error-not_found_bin_item = العنصر { $id } في سلة المحذوفات غير موجود (ربما حُذف).
error-not_found_measurement = القياس { $id } غير موجود (ربما حُذف).
error-not_found_milestone = المرحلة { $id } غير موجودة (ربما حُذفت).
error-not_found_participant = المشارك { $id } غير موجود (ربما حُذف).
error-not_found_recommendation = التوصية { $id } غير موجودة (ربما حُذفت).
error-not_found_revision = النسخة المعدَّلة { $id } غير موجودة (ربما حُذفت).
error-not_found_section = الفرع { $id } غير موجود (ربما حُذف).
error-not_found_sent_file = الملف المرسَل للورقة { $id } غير موجود (ربما حُذف).
error-not_found_stakeholder = صاحب المصلحة { $id } غير موجود (ربما حُذف).
error-not_found_submission = الورقة { $id } غير موجودة (ربما حُذفت).
cli-backup_restored = استُعيدت النسخة الاحتياطية المؤرخة { $date } ({ $engagements }، { $submissions }، { $words }). وتُحفظ قاعدة البيانات كما كانت بوصفها نسخة احتياطية أيضاً.
cli-no_backups = لا توجد نسخ احتياطية بعد.
cli-backup_damaged = تالفة، لا يمكن استعادتها: { $reason }
cli-backup_line = { $engagements }، { $submissions }، { $words }
cli-backup_copy = توجد نسخة أيضاً في { $path } (جرى التحقق منها).
cli-backup_copy_failed = لم تُكتب النسخة الثانية: { $problem }
cli-backed_up = أُجري النسخ الاحتياطي في { $path } (جرى التحقق منه).
cli-bin_empty = سلة المحذوفات فارغة.
cli-bin_restored = استُعيد.
cli-bin_emptied = حُذفت العناصر نهائياً (العدد: { $n }).
cli-bin_confirm = إفراغ سلة المحذوفات يحذف محتوياتها نهائياً. يُرجى تشغيل الأمر مجدداً مع ‎--yes للتأكيد.
cli-no_consultations = لا توجد مشاورات مسجلة.
cli-not_verified = لم يُتحقق منه: { $caveat }
cli-nobody_found = لم يُعثر على أحد مقابل «{ $query }».
cli-erase_with = (يُمحى باستخدام { $how })
cli-edit_by_hand = [يُعدَّل يدوياً]
cli-erased = مُحي: أُخفيت هوية المشاركين (العدد: { $participants }) في المشاورات (العدد: { $consultations })، وغُيّرت حقول أخرى (العدد: { $fields }). وتظل النسخ الاحتياطية السابقة تحتفظ بالبيانات القديمة إلى أن تُستبدل.
cli-erased_in_text = في النص: غُيّرت الفروع (العدد: { $sections }) والنسخ السابقة (العدد: { $revisions })؛ ويُحتفظ بالملف المسجل بوصفه مرسَلاً كما كان.
cli-still_mentioned = لا يزال مذكوراً في { $where }؛ يُرجى تعديل النص لحذفه.
cli-purged = حُذفت البيانات الشخصية للمشاركين (العدد: { $participants }) في المشاورات (العدد: { $consultations }) المعقودة في { $date } أو قبله (مدة الاحتفاظ: { $months ->
        [zero] { $months } شهر
        [one] { $months } شهر
        [two] { $months } شهران
        [few] { $months } أشهر
        [many] { $months } شهراً
       *[other] { $months } شهر
    }).
cli-workspace_imported = استُوردت مساحة العمل المصدَّرة في { $date } (المشاركات: { $engagements }، الورقات: { $submissions }، التوصيات: { $recommendations }) إلى { $path }.
cli-workspace_backup = تُحفظ قاعدة البيانات كما كانت بوصفها النسخة الاحتياطية { $path }.
cli-workspace_written = كُتبت مساحة العمل (المشاركات: { $engagements }، الورقات: { $submissions }، التوصيات: { $recommendations }) في { $path }.
cli-workspace_written_logo = كُتبت مساحة العمل (المشاركات: { $engagements }، الورقات: { $submissions }، التوصيات: { $recommendations }، شعار المدينة) في { $path }.
cli-action_added = أُضيف الإجراء { $id }: { $title }
cli-no_actions = لا توجد إجراءات بعد.
cli-action_deleted = حُذف الإجراء { $id }.
cli-indicator_added = أُضيف المؤشر { $id }: { $name }
cli-recorded = سُجّل.
cli-no_indicators = لا توجد مؤشرات بعد.
cli-sdg_unlinked = لم تعد التوصية { $id } مرتبطة بأي غاية من غايات أهداف التنمية المستدامة.
cli-sdg_linked = التوصية { $id } مرتبطة بـ { $targets }.
cli-no_measurement = لا يوجد قياس بعد
cli-measured_on = { $value } { $unit } في { $date }
cli-indicator = { $name }: { $latest } (خط الأساس { $baseline } في { $baseline_date }، والهدف { $target } بحلول { $target_date })
cli-indicator_progress = { $name }: { $latest } (خط الأساس { $baseline } في { $baseline_date }، والهدف { $target } بحلول { $target_date }، أُنجز { $percent }% من الطريق)
cli-recommendations_imported = المستوردة: { $imported }، المحدَّثة: { $updated }، دون تغيير: { $unchanged }، المتجاوَزة: { $skipped }.
cli-no_recommendations = لا توجد توصيات بعد.
cli-nothing_found = لم يُعثر على شيء مقابل «{ $query }».
cli-recommendation_updated = { $reference }: { $status }، { $competence }، الإدارة «{ $department }»، ملاحظات الإثبات: { $n }.
cli-recommendation_binned = نُقل { $title } إلى سلة المحذوفات. لاستعادته: cityrights bin restore recommendation { $id }
error-title_empty = لا يمكن أن يكون العنوان فارغاً. يُرجى إعطاؤه اسماً قصيراً.
error-text_too_long = هذا النص طويل جداً: عدد الأحرف { $n }، والحد الأقصى المسموح به { $max }. يُرجى اختصاره؛ لم يُفقد شيء.
error-text_nul = يحتوي هذا النص على حرف NUL غير مرئي؛ يُرجى حذفه.
error-last_before_first = لا يمكن أن يسبق اليوم الأخير اليوم الأول.
error-invalid_time = «{ $value }» ليس وقتاً صحيحاً. يُرجى استخدام صيغة 24 ساعة HH:MM، مثل 23:59.
error-invalid_email = «{ $value }» ليس عنوان بريد إلكتروني.
error-invalid_iso3 = يُرجى استخدام رمز البلد المكون من ثلاثة أحرف (ISO 3166-1 alpha-3)، مثل SVN لسلوفينيا.
workspace-logo_left_out = أُسقط شعار المدينة { $path }: { $reason }. يُرجى اختيار الشعار مجدداً في ملف المدينة بعد الاستيراد.
error-no_database_open = لا توجد قاعدة بيانات مفتوحة. يُرجى فتح ملف آخر أو إنشاء ملف جديد.
# --- plan in the app (wave 4) ---
matrix_xlsx-export = تصدير إلى Excel…
matrix_xlsx-import = استيراد من Excel…
matrix_xlsx-preview_title = ما سيغيّره المصنف
matrix_xlsx-file = المصنف: { $name }
matrix_xlsx-not_written = لم يُحفظ أي شيء بعد. راجع التغييرات، ثم طبّقها أو ألغِها.
matrix_xlsx-counts = التوصيات التي ستتغير: { $changed }. دون تغيير: { $unchanged }. صفوف غير موجودة: { $unknown }.
matrix_xlsx-nothing = لا يغيّر المصنف شيئاً: كل حالة وإدارة ودليل فيه موجود بالفعل في CityRights.
matrix_xlsx-changes_caption = التغييرات، حسب التوصية
matrix_xlsx-col_recommendation = التوصية
matrix_xlsx-col_status = الحالة المحلية
matrix_xlsx-col_department = الإدارة
matrix_xlsx-col_evidence = أدلة جديدة
matrix_xlsx-change = { $from } ← { $to }
matrix_xlsx-same = دون تغيير
matrix_xlsx-no_department = لا توجد إدارة
matrix_xlsx-unknown_title = صفوف غير موجودة في CityRights
matrix_xlsx-unknown_hint = لا تشير هذه الصفوف إلى أي توصية في قاعدة البيانات هذه. وهي مستبعدة؛ ولا يُحفظ أي شيء منها.
matrix_xlsx-col_row = الصف
matrix_xlsx-col_id = المعرّف
matrix_xlsx-col_symbol = الرمز
matrix_xlsx-col_paragraph = الفقرة
matrix_xlsx-apply = تطبيق هذه التغييرات
matrix_xlsx-applied = حُفظت تغييرات المصنف. عدد التوصيات التي تغيّرت: { $n }.
matrix_xlsx-changed_since = تغيّر المصنف أو التوصيات منذ هذه المعاينة، ولذلك لم يُحفظ أي شيء. استورد المصنف مرة أخرى لترى ما يغيّره الآن.
report_generate-open = إعداد تقرير…
report_generate-title = إعداد تقرير من بيانات المدينة
report_generate-intro = يكتب CityRights مسودة ورقة جديدة من التوصيات وحالتها المحلية والإجراءات والمؤشرات والأدلة. حرّرها وراجعها وصدّرها مثل أي ورقة أخرى.
report_generate-kind = نوع التقرير
report_generate-kind_upr_midterm = تقرير منتصف المدة للاستعراض الدوري الشامل
report_generate-kind_tb_follow_up = معلومات المتابعة (هيئات المعاهدات)
report_generate-kind_local = تقرير محلي عن حقوق الإنسان
report_generate-symbol = توصيات الوثيقة
report_generate-symbol_hint = الوثيقة التي يتابع التقرير توصياتها، مثل A/HRC/59/15
report_generate-all_of_mechanism = جميع وثائق هذه الآلية
report_generate-all = جميع التوصيات
report_generate-none_yet = استورد التوصيات أولاً: يُكتب التقرير منها ومما سجلته المدينة بشأنها.
report_generate-generate = إعداد المسودة
report_generate-done = أُنشئت المسودة «{ $title }».
report_generate-done_counts = الأقسام: { $sections }. التوصيات المشمولة: { $n }.
report_generate-open_draft = فتح المسودة
sdg_table-goals = أهداف التنمية المستدامة: { $goals }
sdg_table-targets = غايات أهداف التنمية المستدامة: { $targets }
report_generate-engagement = المشاركة
report_generate-choose_engagement = اختر مشاركة…
report_generate-no_engagement = أنشئ مشاركة أولاً: التقرير ورقة مقدمة في إطار إحداها.

# --- contributions: the core's and the CLI's messages ---
contribution-err_damaged = { $file } ليس ملف إسهام من CityRights، أو أنه تالف: { $why }. لم يتغير شيء. اطلب الملف مرة أخرى (السبب المعتاد ملف مقطوع في بريد إلكتروني أو على مفتاح USB).
contribution-err_newer = كُتب { $file } بإصدار أحدث من CityRights ({ $by }، الصيغة { $found })؛ وهذا الإصدار ({ $ours }) يقرأ حتى الصيغة { $known }. لم يتغير شيء. ثبّت CityRights { $by } أو أحدث، ثم افتح الملف مرة أخرى.
contribution-err_is_return = { $file } هو رد إدارة (ملف مُعاد)، وليس طلبًا. لم يتغير شيء. استورده في مساحة عمل المسؤول: إسهامات الإدارات، ”استيراد إسهام مُعاد…“ (cityrights contribution import FILE).
contribution-err_is_request = { $file } طلب إسهام، وليس رد إدارة. لم يتغير شيء. افتحه على حاسوب الإدارة: ”فتح إسهام…“ (cityrights contribution open FILE).
contribution-err_other_workspace = يجيب { $file } عن طلب أُرسل من مساحة عمل أخرى في CityRights (مدينة أخرى أو حاسوب آخر). لم يتغير شيء. استورده في مساحة العمل التي أُرسل منها الطلب.
contribution-err_unknown_request = يجيب { $file } عن طلب لا يوجد له سجل في مساحة العمل هذه (ربما أُرسل قبل استعادة نسخة احتياطية). لم يتغير شيء.
contribution-err_already_imported = سبق استيراد { $file } ({ $when }). لم يتغير شيء: تغييراته موجودة في قائمة الإسهامات.
contribution-err_refused_change = يحتوي الملف المُعاد على تغيير لا يقبله CityRights ({ $why }). لم يتغير شيء. اطلب من الإدارة إعادة إرساله من CityRights.
contribution-err_holds_work = قاعدة البيانات { $db } تحتوي بالفعل على عمل. يُفتح الإسهام في مساحة عمل جديدة خاصة به: حدّد ملف قاعدة بيانات جديدًا (cityrights --db NEW-FILE contribution open FILE)، أو افتحه من التطبيق الذي يحتفظ أولًا بنسخة احتياطية من هذه القاعدة.
contribution-err_not_contributor = مساحة العمل هذه ليست إسهامًا: لا يوجد ما يُعاد إرساله. افتح أولًا ملف الإسهام الذي تلقيته (cityrights contribution open FILE).
contribution-err_nothing_changed = لم يتغير شيء منذ الطلب: لا يوجد بعد ما يُعاد إرساله. عدّل الأقسام أولًا (أو متابعة التوصيات).
contribution-err_not_a_section = القسم { $id } ليس من أقسام ”{ $title }“. اختر من بين أقسامها (cityrights submission show --submission { $submission }).
contribution-err_no_recommendation = التوصية { $id } غير موجودة (أو موجودة في سلة المحذوفات).
contribution-err_too_many_sections = يحتوي الطلب على { $n } قسمًا على الأكثر.
contribution-err_too_many_recommendations = يحتوي الطلب على { $n } توصية على الأكثر.
contribution-err_choose = اختر قسمًا واحدًا على الأقل أو توصية واحدة لتطلبها.
contribution-err_which = حدّد التغييرات: ‎--all‎، أو ‎--section ID‎ أو ‎--recommendation ID‎ أو ‎--change ID‎.
contribution-err_no_change_section = لا يحتوي هذا الإسهام على أي تغيير في القسم { $id }.
contribution-err_no_change_recommendation = لا يحتوي هذا الإسهام على أي تغيير في التوصية { $id }.
contribution-err_no_change = لا يحتوي هذا الإسهام على التغيير { $id }.
contribution-due_title = { $contributor }: موعد تسليم الإسهام
contribution-due_basis = طلب إسهام موجّه إلى { $contributor }
contribution-back_title = إعادة إرسال الإسهام إلى { $city }
contribution-back_title_unnamed = إعادة إرسال الإسهام إلى المدينة
contribution-back_basis = إسهام مطلوب في { $date }
contribution-cli_opened = أصبح { $path } الآن مساحة الإسهام لـ { $city } (الأقسام: { $sections }، التوصيات: { $recommendations }).
contribution-cli_the_city = المدينة
contribution-cli_due = الموعد النهائي: { $date }
contribution-cli_message = الرسالة: { $message }
contribution-cli_requested = حُفظ الطلب (الأقسام: { $sections }، التوصيات: { $recommendations }) في { $file }.
contribution-cli_returned = حُفظ الرد (الأقسام المعدّلة: { $sections }، التوصيات المعدّلة: { $recommendations }) في { $file }. أعد إرسال هذا الملف إلى المدينة.
contribution-cli_imported = استُورد إسهام { $from } إلى قائمة المراجعة (الرقم { $id }؛ الأقسام المعدّلة: { $sections }، التوصيات المعدّلة: { $recommendations }، المتعارضة مع تغييراتك: { $conflicts }). لن يتغير شيء حتى تقبله.
contribution-cli_none = لم يُعَد أي إسهام حتى الآن.
contribution-cli_line = { $id }  { $from }  { $received }  { $state }  (قيد الانتظار: { $pending }، مقبولة: { $accepted }، مرفوضة: { $rejected })
contribution-cli_decided = المقبولة: { $accepted }، المرفوضة: { $rejected }. حالة الإسهام الآن: { $state }.
contribution-cli_conflicts = تُركت قيد الانتظار لأنك غيّرت النص نفسه منذ الطلب: التغييرات { $ids }. قارنها (contribution show { $id }) واقبلها بـ ‎--overwrite-mine‎، أو ارفضها.
contribution-cli_gone = لم تُطبَّق لأن قسمها أو توصيتها لم يعد موجودًا هنا: التغييرات { $ids }.
contribution-cli_show_head = الإسهام { $id } من { $from } ({ $received }): { $state }
contribution-cli_show_change = { "  " }التغيير { $id }: { $kind } { $field } ”{ $label }“ — { $state }
contribution-cli_conflict = { " " }(تعارض)
# --- Contributions in the app (#17) ---
contrib-nav = إسهامات الإدارات
contrib-header = إسهام لمدينة { $city }
contrib-header_unnamed = إسهام للمدينة
contrib-header_due = إسهام لمدينة { $city }، موعده النهائي { $date }
contrib-header_unnamed_due = إسهام للمدينة، موعده النهائي { $date }
contrib-header_for = مطلوب من: { $contributor }
contrib-header_message = رسالة من المدينة:
contrib-header_returned = آخر إعادة إرسال: { $when }.
contrib-send_back = إعادة الإرسال…
contrib-send_title = إعادة إرسال إسهامك
contrib-send_intro = يحفظ CityRights ملفاً واحداً يتضمن كل التغييرات التي أُجريت هنا منذ الطلب، كلٌّ منها باسمك ووقته. أرسل هذا الملف إلى المدينة بالبريد الإلكتروني أو عبر مجلد مشترك أو على ذاكرة USB. يمكنك مواصلة العمل وإعادة الإرسال لاحقاً.
contrib-send_author = اسمك
contrib-send_author_hint = يظهر للمدينة مع كل تغيير، ويُحفظ في سجل النص.
contrib-send_save = اختيار مكان الحفظ…
contrib-send_cancelled = لم يُحفظ شيء: لم يُختر أي ملف.
contrib-sent_back = حُفظ باسم { $path }. عدد الأقسام المعدَّلة: { $sections }؛ عدد التوصيات المعدَّلة: { $recommendations }. أرسل هذا الملف إلى المدينة.
contrib-ask = طلب إسهام من إدارة…
contrib-ask_hint = تكتب الإدارة الجزء الخاص بها على حاسوبها، في CityRights، ثم تعيده إليك للاستعراض.
contrib-ask_title = طلب إسهام من إدارة
contrib-ask_intro = يحفظ CityRights ملفاً واحداً لا يتضمن إلا ما تختاره هنا، وإرشادات النموذج والقواعد السارية. ولا يُدرج فيه أي جزء آخر من قاعدة بياناتك.
contrib-ask_sections = الأقسام المراد إرسالها
contrib-ask_choose_something = اختر قسماً واحداً أو توصية واحدة على الأقل.
contrib-ask_recommendations = التوصيات المطلوب متابعتها (اختياري)
contrib-ask_recommendations_hint = ابحث بالرمز أو الرقم أو الكلمات، ثم حدِّد التوصيات التي ينبغي للإدارة أن تقدم تقريراً عنها.
contrib-ask_search_label = البحث في التوصيات
contrib-ask_search = بحث
contrib-ask_none_found = لا توجد توصية تطابق هذا البحث.
contrib-ask_contributor = الإدارة أو الشخص المطلوب منه
contrib-ask_contributor_hint = مثلاً: إدارة الإسكان.
contrib-ask_email = البريد الإلكتروني
contrib-ask_due = الموعد النهائي
contrib-ask_due_hint = يُدرج في التقويم مع تذكير.
contrib-ask_message = الرسالة
contrib-ask_save = اختيار مكان الحفظ…
contrib-ask_cancelled = لم يُحفظ شيء: لم يُختر أي ملف.
contrib-ask_saved = حُفظ الطلب الموجه إلى { $contributor } باسم { $path } (عدد الأقسام: { $sections }؛ عدد التوصيات: { $recommendations }). أرسل هذا الملف إليهم.
contrib-ask_on_calendar = أُدرج الموعد النهائي، { $date }، في التقويم.
contrib-open = فتح إسهام…
contrib-welcome_hint = طلبت مدينة من إدارتك كتابة جزء من ورقتها المقدمة: افتح الملف الذي تلقيته.
contrib-settings_title = إسهام من إدارة
contrib-settings_intro = افتح ملف إسهام أُرسل إليك لكتابة الجزء الخاص بإدارتك. وهو يحل محل مساحة العمل على هذا الحاسوب.
contrib-open_question = هل تريد فتح إسهام بدلاً من مساحة العمل هذه؟ يُنسخ أولاً كل ما هنا (المشاركات، والورقات المقدمة، والتوصيات، وملف تعريف المدينة) إلى مجلد النسخ الاحتياطية المجاور لملف قاعدة البيانات، حيث لا يُحذف تلقائياً أبداً؛ ثم يُستعاض عن مساحة العمل هذه بالإسهام، الذي لا يتضمن إلا ما أرسلته إليك المدينة. هل تريد المتابعة؟
contrib-open_confirm = إنشاء نسخة احتياطية وفتح الإسهام
contrib-title = إسهامات الإدارات
contrib-intro = ردود الإدارات على طلباتك. لا يغيّر استيرادها شيئاً في نصك: تستعرض كل تغيير وتقبله أو ترفضه.
contrib-import = استيراد إسهام مُعاد…
contrib-imported = أصبح الإسهام الوارد من { $from } في قائمة الانتظار. عدد الأقسام المعدَّلة: { $sections }؛ عدد التوصيات المعدَّلة: { $recommendations }.
contrib-imported_conflicts = عدد التغييرات المتعارضة مع تعديلاتك: { $n }.
contrib-queue = الإسهامات الواردة
contrib-queue_empty = لم يرد أي إسهام بعد. عندما تعيد إدارة ملفها، استورده هنا.
contrib-col_from = من
contrib-col_received = تاريخ الورود
contrib-col_submission = الورقة المقدمة
contrib-col_state = الحالة
contrib-col_waiting = قيد الانتظار
contrib-col_accepted = مقبولة
contrib-col_rejected = مرفوضة
contrib-col_conflicts = تعارضات
contrib-state-pending = بانتظار الاستعراض
contrib-state-accepted = مقبول
contrib-state-rejected = مرفوض
contrib-state-partly = مقبول جزئياً
contrib-review_title = إسهام من { $from }
contrib-review_about = بشأن «{ $submission }»، أُعيد في { $when }.
contrib-review_due = كان موعده النهائي { $date }.
contrib-open_submission = فتح الورقة المقدمة
contrib-accept_all = قبول كل ما لا يتعارض
contrib-decided = المقبولة: { $accepted }. المرفوضة: { $rejected }.
contrib-decided_conflicts = عدد التغييرات التي بقيت قيد الانتظار لأنك عدّلت النص نفسه: { $n }.
contrib-decided_gone = عدد التغييرات التي بقيت قيد الانتظار لأن قسمها أو توصيتها لم يعد موجوداً هنا: { $n }.
contrib-change_section = القسم «{ $title }»
contrib-change_recommendation = التوصية { $reference }: { $field }
contrib-change_state-pending = قيد الانتظار
contrib-change_state-accepted = مقبول
contrib-change_state-rejected = مرفوض
contrib-change_by = عدّله { $author } في { $when }.
contrib-gone = لم يعد هذا القسم أو هذه التوصية موجوداً في مساحة عملك: لا يمكن قبول التغيير.
contrib-conflict_label = تعارض:
contrib-conflict_explain = عدّلت أنت أيضاً هذا النص منذ إرساله. لا يُتخذ أي قرار نيابة عنك: خذ نصهم (يبقى نصك في سجل النص) أو احتفظ بنصك.
contrib-sent_to_theirs = من النص المرسل إلى نصهم
contrib-current_to_theirs = من نصك الحالي إلى نصهم
contrib-new_evidence = ملاحظة إثبات جديدة
contrib-value_sent = المرسل
contrib-value_current = ما لديك الآن
contrib-value_theirs = ما لديهم
contrib-value_empty = (فارغ)
contrib-take_theirs = أخذ نصهم (استبدال نصي)
contrib-keep_mine = الاحتفاظ بنصي (رفض)
contrib-accept = قبول
contrib-reject = رفض
contrib-field-text = النص
contrib-field-competence = الاختصاص
contrib-field-department = الإدارة
contrib-field-local_status = الحالة المحلية
contrib-field-evidence = الإثبات
contrib-revision_by = بقلم { $author }

# --- the plan: editing an indicator ---
plan-edit_indicator_title = تعديل المؤشر ”{ $name }“
plan-edit_indicator_label = تعديل المؤشر { $name }

# --- native dialogs of the contributions and the Excel exchange ---
dialog-contribution_file = إسهام CityRights
dialog-save_request = حفظ طلب الإسهام
dialog-open_contribution = فتح إسهام مطلوب منك
dialog-save_return = حفظ إسهامك لإعادة إرساله
dialog-import_return = استيراد إسهام معاد
dialog-export_matrix = تصدير مصفوفة التنفيذ
dialog-import_matrix = استيراد مصفوفة التنفيذ
dialog-excel_file = مصنف Excel

# --- a required field left empty (validate::required) ---
required-indicator_name = لا يمكن أن يكون اسم المؤشر فارغًا.
required-measurement_source = لا يمكن أن يكون مصدر القيمة فارغًا.
required-contributor = لا يمكن أن تكون الإدارة أو الشخص المطلوب منه فارغًا.
required-your_name = لا يمكن أن يكون اسمك فارغًا.
required-topic = لا يمكن أن يكون الموضوع فارغًا.
required-name = لا يمكن أن يكون الاسم فارغًا.
required-version_name = لا يمكن أن يكون اسم النسخة فارغًا.
required-channel = لا يمكن أن تكون قناة الإرسال فارغة.
required-symbol = لا يمكن أن يكون رمز الوثيقة فارغًا.
required-city_name = لا يمكن أن يكون اسم المدينة فارغًا.
required-state_under_review = لا يمكن أن تكون الدولة موضوع الاستعراض فارغة.
plan-measurement_actions = إجراءات
plan-remove_measurement_label = إزالة القيمة { $value } بتاريخ { $date }
plan-remove_measurement_question = هل تريد إزالة القيمة { $value } بتاريخ { $date } من ”{ $name }“؟ يُعاد حساب التقدم من دونها.
plan-measurement_removed = أُزيل قياس من ”{ $name }“.
plan-indicator_updated = عُدّل المؤشر ”{ $name }“.
plan-delete_indicator_label = حذف المؤشر { $name }
plan-delete_indicator_question = هل تريد حذف المؤشر ”{ $name }“ وقياساته ({ $n })؟ لا يمكن التراجع عن ذلك.
plan-indicator_deleted = حُذف المؤشر ”{ $name }“.

# --- report charts ---
report-chart_title-actions_by_department = إجراءات خطة التنفيذ حسب حالتها، لكل إدارة رائدة
report-chart_group-actions_by_department = الإدارة الرائدة
report-chart_title-indicator_over_time = { $name }: القيم مقارنةً بالمستهدف على مر الزمن
report-chart_title-indicator_over_time_gone = مؤشر على مر الزمن
report-chart_actions_summary_of = من أصل { $total } من الإجراءات المتعلقة بتوصيات الوثيقة { $symbol }: { $counts }.
report-chart_actions_summary = من أصل { $total } من إجراءات خطة التنفيذ: { $counts }.
report-chart_no_action = لا تتضمن خطة التنفيذ بعدُ أي إجراء بشأن هذه التوصيات، ولذلك لا يوجد رسم بياني للإجراءات.
report-chart_indicator_summary = { $name }: خط الأساس { $baseline } ({ $baseline_date })، والمستهدف { $target } بحلول { $target_date }؛ عدد القياسات: { $n }، وآخرها { $latest } ({ $latest_date }).
report-chart_indicator_unmeasured = { $name }: خط الأساس { $baseline } ({ $baseline_date })، والمستهدف { $target } بحلول { $target_date }؛ ولم يُسجَّل أي قياس بعدُ.
report-chart_indicator_gone = حُذف المؤشر الذي كان يعرضه هذا الرسم البياني من خطة التنفيذ، ولذلك لا يوجد ما يُرسم.
report-chart_column-date = التاريخ
report-chart_column-value = القيمة
report-chart_column-source = المصدر
report-chart_baseline = خط الأساس
report-chart_target = المستهدف
report-chart_measured = القيم المقيسة
report-chart_axis_value = القيمة
report-chart_axis_value_in = القيمة ({ $unit })
report-actions_chart_intro = يبيّن الشكل إجراءات خطة التنفيذ المتعلقة بهذه التوصيات حسب حالتها، إدارةً تلو الأخرى.
report-indicator_charts_intro = تبيّن الأشكال أدناه كل مؤشر مقيس مقارنةً بمستهدفه على مر الزمن: خط الأساس والقياسات في خط متصل، والمستهدف في خط متقطع حتى تاريخه.
report-indicator_charts_more = عدد المؤشرات الأخرى التي لها قياسات: { $n }؛ وترد قيمها مع التوصيات التي تقيسها.
# --- core errors, wave 5 ---
core-as_given = { $words }
error-newer_database = كُتبت قاعدة البيانات { $path } بإصدار أحدث من CityRights (إصدار المخطط { $found }؛ ويفهم هذا الإصدار الإصدارات حتى { $known }). ولم تُغيَّر. يُرجى تثبيت الإصدار الأحدث من CityRights لفتحها، أو فتح ملف آخر.
error-unreadable_database = يتعذر فتح الملف { $path } بوصفه قاعدة بيانات CityRights: { $reason }. ولم يُغيَّر.
error-db_other_program = إنها قاعدة بيانات SQLite لبرنامج آخر، وليست لـ CityRights
error-db_damaged_check = الملف تالف ({ $check })
error-db_no_wal = لا يسمح المجلد بسجل الكتابة المسبقة في SQLite (بقي نمط السجل «{ $mode }»)
error-db_cannot_read = تتعذر قراءته ({ $reason })
error-db_is_folder = إنه مجلد وليس ملفاً
error-db_not_sqlite = ليس قاعدة بيانات SQLite
error-db_not_sqlite_or_encrypted = ليس قاعدة بيانات SQLite، أو أنه مشفَّر
error-db_damaged = الملف تالف
error-db_cannot_open = يتعذر فتحه (يُرجى التحقق من الأذونات)
error-db_read_only = إنه للقراءة فقط
error-db_busy = يستخدمه برنامج آخر
error-not_saved = لم يُحفظ: { $reason }. لم يُكتب شيء جزئياً: قاعدة البيانات على حالها قبل هذا التغيير.
error-not_saved_disk_full = القرص الذي يحوي { $folder } ممتلئ. يُرجى إفراغ بعض المساحة فيه (إفراغ سلة المحذوفات، ونقل الملفات الكبيرة إلى مكان آخر)
error-not_saved_read_only = تتعذر الكتابة في قاعدة البيانات { $path }: القرص أو الملف للقراءة فقط
error-not_saved_io_failure = أبلغ القرص الذي يحوي { $folder } عن خطأ في الكتابة (هل أُزيل محرك الأقراص أو أصابه عطل؟)
error-import_cancelled = أُلغي الاستيراد. ولم يُحتفظ بشيء منه؛ والتوصيات على حالها.
error-database = أبلغت قاعدة البيانات عن خطأ: { $reason }
error-io_copy_backup = تعذر نسخ النسخة الاحتياطية إلى { $path }: { $reason }
error-io_copy_database = تعذر نسخ قاعدة البيانات إلى { $path }: { $reason }
error-io_create = تعذر إنشاء { $path }: { $reason }
error-io_create_backup_folder = تعذر إنشاء مجلد النسخ الاحتياطية { $path }: { $reason }
error-io_create_folder = تعذر إنشاء المجلد { $path }: { $reason }
error-io_create_folder_for = تعذر إنشاء مجلد { $path }: { $reason }
error-io_delete_old_backup = تعذر حذف النسخة الاحتياطية القديمة { $path }: { $reason }
error-io_find_folder = تعذر العثور على مجلد { $path }: { $reason }
error-io_finish_backup = تعذر إكمال النسخة الاحتياطية { $path }: { $reason }
error-io_finish_copy = تعذر إكمال النسخة { $path }: { $reason }
error-io_lock = تعذر قفل { $path }: { $reason }
error-io_open = تعذر فتح { $path }: { $reason }
error-io_open_lock_file = تعذر فتح ملف القفل { $path }: { $reason }
error-io_replace_database = تعذر وضع قاعدة البيانات الجديدة مكان { $path }: { $reason }
error-io_read = تعذرت قراءة { $path }: { $reason }
error-io_read_backup_folder = تعذرت قراءة مجلد النسخ الاحتياطية { $path }: { $reason }
error-io_read_settings = تعذرت قراءة ملف الإعدادات { $path }: { $reason }
error-io_read_snapshot = تعذرت قراءة اللقطة { $path }: { $reason }
error-io_remove = تعذرت إزالة { $path }: { $reason }
error-io_replace_settings = تعذر استبدال ملف الإعدادات { $path }: { $reason }
error-io_unpack = تعذر فك ضغط { $path }: { $reason }
error-io_write = تعذرت الكتابة في { $path }: { $reason }
error-io_write_man_pages = تعذرت كتابة صفحات الدليل في { $path }: { $reason }
error-io_write_settings = تعذرت كتابة ملف الإعدادات { $path }: { $reason }
error-io_reason_not_found = الملف أو المجلد غير موجود
error-io_reason_permission = الإذن مرفوض (يُرجى أن تطلب ممن يدير هذا الحاسوب الحق في استخدام هذا المجلد)
error-io_reason_exists = يوجد ملف بهذا الاسم بالفعل
error-io_reason_disk_full = القرص ممتلئ (يُرجى إفراغ بعض المساحة فيه)
error-io_reason_read_only = القرص للقراءة فقط
error-io_reason_is_folder = إنه مجلد وليس ملفاً
error-io_reason_not_folder = جزء من المسار ملف وليس مجلداً
error-uhri_record_too_large = يتجاوز السجل { $record } (ابتداءً من السطر { $line }) { $max } ميغابايت: ليس هذا ملف تصدير الفهرس العالمي لحقوق الإنسان، أو أن الملف تالف. لم يُستورد شيء.
error-uhri_no_list = لا يبدأ الملف بالرمز «[»: ليس ملف التصدير الكامل للفهرس العالمي لحقوق الإنسان (قائمة سجلات بصيغة JSON)
error-uhri_record_missing = يأتي «]» مباشرة بعد «,» (ينقص سجل)
error-uhri_expected_record = كان المتوقع سجلاً (الرمز «{"{"}»)، ووُجد { $found }
error-uhri_expected_comma = كان المتوقع «,» أو «]» بعد السجل { $record }، ووُجد { $found }
error-uhri_after_end = يوجد محتوى بعد نهاية القائمة ({ $found })
error-uhri_byte = البايت { $code }
error-uhri_empty = الملف فارغ. لم يُستورد شيء.
error-uhri_ends_in_record = ينتهي الملف في منتصف السجل { $record } (الذي يبدأ في السطر { $line }، العمود { $column }): ربما اقتُطع أثناء التنزيل. يُرجى تنزيله مرة أخرى. لم يُستورد شيء.
error-uhri_ends_in_list = ينتهي الملف في السطر { $line } دون إغلاق قائمة السجلات (بعد السجل { $record }): ربما اقتُطع أثناء التنزيل. يُرجى تنزيله مرة أخرى. لم يُستورد شيء.
error-uhri_cannot_read = تعذرت قراءة الملف: { $reason }. لم يُستورد شيء.
error-uhri_syntax = تتعذر قراءة ملف الفهرس العالمي في السطر { $line }، العمود { $column }: { $what }. لم يُستورد شيء؛ وإذا كان الملف قد نُزِّل، فيُرجى تنزيله مرة أخرى.
error-uhri_damaged = ملف الفهرس العالمي تالف في السطر { $line }، العمود { $column } (في السجل { $record }): { $what }. لم يُستورد شيء؛ وإذا كان الملف قد نُزِّل، فيُرجى تنزيله مرة أخرى.
error-uhri_not_uhri = لا يبدو هذا ملف تصدير الفهرس العالمي لحقوق الإنسان: لا يحتوي سجله الأول (السطر { $line }) على أي من الحقول AnnotationId وCountries وText. لم يُستورد شيء.
error-csv_unreadable = تتعذر قراءة ملف CSV في السطر { $line }: { $what }. لم يُستورد شيء.
error-csv_no_header = ملف CSV فارغ أو ليس فيه سطر عناوين. ينبغي أن يسمّي سطره الأول الأعمدة (مثل Symbol وParagraph وRecommendation). لم يُستورد شيء.
error-csv_choose_text = يُرجى اختيار العمود الذي يحوي نص التوصيات.
error-csv_choose_symbol = يُرجى اختيار العمود الذي يحوي رمز الوثيقة، أو ذكر رمز التقرير الذي تنتمي إليه جميع الصفوف (مثل A/HRC/59/15).
error-csv_no_such_column =
    { $n ->
        [zero] لا أعمدة في الملف؛ والعمود { $column } غير موجود.
        [one] في الملف عمود واحد؛ والعمود { $column } غير موجود.
        [two] في الملف عمودان؛ والعمود { $column } غير موجود.
        [few] في الملف { $n } أعمدة؛ والعمود { $column } غير موجود.
        [many] في الملف { $n } عموداً؛ والعمود { $column } غير موجود.
       *[other] في الملف { $n } عمود؛ والعمود { $column } غير موجود.
    }
error-csv_column = العمود { $column }
error-csv_text_empty = السطر { $line }: العمود «{ $column }» (نص التوصية) فارغ. يُرجى ملؤه أو حذف الصف، أو اختيار عمود آخر. لم يُستورد شيء.
error-csv_symbol_empty = السطر { $line }: العمود «{ $column }» (رمز الوثيقة) فارغ. لم يُستورد شيء.
error-csv_not_a_response = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس رداً (Supported أو Partially supported أو Noted أو Pending). هل هذا هو العمود الصحيح؟ لم يُستورد شيء.
error-csv_no_rows = في ملف CSV سطر عناوين ولكن لا صفوف فيه. لم يُستورد شيء.
error-text_file_too_large =
    { $what ->
        [csv] حجم ملف CSV { $size } ميغابايت؛ ولا يُقبل أكثر من { $max } ميغابايت. هل هذا هو الملف الصحيح؟
       *[other] حجم ملف التقرير { $size } ميغابايت؛ ولا يُقبل أكثر من { $max } ميغابايت. هل هذا هو الملف الصحيح؟
    }
error-text_file_not_utf8 =
    { $what ->
        [csv] ملف CSV ليس نصاً بترميز UTF-8: البايت في الموضع { $offset } (السطر { $line }) ليس UTF-8 صالحاً. ربما حُفظ بترميز آخر (مثل Windows-1252). يُرجى حفظه بترميز UTF-8 واستيراده مرة أخرى. لم يُستورد شيء.
       *[other] ملف التقرير ليس نصاً بترميز UTF-8: البايت في الموضع { $offset } (السطر { $line }) ليس UTF-8 صالحاً. ربما حُفظ بترميز آخر (مثل Windows-1252). يُرجى حفظه بترميز UTF-8 واستيراده مرة أخرى. لم يُستورد شيء.
    }
error-report_no_symbol = يُرجى ذكر رمز وثيقة التقرير، مثل A/HRC/59/15: فالتوصيات يُستشهد بها بهذا الرمز.
error-report_nul = يحتوي النص على بايت NUL (السطر { $line })، وهو ما لا يحتويه أي نص: ربما ليس هذا نص تقرير. لم يُستورد شيء.
error-report_none_found = لم يُعثر على أي توصية. ينبغي أن يحتوي النص على فرع «الاستنتاجات و/أو التوصيات» من تقرير الفريق العامل، مع توصيات مرقّمة مثل «140.1 التصديق على …». يُرجى نسخ ذلك الفرع (أو التقرير كله) من ملف PDF والمحاولة مرة أخرى. لم يُستورد شيء.
error-report_no_text = لا نص للتوصية { $number } (السطر { $line }). لم يُستورد شيء.
error-report_gap = التوصية { $missing } ناقصة: بعد { $before } (السطر { $line }) الرقم التالي الموجود هو { $next } (السطر { $next_line }). ربما فُقد جزء من النص عند نسخه؛ يُرجى نسخ الفرع كله مرة أخرى. لم يُستورد شيء.
error-limit_import = { $what } لا يستطيع CityRights استيراده: يُرجى التحقق من أنه الملف الصحيح. لم يُستورد شيء.
error-limit_save = { $what } لم يُحفظ شيء؛ يُرجى تقسيم النص على عدة فروع.
error-limit_nodes = يتجاوز عدد الفقرات وعناصر القوائم وخلايا الجداول ومقاطع النص في فرع واحد { $max }.
error-limit_footnotes = يتجاوز عدد الحواشي في فرع واحد { $max }.
error-limit_text = سيتجاوز حجم النص { $max } ميغابايت، وهو أكثر بكثير من أي تقرير.
error-limit_depth = يتجاوز عمق تداخل القوائم أو الاقتباسات في النص { $max } مستويات.
error-limit_columns = عدد أعمدة جدول { $n }؛ والحد الأقصى المسموح به { $max }.
error-limit_cells = عدد خلايا جدول { $n }؛ والحد الأقصى المسموح به { $max }.
error-limit_attribute =
    { $what ->
        [chart] طول رسم بياني { $n } حرفاً؛ والحد الأقصى المسموح به { $max }.
        [link] طول رابط { $n } حرفاً؛ والحد الأقصى المسموح به { $max }.
       *[other] طول استشهاد { $n } حرفاً؛ والحد الأقصى المسموح به { $max }.
    }
error-limit_heading = مستوى عنوان { $level }؛ والمستويات من 1 إلى 6.
error-limit_link = يؤدي رابط إلى مكان غير صفحة ويب أو عنوان بريد إلكتروني (لا يُحتفظ إلا بروابط http وhttps وmailto).
error-limit_nested_footnote = تحتوي حاشية على حاشية أخرى؛ ولا يجوز أن تحتوي الحاشية إلا على نص.
error-limit_footnote_copies = يستدعي الملف حواشيه مرات كثيرة حتى إن نصها سيتجاوز { $max } ميغابايت.
error-md_utf16 = الملف ليس نصاً بترميز UTF-8: يبدأ (في الموضع 0) بعلامة نص UTF-16. يُرجى حفظه بترميز UTF-8 (في معظم المحررات: حفظ باسم، ثم الترميز: UTF-8) واستيراده مرة أخرى.
error-md_not_utf8 = الملف ليس نصاً بترميز UTF-8: البايت في الموضع { $offset } (السطر { $line }) ليس UTF-8 صالحاً. ربما حُفظ بترميز آخر (مثل Windows-1252 أو Latin-1). يُرجى حفظه بترميز UTF-8 (في معظم المحررات: حفظ باسم، ثم الترميز: UTF-8) واستيراده مرة أخرى.
error-md_nul = يحتوي الملف على بايت NUL (في الموضع { $offset }، السطر { $line })، وهو ما لا تحتويه الملفات النصية أبداً: ربما ليس ملف Markdown، أو أنه حُفظ بترميز UTF-16. يُرجى حفظه نصاً بترميز UTF-8 واستيراده مرة أخرى.
error-md_empty = الملف فارغ: لا يوجد ما يُستورد.
error-md_nothing = لا نص في الملف للاستيراد: لا يحتوي على عناوين أو فقرات أو قوائم أو اقتباسات أو جداول.
error-md_too_large = الملف أكبر من أن يُستورد: { $size } ميغابايت، في حين أن الحد الأقصى { $max } ميغابايت. الورقة أصغر من ذلك بكثير: يُرجى التحقق من أنه الملف الصحيح، أو تقسيمه.
error-md_undefined_footnote = الحاشية [^{ $label }] مستخدمة في السطر { $line } ولكنها غير معرّفة.
error-md_table_limit = { $what } (السطر { $line } من الملف.) لا يستطيع CityRights استيراده: يُرجى تقسيم الجدول، أو التحقق من أنه الملف الصحيح. لم يُستورد شيء.
error-md_nesting = يتجاوز عمق تداخل القوائم أو الاقتباسات أو التأكيد في الملف { $max } مستويات (في السطر { $line }). لا يستطيع CityRights استيراد بنية كهذه: يُرجى التحقق من أنه الملف الصحيح.
error-md_footnote_in_heading = يستدعي العنوان في السطر { $line } حاشية، ولكن عناوين الفروع والورقات لا يجوز أن تحمل حواشي. يُرجى نقل استدعاء الحاشية إلى النص تحت العنوان واستيراد الملف مرة أخرى.
error-md_footnote_copies = يستدعي الملف حواشيه مرات كثيرة حتى إن نصها سيتجاوز { $max } ميغابايت (الاستدعاء في السطر { $line } زائد). يُرجى التحقق من أنه الملف الصحيح.
error-docx_too_large = الملف أكبر من أن يُستورد: { $size } ميغابايت، في حين أن الحد الأقصى { $max } ميغابايت. المسودة أصغر من ذلك بكثير: يُرجى التحقق من أنه الملف الصحيح.
error-docx_old_or_protected = ليس هذا ملف ‎.docx: إما أنه مستند Word قديم (‎.doc) وإما أنه محمي بكلمة مرور. يُرجى فتحه في Word أو LibreOffice، وإزالة كلمة المرور إن وُجدت، وحفظه بصيغة "Word Document (.docx)"، ثم استيراد ذلك الملف.
error-docx_not_zip = ليس هذا ملف Word ‏(‎.docx): ملف ‎.docx أرشيف zip، وهذا الملف ليس كذلك. إذا كان قد أُعيدت تسميته من صيغة أخرى، فيُرجى فتحه في Word أو LibreOffice وحفظه بصيغة "Word Document (.docx)".
error-docx_no_body = لا متن مستند في الملف: إنه تالف أو ليس مستند Word.
error-docx_bad_zip = الملف تالف ولا يمكن استيراده: تتعذر قراءة بنية zip فيه ({ $what }). إذا استطاع Word أو LibreOffice فتحه، فيُرجى حفظه مجدداً بصيغة ‎.docx واستيراد الملف الجديد.
error-docx_too_many_entries = عدد العناصر في الملف { $n }، وهو أكثر مما في أي مستند Word (الحد الأقصى { $max }): ليس هذا مسودة يمكن استيرادها.
error-docx_damaged_part = الملف تالف ولا يمكن استيراده: يتعذر قراءة جزئه { $name } ({ $what }).
error-docx_not_utf8 = ليس نصاً بترميز UTF-8
error-docx_part_too_large = لا يمكن استيراد الملف: جزؤه { $name } يتجاوز { $max } ميغابايت بعد فك الضغط، وهو أكثر بكثير من نص أي مسودة (ربما صُمم الملف لاستنفاد الذاكرة).
error-docx_parts_too_large = لا يمكن استيراد الملف: تتجاوز أجزاؤه النصية مجتمعة { $max } ميغابايت بعد فك الضغط، وهو أكثر بكثير من أي مسودة.
error-docx_part_utf16 = لا يمكن استيراد الملف: جزؤه { $name } مكتوب بترميز UTF-16، وهو ما لا يكتبه Word. يُرجى فتح الملف في Word أو LibreOffice وحفظه مجدداً بصيغة ‎.docx.
error-docx_missing_part = الملف ليس مستند Word كاملاً: لا يحتوي على { $name }. إذا استطاع Word أو LibreOffice فتحه، فيُرجى حفظه مجدداً بصيغة ‎.docx واستيراد الملف الجديد.
error-docx_nothing = لا نص في الملف للاستيراد: لا يحتوي على عناوين أو فقرات أو قوائم أو جداول.
error-thematic_not_docx = ليس هذا مستند Word ‏(‎.docx). يُرجى فتح القائمة المواضيعية في Word وحفظها بصيغة "Word Document (*.docx)"، ثم استيرادها مرة أخرى. لم يُستورد شيء.
error-thematic_damaged = مستند Word تالف ({ $what }). لم يُستورد شيء.
error-thematic_too_large = يتجاوز نص مستند Word { $max } ميغابايت: ليست هذه قائمة مواضيعية. لم يُستورد شيء.
error-thematic_broken_xml = مستند Word تالف: تتعذر قراءة نصه (word/document.xml) عند البايت { $offset } ({ $what }). يُرجى فتحه في Word وحفظه مجدداً ثم استيراده مرة أخرى. لم يُستورد شيء.
error-thematic_cell_too_large = تحتوي خلية في الجدول على أكثر من { $max } كيلوبايت من النص، وهو أكثر بكثير من أي توصية: ليست هذه قائمة مواضيعية. لم يُستورد شيء.
error-thematic_no_source = لا يحتوي الصف { $row } من الجدول (التوصية { $number }) على حقل "Source of Position" يُعرف منه التقرير الذي تنتمي إليه. يُرجى ذكر رمز التقرير (مثل A/HRC/59/15) عند الاستيراد. لم يُستورد شيء.
error-thematic_none_found = لم يُعثر على أي توصية في مستند Word هذا. القائمة المواضيعية جدول تبدأ صفوفه برقم التوصية («140.7 التصديق على …»). لم يُستورد شيء.
error-xlsx_too_many_rows = عدد الصفوف أكبر مما تتسع له ورقة Excel ‏(1,048,575): يُرجى تصدير وثيقة واحدة في كل مرة.
error-xlsx_password = المصنف محمي بكلمة مرور. يُرجى فتحه في Excel أو LibreOffice، وإزالة كلمة المرور (أو حفظ نسخة غير محمية)، ثم استيراد ذلك الملف.
error-xlsx_damaged = الملف تالف أو ليس مصنف Excel، لذا تتعذر قراءته ({ $what }). إذا استطاع Excel أو LibreOffice فتحه، فيُرجى حفظه مجدداً بصيغة ‎.xlsx واستيراد الملف الجديد.
error-xlsx_no_sheet = لا ورقة في المصنف لقراءتها.
error-xlsx_beyond_row = في الورقة «{ $sheet }» خلية في { $cell }، بعد الصف { $max }: صفوف أكثر بكثير مما في أي مصفوفة توصيات. يُرجى حذف ما تحت الجدول والمحاولة مرة أخرى.
error-xlsx_beyond_column = في الورقة «{ $sheet }» خلية في { $cell }، بعد العمود { $max }. يُرجى حذف ما على يمين الجدول والمحاولة مرة أخرى.
error-xlsx_cell_too_long = تحتوي الخلية { $cell } على أكثر من { $max } حرفاً، وهو أكثر مما يسمح به Excel نفسه: لم يكتب هذا الملف Excel ولا CityRights.
error-xlsx_empty_sheet = الورقة «{ $sheet }» فارغة: لا يوجد صف عناوين لقراءته.
error-xlsx_too_large = يتجاوز الملف { $max } ميغابايت، وهو أكثر بكثير من مصفوفة توصيات: يُرجى التحقق من أنه الملف الصحيح.
error-xlsx_old_or_protected = هذا ملف Excel قديم (‎.xls) أو مصنف محمي بكلمة مرور. يُرجى فتحه في Excel أو LibreOffice، وحفظه بصيغة ‎.xlsx دون كلمة مرور، ثم استيراد ذلك الملف.
error-xlsx_not_zip = الملف ليس مصنف Excel ‏(‎.xlsx): لا يمكن فتحه بوصفه مصنفاً. يُرجى حفظه من Excel أو LibreOffice بصيغة ‎.xlsx واستيراد ذلك الملف.
error-xlsx_too_many_parts = عدد الأجزاء في الملف { $n }، وهو أكثر مما في أي مصنف Excel (الحد الأقصى { $max }): ليست هذه مصفوفة يمكن قراءتها.
error-xlsx_bad_entry = الملف تالف: يتعذر قراءة الجزء { $n } من أرشيف zip فيه ({ $what }).
error-xlsx_part_too_large = تتعذر قراءة الملف: جزؤه { $name } يتجاوز { $max } ميغابايت بعد فك الضغط، وهو أكثر بكثير من أي مصفوفة (ربما صُمم الملف لاستنفاد الذاكرة).
error-xlsx_bad_part = الملف تالف: يتعذر قراءة جزئه { $name } ({ $what }).
error-xlsx_parts_too_large = تتعذر قراءة الملف: تتجاوز أجزاؤه مجتمعة { $max } ميغابايت بعد فك الضغط، وهو أكثر بكثير من أي مصفوفة.
error-xlsx_too_many_strings = تتعذر قراءة الملف: يعلن عن { $n } من النصوص المختلفة، وهو أكثر من { $max } (ربما صُمم الملف لاستنفاد الذاكرة).
error-xlsx_bad_strings = الملف تالف: لا يبدأ جزؤه { $name } بوصفه قائمة نصوص.
error-ws_newer =
    { $what ->
        [file_format] كُتب ملف مساحة العمل هذا بإصدار أحدث من CityRights ({ $app_version } — صيغة الملف { $found })؛ ويفهم هذا الإصدار ({ $this_version }) صيغ الملف حتى { $known }. لم يتغير شيء. يُرجى تثبيت CityRights { $app_version } أو إصدار أحدث على هذا الحاسوب، ثم استيراد الملف مرة أخرى.
       *[other] كُتب ملف مساحة العمل هذا بإصدار أحدث من CityRights ({ $app_version } — إصدار المخطط { $found })؛ ويفهم هذا الإصدار ({ $this_version }) إصدارات المخطط حتى { $known }. لم يتغير شيء. يُرجى تثبيت CityRights { $app_version } أو إصدار أحدث على هذا الحاسوب، ثم استيراد الملف مرة أخرى.
    }
error-ws_no_folder = المجلد { $folder } غير موجود. يُرجى اختيار مجلد موجود لملف مساحة العمل.
error-ws_not_ours = ليس هذا ملف مساحة عمل من CityRights، أو أنه تالف: { $why }. لم يتغير شيء. يُرجى تصدير مساحة العمل مرة أخرى على الحاسوب الآخر (cityrights workspace export -o FILE) واستيراد ذلك الملف.
error-pkg_zip_unreadable = تتعذر قراءة بنية zip فيه ({ $what })
error-ws_too_many_entries = عدد العناصر فيه { $n }، في حين أن مساحة العمل لا تحتوي على أكثر من { $max }
error-pkg_no_manifest = لا يحتوي على manifest.json
error-pkg_manifest_unreadable = يتعذر قراءة بيانه ({ $what })
error-pkg_manifest_too_large = بيانه كبير جداً
error-pkg_manifest_format = يذكر بيانه أنه «{ $format }»
error-ws_unexpected_entry = يذكر بيانه عنصراً غير متوقع «{ $name }»
error-pkg_named_twice = يذكر بيانه «{ $name }» مرتين
error-ws_entry_too_large = سيشغل عنصره { $name } بعد فك الضغط { $bytes } بايت، وهو أكثر من { $max } ميغابايت المسموح بها
error-ws_no_database = لا يحتوي على قاعدة بيانات
error-ws_damaged = ملف مساحة العمل تالف: { $why }. لم يتغير شيء. يُرجى نسخ الملف مرة أخرى من الحاسوب الآخر، أو تصديره مجدداً هناك.
error-pkg_not_listed = لا يذكر بيانه { $name }
error-pkg_entry_unreadable = يتعذر قراءة عنصره { $name } ({ $what })
error-ws_entry_size = حجم عنصره { $name } لا يطابق ما يذكره البيان
error-ws_entry_larger = عنصره { $name } أكبر مما يذكره البيان
error-pkg_entry_checksum = عنصره { $name } لا يطابق المجموع الاختباري في بيانه
error-ws_damaged_database = قاعدة البيانات داخل ملف مساحة العمل { $why }. لم يتغير شيء. يُرجى تصدير مساحة العمل مرة أخرى على الحاسوب الآخر واستيراد الملف الجديد.
error-wsdb_cannot_open = يتعذر فتحها ({ $what })
error-wsdb_cannot_read = تتعذر قراءتها ({ $what })
error-wsdb_not_ours = ليست قاعدة بيانات CityRights
error-wsdb_no_version = ليس لها إصدار مخطط
error-wsdb_damaged = تالفة ({ $check })
error-wsdb_unknown_version = لها إصدار مخطط غير معروف
error-wsdb_wrong_kind = تحتوي على كائن «{ $kind }» باسم { $table } حيث يحفظ CityRights جدولاً
error-wsdb_rows_rejected = تحتوي على صفوف من { $table } لا يستطيع CityRights قبولها ({ $what })
error-wsdb_cannot_upgrade = يتعذر تحديثها ({ $what })
error-wsdb_dangling = تحتوي على صفوف من { $table } تشير إلى سجلات لا تحتوي عليها
error-wsdb_nothing = لا شيء
error-wsdb_a_value = قيمة
error-wsdb_bad_value = تحتوي على قيمة لا يكتبها CityRights أبداً (الجدول { $table }، الصف{ $row }، العمود { $column }: { $found } حيث ينبغي { $expected })
error-wsdb_bad_section = تحتوي على فرع لا يستطيع CityRights قراءة نصه (الفرع { $id }، «{ $title }»: { $what })
error-wsdb_bad_revision = تحتوي على نسخة محفوظة من الورقة { $submission } لا يستطيع CityRights قراءتها (التنقيح { $id }: { $what })
error-pkg_too_many_entries = عدد العناصر فيه { $n }، في حين أن الحزمة لا تحتوي على أكثر من { $max }
error-pkg_entry_over = سيشغل عنصره { $name } بعد فك الضغط { $bytes } بايت، وهو أكثر من { $max } المسموح بها
error-pkg_total_over = سيشغل بعد فك الضغط { $bytes } بايت، وهو أكثر من { $max } المسموح بها
error-pkg_unlisted_entry = يحتوي على عنصر «{ $name }» لا يذكره بيانه
error-pkg_entry_size = حجم عنصره { $name } لا يطابق ما يذكره بيانه
error-pkg_too_large = يتجاوز { $max } ميغابايت المسموح بها للحزمة
error-pkg_bad_ids = معرّفات بيانه ليست مما يكتبه CityRights
error-pkg_request_unreadable = تتعذر قراءة طلبه ({ $what })
error-pkg_request_too_large = يطلب فروعاً أو توصيات أكثر مما يحتويه الطلب
error-pkg_request_empty = لا يطلب شيئاً
error-pkg_names_too_long = أحد أسمائه أو رسالته طويل جداً
error-pkg_section_refused = نص فرعه «{ $title }» مرفوض: { $what }
error-pkg_too_much_evidence = توصية فيه تحمل عدداً كبيراً جداً من ملاحظات الأدلة
error-pkg_changes_unreadable = تتعذر قراءة قائمة تغييراته ({ $what })
error-pkg_too_many_changes = يحتوي على تغييرات أكثر مما يجوز أن يحتويه الرد
error-pkg_sender_too_long = اسم مرسله طويل جداً
error-pkg_author_too_long = أحد تغييراته يذكر مؤلفاً اسمه طويل جداً
error-pkg_no_changeset = ليس لتغييره في { $field } { $id } مجموعة تغييرات
error-pkg_change_too_large = أحد تغييراته كبير جداً
error-database_closed = قاعدة البيانات مغلقة.
error-file_exists = { $path } موجود بالفعل. يُرجى اختيار اسم ملف جديد: لا يُكتب أبداً فوق ملف موجود.
error-demo_not_empty = تحتوي قاعدة البيانات هذه على بيانات بالفعل، ولذلك لم تُضف البيانات التجريبية. يُرجى استخدام ملف قاعدة بيانات جديد وفارغ للبيانات التجريبية.
error-not_a_backup_name = { $name } ليس اسم ملف نسخة احتياطية من CityRights.
error-copy_failed_check = لم تجتز نسخة قاعدة البيانات الفحص ({ $check }) فأُزيلت. وقاعدة البيانات نفسها لم تتغير.
error-backup_of_another = النسخة الاحتياطية { $name } ليست نسخة احتياطية من { $path }: إنها تعود إلى قاعدة بيانات أخرى. لم تُغيَّر قاعدة بياناتك؛ يُرجى اختيار إحدى نسخها الاحتياطية.
error-settings_unreadable = تتعذر قراءة ملف الإعدادات { $path } ({ $what }). يُرجى اختيار مجلد النسخ الاحتياطية الثاني أو أسلوب الاستشهاد مجدداً في الإعدادات؛ فأيٌّ منهما يكتب ملفاً جديداً.
error-choose_second_folder = يُرجى اختيار مجلد للنسخة الثانية من النسخ الاحتياطية.
error-not_a_full_path = { $folder } ليس مساراً كاملاً. يُرجى اختيار المجلد بواسطة «اختيار مجلد…».
error-second_is_data_folder = هذا مجلد البيانات، الذي تُحفظ فيه النسخ الاحتياطية أصلاً. يُرجى اختيار محرك أقراص آخر: مفتاح USB أو مجلد مشترك للإدارة.
error-not_a_language = «{ $value }» ليست لغة يتحدث بها CityRights: يُرجى اختيار إحدى اللغات التالية: { $codes }.
error-type_symbol = يُرجى كتابة رمز الوثيقة، مثل A/HRC/59/15.
error-search_not_understood = تعذر فهم هذا البحث. يُرجى البحث عن كلمات بسيطة، دون علامات اقتباس أو رموز.
error-search_index_damaged = فهرس البحث في قاعدة البيانات هذه تالف، ولذلك تتعذر الإجابة عن البحث. لا تتأثر نصوصك بهذه الرسالة. يُرجى استعادة آخر نسخة احتياطية (الإعدادات ← النسخ الاحتياطية)، أو تصدير مساحة العمل واستيرادها مجدداً، مما يعيد بناء الفهرس.
error-revision_unreadable = يتعذر قراءة التنقيح { $id } ({ $what }).
error-versions_of_two = يجب أن تنتمي النسختان إلى الورقة نفسها.
error-sent_file_empty = الملف فارغ: يُرجى اختيار الملف الذي أُرسل فعلاً.
error-not_submitted_yet = الورقة «{ $title }» (المعرّف { $id }) غير موسومة بأنها قُدمت: يمكن تحرير نصها بالفعل.
error-mark_submitted_first = يُرجى أولاً وسم الورقة بأنها قُدمت.
error-template_other_mechanism = القالب «{ $name }» ليس لهذه الآلية. يُرجى اختيار قالب مُعد لها.
error-choose_un_language = يُرجى اختيار إحدى اللغات الرسمية الست للأمم المتحدة.
error-co_submitter_gone = أحد المشاركين في التقديم لم يعد موجوداً.
error-section_text_unreadable = يتعذر قراءة نص الفرع { $id } ({ $what }).
error-profile_before_logo = يُرجى إعداد ملف المدينة أولاً، ثم اختيار شعارها.
error-consultation_date = يُرجى ذكر تاريخ المشاورة (YYYY-MM-DD، مثل 2027-03-02).
error-consultation_topic_empty = لا يجوز أن يكون الموضوع فارغاً. يُرجى بيان موضوع المشاورة في كلمات قليلة.
error-consultation_topic_long = الموضوع طويل جداً: الحد الأقصى { $max } حرفاً. يُرجى اختصاره؛ لم يُفقد شيء.
error-consultation_format = يُرجى اختيار طريقة عقد المشاورة (اجتماع، استبيان، مساهمات مكتوبة…).
error-consultation_submission = يُرجى اختيار إحدى ورقات هذه المشاركة، أو لا شيء.
error-participants_max = لا يمكن ذكر أكثر من { $max } من المشاركين بأسمائهم؛ يُرجى تسجيل المجموعة الأكبر عدداً في الملاحظات.
error-participant_no_name = ليس للمشارك { $n } اسم. يُرجى ذكر اسمه، أو حذف الصف.
error-participant_email = «{ $value }» (المشارك { $n }) ليس عنوان بريد إلكتروني. يُرجى تصحيحه أو تركه فارغاً.
error-departments_full = تضم قائمة المدينة بالفعل { $max } من الإدارات، وهو أقصى ما يمكن أن تضمه. يُرجى اختيار إحداها، أو حذف الإدارات غير المستخدمة في الإعدادات.
error-department_name_empty = لا يجوز أن يكون اسم الإدارة فارغاً. لإزالتها من القائمة، يُرجى حذفها.
error-type_department = يُرجى كتابة اسم الإدارة، مثل «إدارة الإسكان».
error-recommendation_too_long = حجم التوصية { $symbol } { $paragraph } { $size } كيلوبايت، في حين أن أطول ما تكتبه الأمم المتحدة بضعة كيلوبايتات (لا يُقبل أكثر من { $max } كيلوبايت): هذا الملف ليس كما يبدو. لم يُستورد شيء.
error-recommendation_text_empty = لا يجوز أن يكون نص التوصية فارغاً.
error-recommendation_in_bin = { $symbol }، الفقرة { $paragraph } في سلة المحذوفات. يُرجى استعادتها من سلة المحذوفات بدلاً من إضافتها مجدداً: فهي تعود مع متابعة المدينة.
error-recommendation_exists = { $symbol }، الفقرة { $paragraph } موجودة بالفعل في القائمة. يُرجى البحث عنها بدلاً من إضافتها مجدداً.
error-tag_empty = لا يجوز أن يكون الوسم فارغاً. يُرجى كتابة كلمة أو كلمتين، مثل «الإسكان».
error-note_empty = يُرجى كتابة ما أُنجز، مثل «قرار المجلس 2026/14 يموّل 200 مسكن».
error-select_one = يُرجى أولاً اختيار توصية واحدة على الأقل.
error-bulk_max = لا يمكن تغيير أكثر من { $max } من التوصيات في آن واحد.
error-department_in_use =
    { $n ->
        [zero] لا توصيات تذكر «{ $name }» بوصفها الإدارة المسؤولة.
        [one] توصية واحدة تذكر «{ $name }» بوصفها الإدارة المسؤولة عنها، ولذلك تبقى في القائمة. يُرجى أولاً إسناد إدارة أخرى إليها، أو إعادة تسمية هذه الإدارة (الاسم الموجود في القائمة يدمج الاثنتين).
        [two] توصيتان تذكران «{ $name }» بوصفها الإدارة المسؤولة عنهما، ولذلك تبقى في القائمة. يُرجى أولاً إسناد إدارة أخرى إليهما، أو إعادة تسمية هذه الإدارة (الاسم الموجود في القائمة يدمج الاثنتين).
        [few] { $n } توصيات تذكر «{ $name }» بوصفها الإدارة المسؤولة عنها، ولذلك تبقى في القائمة. يُرجى أولاً إسناد إدارة أخرى إليها، أو إعادة تسمية هذه الإدارة (الاسم الموجود في القائمة يدمج الاثنتين).
        [many] { $n } توصية تذكر «{ $name }» بوصفها الإدارة المسؤولة عنها، ولذلك تبقى في القائمة. يُرجى أولاً إسناد إدارة أخرى إليها، أو إعادة تسمية هذه الإدارة (الاسم الموجود في القائمة يدمج الاثنتين).
       *[other] { $n } توصية تذكر «{ $name }» بوصفها الإدارة المسؤولة عنها، ولذلك تبقى في القائمة. يُرجى أولاً إسناد إدارة أخرى إليها، أو إعادة تسمية هذه الإدارة (الاسم الموجود في القائمة يدمج الاثنتين).
    }
error-not_a_file_nothing_changed = { $path } ليس ملفاً؛ لم يتغير شيء.
error-database_in_use = CityRights مفتوح على { $path } (أو أن أمراً آخر يكتب فيها). يُرجى إغلاق التطبيق ثم تشغيل الأمر مجدداً: لا يجوز إلا لبرنامج واحد في كل مرة تغيير قاعدة البيانات.
error-not_a_file_name = { $path } ليس اسم ملف.
error-change_unreadable = يتعذر قراءة تغيير ينتظر المراجعة: { $what }
error-unknown_mechanism = آلية غير معروفة «{ $code }». يُرجى اختيار الاستعراض الدوري الشامل، أو إحدى هيئات المعاهدات، أو الإجراءات الخاصة.
error-no_recommendation = لا توجد التوصية { $id } (ربما هي في سلة المحذوفات). يُرجى اختيار توصية من قائمة التوصيات.
error-sdg_targets_max = لا يجوز ربط التوصية بأكثر من { $max } من غايات أهداف التنمية المستدامة.
error-xlsx_rows_twice = الصفان { $first } و{ $second } كلاهما { $reference }: يُرجى الإبقاء على أحدهما والاستيراد مجدداً.
error-xlsx_row = الصف { $row } ({ $reference }): { $what } لم يُستورد شيء.
error-xlsx_no_columns = لا شيء
error-xlsx_not_a_matrix = الورقة «{ $sheet }» ليست مصفوفة تنفيذ: ليس في صفها الأول عمود { $missing }. أعمدتها: { $columns }. يُرجى تصدير المصفوفة من CityRights ‏(recommendations export-xlsx)، وملء ذلك الملف، ثم استيراده.
error-input_too_large = المدخلات أكبر من { $max } ميغابايت: يُرجى التحقق من أنه الملف الصحيح.
cli-count_sections =
    { $n ->
        [zero] لا فروع
        [one] فرع واحد
        [two] فرعان
        [few] { $n } فروع
        [many] { $n } فرعاً
       *[other] { $n } فرع
    }
cli-count_paragraphs =
    { $n ->
        [zero] لا فقرات مرقّمة
        [one] فقرة مرقّمة واحدة
        [two] فقرتان مرقّمتان
        [few] { $n } فقرات مرقّمة
        [many] { $n } فقرة مرقّمة
       *[other] { $n } فقرة مرقّمة
    }
cli-count_footnotes =
    { $n ->
        [zero] لا حواشي
        [one] حاشية واحدة
        [two] حاشيتان
        [few] { $n } حواشٍ
        [many] { $n } حاشية
       *[other] { $n } حاشية
    }
cli-count_pages =
    { $n ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $n } صفحات
        [many] { $n } صفحة
       *[other] { $n } صفحة
    }
cli-count_recommendations =
    { $n ->
        [zero] لا توصيات
        [one] توصية واحدة
        [two] توصيتان
        [few] { $n } توصيات
        [many] { $n } توصية
       *[other] { $n } توصية
    }
cli-count_words =
    { $n ->
        [zero] لا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $n } كلمات
        [many] { $n } كلمة
       *[other] { $n } كلمة
    }
cli-count_actions =
    { $n ->
        [zero] لا إجراءات
        [one] إجراء واحد
        [two] إجراءان
        [few] { $n } إجراءات
        [many] { $n } إجراءً
       *[other] { $n } إجراء
    }
cli-docx_written = كُتب الملف { $path } ({ $sections }، { $paragraphs }، { $footnotes }).
cli-pdf_written = كُتب الملف { $path } ({ $pages }، { $paragraphs }، { $footnotes }).
cli-section_replaced = استُبدل نص «{ $title }» (النسخة { $version })؛ وأصبح في الورقة الآن { $words }.
cli-no_revisions = لا تنقيحات بعد.
cli-revision_by = (بقلم { $author })
cli-recommendations_written = كُتب في { $path }: { $recommendations }.
cli-recommendations_pdf_written = كُتب في { $path }: { $recommendations } في { $pages }.
cli-matrix_evidence = الصف { $row }، { $reference }: أُضيف دليل: { $value }
cli-matrix_change = الصف { $row }، { $reference }: { $field } «{ $from }» ← «{ $to }»
cli-no_id = لا يوجد
cli-matrix_unknown = الصف { $row }: لا توجد في قاعدة البيانات هذه توصية { $symbol } { $paragraph } (المعرّف { $id }).
cli-matrix_summary =
    { $dry_run ->
        [yes] النتيجة المتوقعة: المعدَّلة: { $changed }؛ دون تغيير: { $unchanged }؛ غير المعروفة: { $unknown }.
       *[other] تم: المعدَّلة: { $changed }؛ دون تغيير: { $unchanged }؛ غير المعروفة: { $unknown }.
    }
cli-man_pages_written = كُتبت صفحات الدليل في { $path }.
cli-report_created = أُنشئت الورقة { $id } «{ $title }» وفيها { $sections }، وتستشهد بـ { $recommendations }. افتحها لتحريرها، أو صدّرها بالأمر `cityrights export pdf --submission { $id } -o FILE.pdf`.
cli-progress_by_theme = حسب الموضوع:
cli-progress_by_department = حسب الإدارة:
cli-progress_by_sdg = حسب أهداف التنمية المستدامة:
cli-progress_line = { $name }: { $recommendations } (لم يبدأ: { $not_started }؛ قيد التنفيذ: { $in_progress }؛ منفَّذة: { $implemented }؛ لا تنطبق: { $not_applicable }؛ { $actions })
error-already_submitted = الورقة «{ $title }» (المعرّف { $id }) موسومة بالفعل بأنها قُدمت. لإرسال نسخة مصححة، يُرجى أولاً بدء نسخة جديدة («بدء نسخة جديدة» في شاشة الورقة، أو `cityrights submission reopen --submission { $id } --json`): يُحتفظ بسجل ما أُرسل.
error-already_submitted_on = الورقة «{ $title }» (المعرّف { $id }) موسومة بالفعل بأنها قُدمت في { $date } ({ $channel }). لإرسال نسخة مصححة، يُرجى أولاً بدء نسخة جديدة («بدء نسخة جديدة» في شاشة الورقة، أو `cityrights submission reopen --submission { $id } --json`): يُحتفظ بسجل ما أُرسل.
error-nothing_to_send = لا نص في الورقة «{ $title }» (المعرّف { $id }) (0 كلمة)، فلا شيء يُحتفظ به بوصفه النسخة المرسلة. إذا كانت قد كُتبت في مكان آخر، فيُرجى أولاً استيراد الملف الذي أُرسل («استيراد وثيقة إدارة…»، أو `cityrights submission import --into-submission { $id } FILE`)، ثم وسمها بأنها قُدمت.
error-submission_read_only = وُسمت الورقة «{ $title }» (المعرّف { $id }) بأنها قُدمت: يبقى ما أُرسل على حاله، فلا يمكن تغيير نصها وفروعها وبياناتها. لتغييرها، يُرجى بدء نسخة جديدة («بدء نسخة جديدة» في شاشة الورقة، أو `cityrights submission reopen --submission { $id } --json`)؛ ويُحتفظ بسجل ما أُرسل (التاريخ والقناة والملف وSHA-256 والنسخة المقفلة).
error-submitted_only_by_marking = لا تصبح الورقة «مقدَّمة» (ثم «أُقرّ باستلامها») إلا عن طريق «وسمها بأنها قُدمت»، مما يسجل التاريخ والقناة والملف الذي أُرسل بعينه (سطر الأوامر: `cityrights submission mark-submitted --submission { $id } --file FILE --channel TEXT`).
error-unknown_symbol = لا توجد توصية مسجلة من «{ $symbol }». يُرجى التحقق من الرمز (مثل A/HRC/59/15) أو استيراد توصياته أولاً.
error-not_an_action_status = «{ $value }» ليس حالة من حالات الإجراء. يُرجى استخدام إحدى الحالات التالية: { $codes }.
error-action_list_max =
    { $what ->
        [recommendations] لا يجوز أن يذكر الإجراء أكثر من { $max } من التوصيات؛ وهذا الإجراء يذكر { $n }.
        [partners] لا يجوز أن يذكر الإجراء أكثر من { $max } من الشركاء؛ وهذا الإجراء يذكر { $n }.
       *[other] لا يجوز أن يذكر الإجراء أكثر من { $max } من غايات أهداف التنمية المستدامة؛ وهذا الإجراء يذكر { $n }.
    }
error-action_needs_recommendation = يجب أن يستجيب الإجراء لتوصية واحدة على الأقل. يُرجى اختيار التوصية التي يستجيب لها.
error-due_before_start = الموعد النهائي ({ $due }) يسبق البداية ({ $start }). يُرجى تغيير أحدهما.
error-value_too_large = { $value } كبير جداً بالنسبة إلى قيمة هنا.
error-not_a_number = «{ $value }» ليس رقماً. يُرجى كتابة القيمة بالأرقام، مثل 120 أو 3.5.
error-indicator_owner = ينتمي المؤشر إلى إجراء واحد أو إلى توصية واحدة: يُرجى ذكر أحدهما.
error-baseline_date = يُرجى ذكر تاريخ خط الأساس (YYYY-MM-DD).
error-target_date = يُرجى ذكر التاريخ الذي ينبغي بلوغ الهدف بحلوله (YYYY-MM-DD).
error-target_after_baseline = يجب أن يكون تاريخ الهدف ({ $target }) بعد تاريخ خط الأساس ({ $baseline }).
error-zone_empty = يُرجى ذكر منطقة زمنية: مدينة مثل جنيف أو نيويورك، أو اسم منطقة مثل Europe/Zurich.
error-zone_too_long = لا يتجاوز طول المنطقة الزمنية { $max } حرفاً: مدينة مثل جنيف أو نيويورك، أو اسم منطقة مثل Europe/Zurich.
error-zone_unknown = «{ $value }» ليست منطقة زمنية يعرفها CityRights. يُرجى كتابة مدينة، مثل جنيف أو نيويورك، أو اسم منطقة مثل Europe/Zurich.
error-zone_unknown_suggest = «{ $value }» ليست منطقة زمنية يعرفها CityRights. هل تقصد { $suggestions }؟ يُرجى كتابة مدينة، مثل جنيف أو نيويورك، أو اسم منطقة مثل Europe/Zurich.
error-not_a_country_code = «{ $value }» ليس رمزاً من رموز ISO 3166-1 alpha-3 لدولة عضو أو دولة مراقبة في الأمم المتحدة. يُرجى ذكر الرمز المؤلف من ثلاثة أحرف، مثل SVN لسلوفينيا أو BOL لبوليفيا.
error-not_a_report_kind = «{ $value }» ليس نوعاً من أنواع التقارير. يُرجى استخدام أحد الأنواع التالية: { $codes }.
error-not_a_report_language = «{ $value }» ليست لغة يكتب بها CityRights التقارير: يُرجى اختيار إحدى اللغات التالية: { $codes }.
error-no_library_entry = لا يوجد في المكتبة مدخل «{ $id }».
error-unknown_template = قالب غير معروف «{ $key }».
error-word_limit_range = يجب أن يكون الحد الأقصى لعدد الكلمات بين 1 و100,000 كلمة.
error-not_a_value_of =
    { $what ->
        [competence] «{ $value }» ليس اختصاصاً. يُرجى استخدام أحد ما يلي: { $codes }.
       *[other] «{ $value }» ليس حالة محلية. يُرجى استخدام إحدى الحالات التالية: { $codes }.
    }
error-no_sdg_code =
    { $what ->
        [target] لا توجد غاية من غايات أهداف التنمية المستدامة «{ $code }». يُرجى كتابتها كما ترقّمها الأمم المتحدة، مثل { $example }.
       *[other] لا يوجد مؤشر من مؤشرات أهداف التنمية المستدامة «{ $code }». يُرجى كتابته كما ترقّمه الأمم المتحدة، مثل { $example }.
    }
error-chart_glyph = يتعذر على الرسم البياني عرض «{ $chars }»: لا يحتوي عليه أي من الخطوط المرفقة بـ CityRights. يُرجى إعادة تسمية الموضوع أو الإدارة التي تستخدمه والتصدير مجدداً.
error-cli_import_target = يُرجى ذكر ‎--engagement ID (ورقة جديدة) أو ‎--into-submission ID (فرع جديد).
error-cli_person = يُرجى ذكر ‎--person ID أو ‎--email EMAIL.
error-cli_not_one_of = «{ $value }» ليس من بين ما يلي: { $codes }.
error-cli_map_form = «{ $value }» ليس على صيغة FIELD=HEADER، مثل text=Recommendation.
error-cli_map_no_column = لا يحتوي الملف على عمود «{ $header }». أعمدته: { $columns }.
error-cli_map_field = «{ $value }» ليس حقلاً: يُرجى استخدام symbol أو paragraph أو text أو recommending_states أو response أو themes أو sdgs أو mechanism أو cycle.
error-cli_template_for = القالب «{ $key }» ليس لـ { $mechanism }. القوالب المعدة لها: { $templates }.
error-milestone_bad_date = تاريخ المعلم الزمني «{ $title }» غير مقروء ({ $date })؛ يُرجى تحريره في التطبيق ثم التصدير مجدداً.
error-retention_months = يُرجى ذكر عدد من الأشهر من 1 إلى { $max } (24 شهراً تعني سنتين).
error-person_query_short = يُرجى كتابة حرفين على الأقل من اسم الشخص أو عنوان بريده الإلكتروني.
error-person_already_removed = أُزيلت بيانات هذا الشخص بالفعل.
error-no_data_for_email = لم يُعثر على بيانات شخصية مرتبطة بعنوان البريد الإلكتروني { $email }.
error-email_to_erase = يُرجى ذكر عنوان البريد الإلكتروني المراد محوه.
error-reminder_not_days = «{ $value }» ليس عدداً من الأيام. يُرجى كتابة الأيام السابقة للتاريخ مفصولة بفواصل، مثل 30، 7، 1 (أو ترك الحقل فارغاً لعدم التذكير).
error-reminder_too_early = لا يجوز أن يسبق التذكير التاريخ بأكثر من { $max } يوماً (ذُكر { $n }).
error-reminders_max = لا يمكن تحديد أكثر من 10 تذكيرات لمعلم واحد.
error-milestone_kind = يُرجى اختيار ما يشير إليه هذا المعلم.
error-date_out_of_reach = هذا التاريخ خارج النطاق.
error-nothing_to_handle = لا يطلب «{ $title }» شيئاً من المدينة بحلول تاريخه، فلا شيء يُوسم بأنه عولج.
error-not_passed_yet = لم يحن بعد موعد «{ $title }»: لا يمكن وسم إلا الموعد النهائي الفائت بأنه عولج.
error-window_closes_before_opening = لا يمكن أن تُغلق فترة التقديم ({ $closes }) قبل أن تُفتح ({ $opens }). يُرجى التحقق من التاريخين.
error-stakeholder_kind = يُرجى اختيار نوع صاحب المصلحة.
error-synced_folder = { $path } داخل مجلد { $sync }. تنسخ برامج المزامنة قاعدة البيانات أثناء الكتابة فيها، مما قد يتلفها. يُرجى إبقاء قاعدة البيانات على القرص الخاص بهذا الحاسوب (المكان الافتراضي) وترك النسخ الاحتياطية التلقائية تذهب إلى المجلد المتزامن بدلاً من ذلك.
error-network_drive = { $path } على محرك أقراص شبكي ({ $fs }). القفل وسجل الكتابة المسبقة في SQLite غير آمنين هناك: قد يتلف حاسوبان الملف. يُرجى إبقاء قاعدة البيانات على القرص الخاص بهذا الحاسوب (المكان الافتراضي)؛ ولا بأس بمجلد شبكي للنسخ الاحتياطية.
error-search_too_long =
    { $what ->
        [characters] هذا البحث طويل جداً (عدد الحروف: { $n }). لا يتجاوز البحث { $max_words } كلمة و{ $max_chars } حرفاً: يُرجى البحث عن بضع كلمات أو جملة واحدة من النص.
       *[other] هذا البحث طويل جداً (عدد الكلمات: { $n }). لا يتجاوز البحث { $max_words } كلمة و{ $max_chars } حرفاً: يُرجى البحث عن بضع كلمات أو جملة واحدة من النص.
    }
error-choose_uhri_first = يُرجى أولاً اختيار ملف تصدير الفهرس العالمي لحقوق الإنسان.
error-logo_unreadable = تتعذر قراءته ({ $reason })
error-logo_not_a_file = ليس ملفاً عادياً (جهاز أو أنبوب أو مجلد)
error-logo_too_large = يتجاوز { $max } ميغابايت، وهو أكثر بكثير من أي شعار
error-logo_city = لا يمكن أن يكون الملف { $path } شعار المدينة: { $why }. يُرجى اختيار صورة PNG.
error-logo_not_png = ليس صورة PNG
error-logo_not_png_because = ليس صورة PNG ({ $what })
error-logo_word = لا يمكن استخدام شعار المدينة { $path } في ملف Word: { $why }. يُرجى اختيار ملف PNG في ملف المدينة، أو إزالة الشعار؛ لم يُكتب شيء.
error-logo_pdf = لا يمكن استخدام شعار المدينة { $path } في ملف PDF: { $why }. يُرجى اختيار ملف PNG في ملف المدينة، أو إزالة الشعار؛ لم يُكتب شيء.
error-logo_pixels = تعذرت قراءة وحدات البكسل فيه ({ $what })
error-logo_pixels_max = أبعاده { $width } × { $height } بكسل؛ والحد الأقصى المقبول { $max } × { $max }
error-logo_colours = تعذر فك ترميز ألوانه
error-mechanism_kind_unknown = نوع آلية غير معروف: { $kind }
error-mechanism_rule_damaged = القاعدة المحفوظة لـ { $code } تالفة: { $what }
error-not_a_value_of_field = «{ $value }» ليست قيمة من قيم { $field }.

# --- templates ---
# The submission templates' words (assets/templates/*.json give their structure): each
# template's name and description (the template picker, in the interface's language), and
# each section's title and guidance (a new submission's sections, in the submission's language).
template-upr_stakeholder-name = ورقة مقدمة من أصحاب المصلحة إلى الاستعراض الدوري الشامل
template-upr_stakeholder-description = الورقة المكتوبة التي تقدمها مدينة إلى الاستعراض الدوري الشامل لدولتها بصفتها «صاحب مصلحة آخر»، منفردة أو بالاشتراك مع غيرها. قواعد الشكل (الحد الأقصى للكلمات، والنسق) هي قواعد مفوضية حقوق الإنسان؛ أما هيكل الأقسام فهو مجرد نصيحة. وتنشر المفوضية على موقعها الشبكي النص الكامل لكل ورقة مقدمة من أصحاب المصلحة (A/HRC/WG.6/48/SVN/3، الحاشية 2): لا تكتب شيئًا لا تقبل نشره.
template-upr_stakeholder-s1-title = موجز وكلمات رئيسية
template-upr_stakeholder-s1-guidance = في فقرة قصيرة واحدة، اعرض الشواغل الرئيسية للمدينة وأهم توصياتها. ثم اذكر بضع كلمات رئيسية لمجالات حقوق الإنسان المشمولة (مثلًا: الحق في السكن اللائق؛ المهاجرون؛ عدم التمييز). ويُشجَّع على تقديم موجز استهلالي وكلمات رئيسية (إرشادات سابقة للمفوضية، مصدر من طرف ثالث).
template-upr_stakeholder-s2-title = المدينة واختصاصاتها
template-upr_stakeholder-s2-guidance = بيّن في جملتين إلى أربع جمل ماهية المدينة، والاختصاصات التي تتمتع بها فيما يتعلق بالحقوق موضوع البحث (السكن، والمدارس، والشرطة، والخدمات الاجتماعية...)، والتزاماتها وهيئاتها في مجال حقوق الإنسان. واذكر بوضوح ما يخرج عن اختصاصها. فهذا يفسر سبب تقديم حكومة محلية للتقارير.
template-upr_stakeholder-s3-title = المنهجية والمشاورات
template-upr_stakeholder-s3-guidance = اذكر مصدر الأدلة (البيانات البلدية، والشكاوى، والاستقصاءات، وتقرير المدينة عن حقوق الإنسان)، والفترة المشمولة، والجهات التي استُشيرت: السكان، والمنظمات غير الحكومية، والمؤسسة الوطنية لحقوق الإنسان، والبلديات الأخرى.
template-upr_stakeholder-s4-title = متابعة الاستعراض السابق
template-upr_stakeholder-s4-guidance = تناول كل توصية ذات صلة من الجولة السابقة. اذكر رقمها والدولة أو الدول التي قدمتها، مثل «140.7 ... (ملديف) (البرتغال)»، وما إذا كانت تحظى بالتأييد أو أُحيط بها علمًا. ثم قيّم تنفيذها على المستوى المحلي: ما فعلته المدينة، وما تغيّر (مع البيانات)، وما تبقى من ثغرات، بما فيها الثغرات الناجمة عن القانون الوطني أو التمويل الوطني. وتناول أيضًا التوصيات التي أُحيط بها علمًا حيثما كان ذلك مناسبًا.
template-upr_stakeholder-s5-title = التطورات الجديدة
template-upr_stakeholder-s5-guidance = تناول التطورات المحلية المهمة منذ الاستعراض الأخير (أنظمة بلدية جديدة، وأزمات، وتشرد، وآثار مناخية) التي لا تعالجها أي توصية سابقة. واربط كلًّا منها بمعيار من معايير حقوق الإنسان.
template-upr_stakeholder-s6-title = توصيات إلى الدولة
template-upr_stakeholder-s6-guidance = اقترح عددًا قليلًا من التوصيات الموجهة إلى الدولة موضوع الاستعراض: فتوصيات الاستعراض الدوري الشامل تقدمها دول إلى دول. واجعل كل توصية عملية المنحى وقابلة للقياس، وبيّن مستوى الحكم الذي يجب أن يتصرف وما يحتاج إليه من موارد أو تنسيق. وإذا لم تُنفَّذ توصية سابقة، فاقترح تكرارها «على النحو الموصى به سابقًا».
template-upr_midterm-name = تقرير منتصف المدة للاستعراض الدوري الشامل
template-upr_midterm-description = تقرير طوعي في منتصف المدة عن توصيات الجولة الأخيرة من الاستعراض الدوري الشامل، بعد نحو عامين من اعتماد مجلس حقوق الإنسان للنتائج، تعده المدينة وحدها أو مع شركاء. لا يوجد حد أقصى للكلمات ولا قناة ولا نسق محدد لتقرير منتصف المدة الذي تعده مدينة: فحدود الاستعراض الدوري الشامل الخاصة بأصحاب المصلحة لا تنطبق، ويمكنك تحديد حدك الخاص في قواعد المشاركة. والهيكل مجرد اقتراح.
template-upr_midterm-s1-title = موجز
template-upr_midterm-s1-guidance = اذكر الجولة، وتاريخ الاستعراض، ورمز تقرير الفريق العامل، وأهم الاستنتاجات في بضعة أسطر.
template-upr_midterm-s2-title = المنهجية والشركاء
template-upr_midterm-s2-guidance = من شارك، وما البيانات التي استُخدمت، والفترة المشمولة.
template-upr_midterm-s3-title = تنفيذ التوصيات
template-upr_midterm-s3-guidance = صف واحد لكل توصية في جدول: الرقم، والنص، والدولة التي قدمت التوصية، والموقف (تحظى بالتأييد أو أُحيط بها علمًا)، والأهمية المحلية، والإجراء المتخذ، والأدلة أو المؤشر، والحالة (لم يُتخذ إجراء / جارٍ / مكتمل).
template-upr_midterm-s4-title = المواضيع ذات الأولوية
template-upr_midterm-s4-guidance = عرض سردي للمواضيع التي كانت المدينة فيها أكثر نشاطًا، مع البيانات.
template-upr_midterm-s5-title = العقبات
template-upr_midterm-s5-guidance = ما يعترض السبيل، بما في ذلك التنسيق بين مستويات الحكم والتمويل.
template-upr_midterm-s6-title = الخطوات التالية
template-upr_midterm-s6-guidance = ما ستفعله المدينة قبل الاستعراض القادم.
template-tb_list_of_issues-name = هيئة معاهدة: مساهمة في قائمة المسائل
template-tb_list_of_issues-description = مساهمة في قائمة المسائل (LOI) التي تعدها لجنة أو في قائمة المسائل السابقة لتقديم التقرير (LOIPR): موجزة، تتألف من أسئلة، دون توصيات للملاحظات الختامية. وتكتب المدينة بصفتها سلطة عامة جزءًا من الدولة الطرف: نسّق مع الهيئة الوطنية المكلفة بإعداد التقارير.
template-tb_list_of_issues-s1-title = موجز تنفيذي
template-tb_list_of_issues-s1-guidance = اذكر الشواغل ذات الأولوية مرتبة حسب أولويتها، في بضعة أسطر.
template-tb_list_of_issues-s2-title = نبذة عن المدينة مقدمة الورقة
template-tb_list_of_issues-s2-guidance = صِف المدينة وولايتها واختصاصاتها، وبيّن لماذا يمكن الاعتماد على معلوماتها. واذكر أن مقدم الورقة سلطة عامة وليس منظمة غير حكومية. فالمدينة جزء من الدولة الطرف: وصفحات المفوضية تسمي ما يرسله غيرها «ورقات مقدمة من أصحاب المصلحة من غير الدولة الطرف»، وتشير الوثيقة A/HRC/28/62 إلى أن التزامات حقوق الإنسان تمتد إلى جميع مستويات الحكم. نسّق مع الهيئة الوطنية التي تعد تقرير الدولة قبل أن تخالفه، وبيّن أين يختلف رأي المدينة ولماذا.
template-tb_list_of_issues-s3-title = المسائل والأسئلة المقترحة
template-tb_list_of_issues-s3-guidance = لكل مسألة (اتبع مواد المعاهدة، أو مجموعات المواد التي تعتمدها لجنة حقوق الطفل): قدّم سياقًا موجزًا مع بيانات محلية، واشرح لماذا ينبغي إدراجها في قائمة المسائل، واقترح من سؤال إلى ثلاثة أسئلة دقيقة يمكن أن توجهها اللجنة إلى الدولة. لا تكتب توصيات للملاحظات الختامية في هذه المرحلة.
template-tb_list_of_issues-s4-title = المصادر
template-tb_list_of_issues-s4-guidance = اذكر مرجعًا لكل ادعاء واقعي. وبيّن من جمع البيانات ومتى وكيف. ولا تعتمد أبدًا على مصادر غير مسماة.
template-tb_session_report-name = هيئة معاهدة: تقرير للدورة
template-tb_session_report-description = تقرير شامل للحوار البنّاء بين اللجنة والدولة، حسب المواد أو حسب أسئلة قائمة المسائل، مع توصيات مقترحة. وتكتب المدينة بصفتها سلطة عامة جزءًا من الدولة الطرف: نسّق مع الهيئة الوطنية المكلفة بإعداد التقارير.
template-tb_session_report-s1-title = موجز تنفيذي
template-tb_session_report-s1-guidance = اذكر الشواغل ذات الأولوية والتوصيات الرئيسية مرتبة حسب أولويتها.
template-tb_session_report-s2-title = نبذة عن المدينة مقدمة الورقة
template-tb_session_report-s2-guidance = صِف المدينة وولايتها واختصاصاتها ومصداقيتها. وأفصح عن أن مقدم الورقة سلطة عامة وليس منظمة غير حكومية. فالمدينة جزء من الدولة الطرف: وصفحات المفوضية تسمي ما يرسله غيرها «ورقات مقدمة من أصحاب المصلحة من غير الدولة الطرف»، وتشير الوثيقة A/HRC/28/62 إلى أن التزامات حقوق الإنسان تمتد إلى جميع مستويات الحكم. نسّق مع الهيئة الوطنية التي تعد تقرير الدولة قبل أن تخالفه، وبيّن أين يختلف رأي المدينة ولماذا.
template-tb_session_report-s3-title = المسائل حسب المواد أو حسب أسئلة قائمة المسائل
template-tb_session_report-s3-guidance = اتبع مواد المعاهدة بالترتيب (أو، في إطار الإجراء المبسط، أسئلة قائمة المسائل حسب أرقامها). ولكل منها: ما يحدث على المستوى المحلي، مع بيانات مصنفة؛ وما أغفله تقرير الدولة أو عرضه على نحو غير دقيق، وهل نُفذت الملاحظات الختامية السابقة؛ وأدلة دقيقة؛ وتوصيات محددة مصممة خصيصًا للبلد.
template-tb_session_report-s4-title = التوصيات المقترحة
template-tb_session_report-s4-guidance = اجمع التوصيات التي تقترحها للملاحظات الختامية، محددة وقابلة للقياس، مرتبة حسب أولويتها.
template-tb_session_report-s5-title = الخاتمة
template-tb_session_report-s5-guidance = أعد باختصار ذكر المسائل الرئيسية. ويمكنك تكرار التوصيات.
template-tb_session_report-s6-title = المصادر
template-tb_session_report-s6-guidance = اذكر المصادر بدقة. وبالنسبة إلى لجنة حقوق الطفل، لا تُحتسب المرفقات ضمن الحد الأقصى للكلمات (حسب ما أفادت به منظمة Child Rights Connect).
template-tb_follow_up_info-name = هيئة معاهدة: معلومات لإجراء المتابعة
template-tb_follow_up_info-description = معلومات موجهة إلى المقرر المعني بالمتابعة في لجنة بشأن التوصيات القليلة التي تختارها الملاحظات الختامية للمتابعة (تحددها فقراتها الأخيرة مع المهلة). وتقرير المتابعة هو تقرير الدولة؛ وينظر المقرر في جميع المصادر المتاحة، ومنها المؤسسات الوطنية لحقوق الإنسان والمنظمات غير الحكومية، ولذلك يجوز للمدينة أن ترسل معلوماتها الخاصة. ولا يوجد حد أقصى منشور للكلمات لهذه المعلومات: اجعلها موجزة.
template-tb_follow_up_info-s1-title = موجز
template-tb_follow_up_info-s1-guidance = الملاحظات الختامية (الرمز والتاريخ)، والتوصيات المختارة للمتابعة (أرقام الفقرات)، والتقييم العام للمدينة في سطرين أو ثلاثة.
template-tb_follow_up_info-s2-title = التوصيات المختارة للمتابعة
template-tb_follow_up_info-s2-guidance = اقتبس كل توصية مختارة، مع رقم فقرتها، كما وردت في الملاحظات الختامية.
template-tb_follow_up_info-s3-title = ما أنجزته المدينة
template-tb_follow_up_info-s3-guidance = لكل منها: التدابير التي اتخذتها المدينة، مع التواريخ والميزانيات والأرقام، وما تغيّر بالنسبة إلى الأشخاص المعنيين. واذكر بوضوح ما لم يُنجز ولماذا. فالمدينة جزء من الدولة الطرف: وحيثما اختلف رأيها عن تقرير المتابعة الذي قدمته الدولة، فاذكر ذلك مع الأدلة.
template-tb_follow_up_info-s4-title = المصادر
template-tb_follow_up_info-s4-guidance = اذكر مرجعًا لكل رقم: من جمعه ومتى وكيف.
template-sp_call_for_input-name = الإجراءات الخاصة: رد على دعوة لتقديم مساهمات
template-sp_call_for_input-description = رد على دعوة لتقديم مساهمات صادرة عن أحد المكلفين بولايات في إطار الإجراءات الخاصة أو عن المفوضية، يتبع ترقيم أسئلة الدعوة نفسها. أضف قسمًا واحدًا لكل سؤال من أسئلة الدعوة. ولا تُجب إلا عمّا تستطيع المدينة إثباته؛ وتحدد الدعوة الحد الأقصى للكلمات واللغة والموعد النهائي الخاص بها.
template-sp_call_for_input-s1-title = السؤال 1
template-sp_call_for_input-s1-guidance = أعد كتابة السؤال (أو رقمه) عنوانًا لهذا القسم؛ وأضف قسمًا واحدًا لكل سؤال من أسئلة الدعوة، ولا تُجب إلا عن الأسئلة التي تستطيع المدينة إثبات إجاباتها. ولكل إجابة: (أ) الإطار القانوني والسياساتي على مستوى المدينة؛ (ب) التدابير والممارسات الجيدة، مع التواريخ والميزانيات؛ (ج) البيانات والنتائج، مصنفة؛ (د) التحديات، بما في ذلك الاعتماد على القانون الوطني أو التمويل الوطني.
template-sp_call_for_input-s2-title = روابط المرفقات
template-sp_call_for_input-s2-guidance = روابط إلى الأنظمة البلدية والتقارير ومجموعات البيانات المشار إليها.
template-state_report_input-name = مساهمة في التقرير الوطني للدولة أو في مشاورتها الوطنية
template-state_report_input-description = مساهمة المدينة في التقرير الذي تعده دولتها للاستعراض الدوري الشامل أو لهيئة معاهدة، أو في المشاورة الوطنية التي تجريها الدولة بشأنه. وتُوجَّه إلى الهيئة الوطنية التي تنسق التقرير (وكثيرًا ما تكون آلية وطنية للتنفيذ والإبلاغ والمتابعة)، لا إلى الأمم المتحدة: فالحدود القصوى للكلمات التي تضعها الأمم المتحدة لا تنطبق، لذا اتبع ما تطلبه الهيئة الوطنية.
template-state_report_input-s1-title = موجز
template-state_report_input-s1-guidance = في بضعة أسطر: ما تسهم به المدينة، وبشأن أي توصيات أو مواد، والنقطة أو النقطتان اللتان تريد قبل كل شيء أن يعكسهما التقرير الوطني.
template-state_report_input-s2-title = اختصاصات المدينة ومصادرها
template-state_report_input-s2-guidance = الخدمات العامة التي تديرها المدينة فيما يتعلق بالحقوق المعنية (السكن، والمياه، والمدارس، والشرطة، والخدمات الاجتماعية…)، ومصدر البيانات الواردة أدناه، مع تواريخها.
template-state_report_input-s3-title = التنفيذ على المستوى المحلي
template-state_report_input-s3-guidance = لكل توصية أو مادة سيتناولها التقرير الوطني: ما فعلته المدينة منذ الاستعراض الأخير، مع الأرقام والتواريخ، وما تغيّر بالنسبة إلى السكان. واذكر رقم التوصية أو المادة.
template-state_report_input-s4-title = تحديات تستلزم إجراءً وطنيًا
template-state_report_input-s4-guidance = ما لا تستطيع المدينة حله وحدها: القانون الوطني، والتمويل، والبيانات، والتنسيق بين مستويات الحكم. وبيّن الإجراء الوطني الذي من شأنه أن يساعد.
template-state_report_input-s5-title = نص مقترح للتقرير الوطني
template-state_report_input-s5-guidance = اختياري: فقرات قصيرة يمكن للهيئة الوطنية أن تأخذها كما هي، بأسلوب التقرير نفسه.
template-state_report_input-s6-title = جهة الاتصال للمتابعة
template-state_report_input-s6-guidance = من يجيب في المدينة عن أسئلة الهيئة الوطنية، والموعد الذي يمكن للمدينة بحلوله مراجعة مشروع التقرير.
template-local_human_rights_report-name = تقرير محلي عن حقوق الإنسان
template-local_human_rights_report-description = التقرير الدوري الخاص بالمدينة عن حقوق الإنسان فيها، كما تنشره مدن حقوق الإنسان كل عام أو عامين: ما التزمت به المدينة، وما فعلته، وما أوصت به الأمم المتحدة وكيف تتابعه المدينة، مع البيانات. وهو موجه إلى السكان وإلى المجلس البلدي، ويمكن تقاسمه مع آليات الأمم المتحدة بوصفه دليلًا. ولا ينطبق عليه أي حد أقصى للكلمات تضعه الأمم المتحدة.
template-local_human_rights_report-s1-title = تصدير
template-local_human_rights_report-s1-guidance = كلمة قصيرة من رئيس البلدية أو المجلس: لماذا تقدم المدينة تقارير عن حقوق الإنسان، والفترة المشمولة.
template-local_human_rights_report-s2-title = التزامات المدينة
template-local_human_rights_report-s2-guidance = التزامات حقوق الإنسان التي قطعتها المدينة على نفسها (ميثاق، أو إعلان، أو قرارات المجلس)، والهيئات التي تضطلع بها (مكتب، أو أمين مظالم، أو لجنة).
template-local_human_rights_report-s3-title = التقدم المحرز حسب الموضوع
template-local_human_rights_report-s3-guidance = جزء واحد لكل موضوع (السكن، والمياه، والتعليم، والصحة، والسلامة، والمشاركة…): ما كان مخططًا له، وما أُنجز، مع الأرقام والتواريخ، وما تبقى.
template-local_human_rights_report-s4-title = توصيات الأمم المتحدة ومتابعتها
template-local_human_rights_report-s4-guidance = التوصيات التي وجهتها آليات الأمم المتحدة إلى الدولة والتي تتعلق باختصاصات المدينة، وما فعلته المدينة بشأن كل منها، وحالتها.
template-local_human_rights_report-s5-title = المشاركة
template-local_human_rights_report-s5-guidance = كيف شارك السكان والمجتمع المدني والمؤسسة الوطنية لحقوق الإنسان في إعداد هذا التقرير.
template-local_human_rights_report-s6-title = المؤشرات
template-local_human_rights_report-s6-guidance = المؤشرات التي تتابعها المدينة، مع خط الأساس والهدف وآخر قيمة، ومصادرها.
template-local_human_rights_report-s7-title = الخطوات التالية
template-local_human_rights_report-s7-guidance = ما ستفعله المدينة قبل التقرير القادم، ومن المسؤول، وفي أي موعد.

# --- CLI help (clap) ---
# `cityrights --help` in the reader's language (src/cli/help.rs). clap's own words first: the
# headings end with their colon, as the language writes it.
cli-clap-usage = الاستخدام:
cli-clap-commands = الأوامر:
cli-clap-arguments = الوسائط:
cli-clap-options = الخيارات:
cli-clap-print_help = عرض التعليمات
cli-clap-print_help_more = عرض التعليمات (لمزيد من التفاصيل: «--help»)
cli-clap-print_help_summary = عرض التعليمات (للموجز: «-h»)
cli-clap-print_version = عرض الإصدار
cli-clap-help_command = عرض هذه الرسالة أو تعليمات الأوامر الفرعية المحددة
cli-clap-help_command_arg = عرض تعليمات الأوامر الفرعية
cli-clap-default = القيمة الافتراضية:
cli-clap-possible_values = القيم الممكنة:
cli-clap-error = خطأ:
cli-clap-unknown_argument = وسيط غير متوقع «{ $arg }»
cli-clap-unknown_command = أمر فرعي غير معروف «{ $command }»
cli-clap-missing_argument = لم تُقدَّم الوسائط الإلزامية التالية: { $args }
cli-clap-missing_command = يتطلب «{ $command }» أمراً فرعياً لم يُقدَّم
cli-clap-invalid_value = القيمة «{ $value }» غير صالحة للوسيط «{ $arg }»
cli-clap-similar_command = تلميح: يوجد أمر فرعي مشابه: «{ $suggestion }»
cli-clap-similar_argument = تلميح: يوجد وسيط مشابه: «{ $suggestion }»
cli-clap-similar_value = تلميح: توجد قيمة مشابهة: «{ $suggestion }»
cli-clap-more = لمزيد من المعلومات، جرِّبوا «--help».
# The commands' descriptions and their arguments' help, word for word the doc comments of
# src/cli/*.rs (the test in src/cli/help.rs says which are missing or different).
cli-help = CityRights: إسهامات المدينة في آليات الأمم المتحدة لحقوق الإنسان، من سطر الأوامر.
cli-help-_after = قاعدة البيانات هي ملف التطبيق نفسه ما لم يُحدَّد ‎--db؛ ويحل متغير البيئة CITYRIGHTS_DB محل هذا الملف الافتراضي في التطبيق وفي سطر الأوامر على السواء.
cli-help--db = ملف قاعدة البيانات المراد استخدامه (افتراضياً: ‎$CITYRIGHTS_DB، وإلا فملف التطبيق في مجلد بيانات النظام)
cli-help-demo = ملء قاعدة بيانات فارغة بالمدينة التجريبية «Exampleville (demo)» (تُرفض قاعدة البيانات غير الفارغة)
cli-help-engagements = المشاركات: الاستعراضات والدعوات التي تشارك فيها المدينة
cli-help-engagements-list = سرد المشاركات (المعرّف، العنوان، الآلية، المرحلة)
cli-help-engagements-add = إضافة مشاركة (CODE كما يعرضه `engagements list`: UPR، CESCR…، SP)؛ ومع ‎--session-start، تُضاف دورتها بوصفها مرحلة
cli-help-engagements-add--state = الدولة موضوع الاستعراض
cli-help-deadlines = المراحل المستحقة من اليوم حتى DAYS يوماً قادماً، الأقرب أولاً
cli-help-deadlines--within = عدد الأيام القادمة المراد النظر فيها
cli-help-deadlines--json = عرض مصفوفة JSON (engagement_id، kind، title، due، time_zone، …)
cli-help-calendar = التقويم: جميع المراحل في ملف iCalendar، لبرنامج Outlook وغيره من التقاويم
cli-help-calendar-export = كتابة المراحل في ملف iCalendar (.ics): حدث واحد لكل مرحلة بمعرّف UID ثابت (يؤدي الاستيراد مجدداً إلى التحديث لا إلى التكرار)، والأوقات بالتوقيت العالمي UTC، وتنبيه واحد لكل تذكير
cli-help-calendar-export--output = الملف المراد كتابته (يُستبدل إن كان موجوداً)
cli-help-calendar-export--engagement = مراحل هذه المشاركة فقط (افتراضياً: جميع المشاركات)
cli-help-calendar-export--language = لغة الأوصاف والتنبيهات (en، fr، es، ar، ru، zh؛ افتراضياً: لغة الواجهة المختارة في الإعدادات، أو لغة LANG)
cli-help-export = تصدير ورقة إلى ملف للأمم المتحدة: PDF أو Word (.docx)
cli-help-export-docx = كتابة ورقة بوصفها مستند Word: الصفحات التمهيدية للقالب، وفقرات مرقمة 1، 2، 3… بترقيم Word، وحواشٍ حقيقية، وأرقام صفحات، بحجم A4 أو Letter
cli-help-export-docx--submission = الورقة المراد تصديرها
cli-help-export-docx--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-export-pdf = كتابة ورقة بصيغة PDF جاهزة للإرسال: الصفحات التمهيدية للقالب، وفقرات مرقمة، وحواشٍ في أسفل صفحاتها، وفهرس إشارات، وأرقام صفحات؛ بأي من لغات الأمم المتحدة الست
cli-help-export-pdf--submission = الورقة المراد تصديرها
cli-help-export-pdf--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-export-pdf--json = عرض ما كُتب بصيغة JSON (path، pages، bytes، paragraphs، footnotes)
cli-help-submissions = الورقات: سردها
cli-help-submissions-list = سرد الورقات (المعرّف، engagement_id، العنوان، الحالة)
cli-help-submission = ورقة واحدة: استيرادها من Markdown أو Word، أو عدّ كلماتها، أو وسمها بأنها أُرسلت، أو بدء نسخة جديدة منها بعد إرسالها
cli-help-submission-import = إنشاء ورقة من ملف Markdown (.md) أو Word (.docx)، بحسب الامتداد: العناوين تبدأ فروعاً، والفقرات والفقرات المرقمة تُنقل، والحواشي تبقى حواشي. ومع ‎--into-submission يصبح الملف بدلاً من ذلك فرعاً جديداً في تلك الورقة. وما احتواه ملف Word ولم يمكن نقله (التعليقات، والتغييرات المتعقَّبة المقبولة، والصور…) يُسرد في stderr
cli-help-submission-import--engagement = المشاركة التي تخصها الورقة الجديدة
cli-help-submission-import--into_submission = إضافة الملف إلى هذه الورقة الموجودة بوصفه فرعاً واحداً (مستند إدارة)
cli-help-submission-import--title = عنوان الورقة، أو عنوان الفرع مع ‎--into-submission (افتراضياً: عنوان الملف)
cli-help-submission-import--language = لغة نص الورقة الجديدة (افتراضياً: اللغة الافتراضية للمدينة): تتبعها الصفحات التمهيدية والتواريخ وتقسيم الكلمات في ملفاتها المصدَّرة
cli-help-submission-import--file = الملف: ‎.md (Markdown بترميز UTF-8) أو ‎.docx (Word)
cli-help-submission-import--json = عرض {"{"}"id": …{"}"}
cli-help-submission-show = ورقة بإيجاز: عنوانها ولغتها وفروعها (المعرّف، العنوان، الكلمات، المسؤول)
cli-help-submission-show--json = عرض {"{"}"id", "title", "language", "status", "sections": [{"{"}"id", "title", "words", "owner"{"}"}]{"}"}
cli-help-submission-stats = الكلمات والحد والفقرات والحواشي والفروع في ورقة. والكلمات هي كلمات المستند كما أُرسل — العنوان والصفحات التمهيدية وعناوين الفروع والنص و(حين تحسبها القاعدة) الحواشي —، مع كلمات كل جزء في `breakdown`
cli-help-submission-mark-submitted = تسجيل إرسال ورقة: التاريخ والقناة والملف نفسه (يُحفظ في قاعدة البيانات مع بصمته SHA-256)، مع نسخة معدَّلة مقفلة من النص. ويصبح نصها بعد ذلك للقراءة فقط، إلى أن تُبدأ نسخة جديدة باستخدام `submission reopen`؛ وتنتقل مرحلة المشاركة إلى «أُرسلت»
cli-help-submission-mark-submitted--file = الملف نفسه الذي أُرسل (100 ميغابايت كحد أقصى)
cli-help-submission-mark-submitted--channel = طريقة الإرسال، مثل «UPR online submission system» أو «بريد إلكتروني إلى الأمانة»
cli-help-submission-mark-submitted--date = تاريخ الإرسال (افتراضياً: اليوم)
cli-help-submission-mark-submitted--json = عرض ما سُجِّل: sha256، revision_id، engagement_stage…
cli-help-submission-reopen = بدء نسخة جديدة من ورقة موسومة بأنها أُرسلت: يمكن تغيير نصها مجدداً، ويُحتفظ بسجل ما أُرسل (التاريخ، القناة، الملف، SHA-256، النسخة المعدَّلة المقفلة)
cli-help-submission-reopen--json = عرض ما أُنجز وما احتُفظ به
cli-help-section = فرع واحد: استبدال نصه بنص ملف Markdown أو Word
cli-help-section-replace = استبدال نص فرع بنص ملف Markdown (.md) أو Word (.docx)، كما يفعل التعديل في المحرر: نسخة جديدة من الفرع، مع الاحتفاظ بالحالة السابقة نسخةً معدَّلة حين يحين موعدها، ودون تغيير عنوانه. ويُرفض ذلك إذا كانت الورقة قد أُرسلت
cli-help-section-replace--file = الملف: ‎.md (Markdown بترميز UTF-8) أو ‎.docx (Word)
cli-help-section-replace--json = عرض {"{"}"id", "version", "words"{"}"}
cli-help-revisions = النسخ المعدَّلة من ورقة (التلقائية، والمسماة، وكما أُرسلت، والإسهامات المقبولة)
cli-help-revisions-list = النسخ المعدَّلة من ورقة، الأحدث أولاً: التلقائية، والمسماة، وما قبل الاستعادة، وكما أُرسلت، والإسهامات المقبولة (التي تذكر كاتبها)
cli-help-revisions-list--json = عرض [{"{"}"id", "kind", "name", "author", "created", "words"{"}"}]
cli-help-contribution = إسهامات الإدارات: طلب فروع وتوصيات في حزمة، والعمل عليها في حاسوب آخر، وإعادتها، ومراجعة ما عاد قبل أن يغيّر أي شيء
cli-help-contribution-request = حفظ حزمة إسهام تطلب من إدارة (أو من شخص) فروعاً من ورقة و/أو توصيات مع متابعتها: يحتوي الملف على ما اختير بالضبط، وإرشادات القالب، والقاعدة السارية، والموعد النهائي، ولا شيء آخر من قاعدة بيانات المدينة. ويُسجَّل الطلب؛ ويُدرج الموعد النهائي في التقويم
cli-help-contribution-request--sections = فرع مطلوب (يُكرَّر لعدة فروع؛ إن لم يُحدَّد أي فرع ولا ‎--recommendation: جميع فروع الورقة)
cli-help-contribution-request--recommendations = توصية يُستفسر عنها (تُكرَّر لعدة توصيات)
cli-help-contribution-request--to = الجهة المطلوب منها: «إدارة الإسكان»، أو اسم شخص
cli-help-contribution-request--due = الموعد النهائي للإسهام
cli-help-contribution-request--message = رسالة إلى المُسهِم، تُعرض عند فتح الحزمة
cli-help-contribution-request--output = ملف الحزمة المراد كتابته (.cityrights-contribution)
cli-help-contribution-request--json = عرض {"{"}"request_id", "sections", "recommendations", "file", "milestone_id"{"}"}
cli-help-contribution-open = جعل قاعدة البيانات هذه مساحة عمل المُسهِم انطلاقاً من حزمة طلب: قاعدة بيانات جديدة لا تحتوي إلا على ما أُرسل (استخدموا ‎--db ملف-جديد؛ وتُرفض قاعدة البيانات التي تحتوي على عمل)
cli-help-contribution-open--json = عرض {"{"}"sections", "recommendations", "submission_id", "origin", "path"{"}"}
cli-help-contribution-return = في مساحة عمل المُسهِم: حفظ حزمة رد بكل ما تغيّر منذ الطلب، وكل تغيير مع كاتبه ووقته
cli-help-contribution-return--author = من أجرى التغييرات (افتراضياً: المُسهِم المذكور في الطلب)
cli-help-contribution-return--json = عرض {"{"}"sections_changed", "recommendations_changed", "file"{"}"}
cli-help-contribution-import = استيراد حزمة رد إدارة إلى قائمة المراجعة. ولا يتغيّر شيء من نص المدينة أو متابعتها إلى أن يُقبل تغيير
cli-help-contribution-import--json = عرض {"{"}"contribution_id", "sections_changed", "recommendations_changed", "conflicts", …{"}"}
cli-help-contribution-list = قائمة المراجعة: كل رد وارد، مع وضعه (قيد الانتظار، مقبول، مرفوض، مقبول جزئياً)
cli-help-contribution-show = تغييرات رد واحد: لكل فرع النص المرسل ونص المُسهِم والنص الحالي، كلمةً كلمة؛ ولكل توصية كل حقل تغيّر
cli-help-contribution-accept = قبول تغييرات رد: يصبح كل منها نص المدينة أو متابعتها؛ والنص المقبول نسخة معدَّلة جديدة تذكر كاتبها. والتغيير الذي أجراه الموظف أيضاً في الأثناء يبقى قيد الانتظار ويُشار إليه بوصفه تعارضاً، ما لم يُحدَّد ‎--overwrite-mine
cli-help-contribution-accept--sections = تغييرات هذا الفرع (يُكرَّر لعدة فروع)
cli-help-contribution-accept--recommendations = تغييرات هذه التوصية (يُكرَّر لعدة توصيات)
cli-help-contribution-accept--changes = تغيير واحد، بمعرّفه في `contribution show` (يُكرَّر لعدة تغييرات)
cli-help-contribution-accept--all = جميع التغييرات التي لا تزال قيد الانتظار
cli-help-contribution-accept--overwrite_mine = أخذ قيمة المُسهِم حتى حيث غيّرها الموظف منذ الطلب (يبقى نص الموظف في النسخة المعدَّلة المأخوذة قبل ذلك)
cli-help-contribution-reject = رفض تغييرات رد: لا يُكتب منها شيء
cli-help-contribution-reject--sections = تغييرات هذا الفرع (يُكرَّر لعدة فروع)
cli-help-contribution-reject--recommendations = تغييرات هذه التوصية (يُكرَّر لعدة توصيات)
cli-help-contribution-reject--changes = تغيير واحد، بمعرّفه في `contribution show` (يُكرَّر لعدة تغييرات)
cli-help-contribution-reject--all = جميع التغييرات التي لا تزال قيد الانتظار
cli-help-recommendations = التوصيات الموجهة إلى الدولة: استيرادها (ملف التصدير من الفهرس العالمي لحقوق الإنسان، تقرير الفريق العامل، القائمة المواضيعية للمفوضية، CSV)، وسردها، والبحث فيها، وتصدير مصفوفة المتابعة
cli-help-recommendations-import-uhri = استيراد التوصيات الموجهة إلى دولة واحدة من ملف التصدير الكامل للفهرس العالمي لحقوق الإنسان التابع لمفوضية الأمم المتحدة السامية لحقوق الإنسان (JSON، يُقرأ تدفقياً). ويؤدي الاستيراد مجدداً إلى التحديث بحسب AnnotationId
cli-help-recommendations-import-uhri--file = ملف التصدير الكامل للفهرس العالمي (export-full-en.json)
cli-help-recommendations-import-uhri--country = الدولة، برمز ISO 3166-1 alpha-3 (مثلاً SVN)
cli-help-recommendations-import-uhri--json = عرض {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-report = استيراد توصيات تقرير الفريق العامل المعني بالاستعراض الدوري الشامل من نصه (منسوخاً من ملف PDF، أو محفوظاً بأداة pdftotext). ويجوز أن يكون FILE «-» للإدخال القياسي
cli-help-recommendations-import-report--symbol = رمز وثيقة التقرير، مثلاً A/HRC/59/15
cli-help-recommendations-import-thematic-list = استيراد القائمة المواضيعية للتوصيات الصادرة عن المفوضية (.docx): المواقف، والمواضيع، وأهداف التنمية المستدامة. وتُحدَّث التوصيات المستوردة من قبل من التقرير
cli-help-recommendations-import-thematic-list--symbol = رمز التقرير، حين لا تذكر القائمة «Source of Position»
cli-help-recommendations-import-csv = استيراد ملف CSV. تُطابَق الأعمدة بأسماء عناوينها ما لم تُحدَّد بـ ‎--map (مثلاً ‎--map text=Recommendation --map symbol="Document")
cli-help-recommendations-import-csv--map = الحقل=العنوان: symbol، paragraph، text، recommending_states، response، themes، sdgs، mechanism أو cycle، وعنوان العمود الذي يحتويه
cli-help-recommendations-import-csv--symbol = رمز جميع الصفوف، حين لا يحتوي الملف على عمود للرمز
cli-help-recommendations-list = سرد التوصيات (المعرّف، الرمز، الفقرة، النص، recommending_states، الرد، …)
cli-help-recommendations-list--symbol = توصيات هذه الوثيقة فقط، مثلاً A/HRC/59/15
cli-help-recommendations-search = بحث في النص الكامل، الأكثر مطابقة أولاً
cli-help-recommendations-search--limit = الحد الأقصى لعدد النتائج
cli-help-recommendations-export-csv = كتابة مصفوفة المتابعة (التوصية، الاختصاص، الإدارة، الحالة، الأدلة) بصيغة CSV
cli-help-recommendations-export-csv--symbol = توصيات هذه الوثيقة فقط
cli-help-recommendations-export-csv--language = لغة العناوين والعبارات الخاصة بها (en، fr، es، ar، ru، zh؛ افتراضياً: لغة الواجهة المختارة في الإعدادات، أو لغة LANG)
cli-help-recommendations-export-pdf = كتابة مصفوفة المتابعة جدولاً بصيغة PDF (اتجاه أفقي، مع تكرار صف العناوين في كل صفحة)
cli-help-recommendations-export-pdf--symbol = توصيات هذه الوثيقة فقط
cli-help-recommendations-export-pdf--language = لغة العناوين والعبارات الخاصة بها (en، fr، es، ar، ru، zh؛ افتراضياً: لغة الواجهة المختارة في الإعدادات، أو لغة LANG)
cli-help-recommendations-export-xlsx = كتابة مصفوفة التنفيذ في مصنف Excel (.xlsx): صف لكل توصية مع معرّفها ورمزها وفقرتها ومعرّف الشرح في الفهرس العالمي ونصها والدول الموصية والرد والمواضيع والفئات وأهداف التنمية المستدامة وغاياتها والاختصاص والإدارة والإجراءات والمؤشرات والحالة المحلية والأدلة؛ وصف عناوين مع عوامل تصفية، وأجزاء مجمدة، ونص ملتف
cli-help-recommendations-export-xlsx--symbol = توصيات هذه الوثيقة فقط
cli-help-recommendations-export-xlsx--language = لغة العناوين والعبارات الخاصة بها (en، fr، es، ar، ru، zh؛ افتراضياً: لغة الواجهة المختارة في الإعدادات، أو لغة LANG)
cli-help-recommendations-import-xlsx = إعادة قراءة مصفوفة تنفيذ (.xlsx، كما يكتبها export-xlsx): أعمدتها الحالة المحلية والإدارة والأدلة. وتُطابَق الصفوف بالمعرّف، ثم بمعرّف الشرح في الفهرس العالمي، ثم بالرمز والفقرة. وتُضاف ملاحظات الأدلة فقط، ولا تُحذف أبداً
cli-help-recommendations-import-xlsx--dry_run = عرض ما سيتغيّر دون كتابة أي شيء
cli-help-recommendations-import-xlsx--json = عرض {"{"}"changed", "unchanged", "unknown", "changes", "unknown_rows", "dry_run"{"}"}
cli-help-recommendations-update = تغيير متابعة المدينة لتوصية واحدة؛ ويضيف ‎--evidence ملاحظة مؤرخة بتاريخ اليوم
cli-help-recommendations-update--id = معرّف التوصية (`recommendations list --json`)
cli-help-recommendations-update--local_status = not_started أو in_progress أو implemented أو not_applicable
cli-help-recommendations-update--department = الإدارة المسؤولة (من قائمة المدينة؛ ويُضاف إليها أي اسم جديد)
cli-help-recommendations-update--competence = exclusive أو shared أو none أو unknown
cli-help-recommendations-update--evidence = ما أُنجز، يُضاف ملاحظةَ دليل مؤرخة بتاريخ اليوم
cli-help-recommendations-update--json = عرض التوصية كما يفعل `list --json`، مع ملاحظات `evidence` الخاصة بها
cli-help-recommendations-delete = نقل توصية إلى سلة المحذوفات، مع متابعة المدينة (الاختصاص، الإدارة، الحالة، الوسوم، الأدلة). ويعيدها `cityrights bin restore recommendation ID`
cli-help-recommendations-delete--id = معرّف التوصية (`recommendations list --json`)
cli-help-recommendations-delete--json = عرضها كما تسردها سلة المحذوفات: {"{"}"kind", "id", "title", "context", "deleted_at"{"}"}
cli-help-bin = سلة المحذوفات: المشاركات والورقات والفروع المحذوفة
cli-help-bin-list = سرد محتويات سلة المحذوفات
cli-help-bin-restore = إخراج عنصر من سلة المحذوفات
cli-help-bin-restore--kind = engagement أو submission أو section أو milestone أو recommendation
cli-help-bin-empty = حذف كل ما في سلة المحذوفات نهائياً (يتطلب ‎--yes)
cli-help-bin-empty--yes = تأكيد الحذف النهائي لكل ما في سلة المحذوفات
cli-help-backup = النسخ الاحتياطية: إنشاء نسخة، أو سردها، أو استعادة إحداها (تُنشأ أولاً نسخة احتياطية من قاعدة البيانات الحالية)
cli-help-backup-create = إنشاء نسخة احتياطية من قاعدة البيانات الآن (في `backups/` بجانبها)، مع التحقق منها بعد كتابتها
cli-help-backup-list = سرد النسخ الاحتياطية، الأحدث أولاً، مع محتوياتها
cli-help-backup-restore = وضع نسخة احتياطية مكان قاعدة البيانات. وتُنشأ أولاً نسخة احتياطية من قاعدة البيانات الحالية
cli-help-backup-restore--file = ملف النسخة الاحتياطية (انظر `backup list`)
cli-help-workspace = مساحة العمل كلها في ملف واحد (قاعدة البيانات وشعار المدينة)، للانتقال إلى حاسوب آخر
cli-help-workspace-export = كتابة قاعدة البيانات (لقطة متسقة ومتحقَّق منها) وشعار المدينة في ملف واحد. ويعمل ذلك والتطبيق مفتوح
cli-help-workspace-export--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-workspace-export--json = عرض {"{"}"path", "bytes", "engagements", "submissions", …{"}"}
cli-help-workspace-import = استبدال قاعدة البيانات بمساحة العمل الموجودة في FILE، بعد التحقق من الملف كاملاً. وتُنشأ أولاً نسخة احتياطية من قاعدة البيانات الحالية؛ ويُرفض الملف الصادر عن إصدار أحدث من CityRights
cli-help-workspace-import--json = عرض {"{"}"path", "bytes", "engagements", "submissions", "backup", …{"}"}
cli-help-consultations = المشاورات: من استشارتهم المدينة في مشاركة ما، مع الأشخاص الذين شاركوا فيها
cli-help-consultations-list = سرد المشاورات، الأحدث أولاً، مع المشاركين فيها
cli-help-consultations-list--engagement = مشاورات هذه المشاركة فقط
cli-help-personal-data = البيانات الشخصية للأشخاص الذين استُشيروا: العثور على شخص، أو محو بياناته في كل مكان، أو إزالة ما تجاوز مدة الاحتفاظ. وتظل النسخ الاحتياطية المنشأة من قبل تحتوي على البيانات القديمة
cli-help-personal-data-find = العثور على الأشخاص الذين يحتوي اسمهم أو بريدهم الإلكتروني على QUERY، مع كل موضع يظهرون فيه
cli-help-personal-data-erase = محو بيانات شخص في كل مكان في معاملة واحدة: بوصفه مشاركاً يصبح «المشارك n» (وتبقى المشاورة)؛ ويُزال اسمه وبريده الإلكتروني من جهات الاتصال والملاحظات. وتُسرد الإشارات إليه في المسودات دون تغييرها (ما لم يُحدَّد ‎--in-text)
cli-help-personal-data-erase--person = معرّف مشارك (من `personal-data find`): ذلك الشخص، أينما ظهر اسمه أو بريده الإلكتروني
cli-help-personal-data-erase--email = كل من سُجِّل بعنوان البريد الإلكتروني هذا
cli-help-personal-data-erase--in_text = استبدال الاسم والبريد الإلكتروني أيضاً في المسودات وسجلها (النسخ السابقة) بعبارة «[أُزيل الاسم]» / «[أُزيل البريد الإلكتروني]». ولا يُغيَّر الملف المسجَّل بأنه أُرسل
cli-help-personal-data-purge-expired = إخفاء هوية المشاركين في المشاورات التي تجاوزت مدة الاحتفاظ
cli-help-library = ما قالته الأمم المتحدة عن الحكم المحلي: القرارات والتقارير والأدلة، مع بيان أهمية كل منها للمدينة (مدمجة؛ لا تحتاج إلى قاعدة بيانات)
cli-help-library-list = سرد جميع المداخل، مجمّعة حسب النوع (القرارات، التقارير، الأدلة)، الأقدم أولاً: الرمز، العنوان، التاريخ، أهميته للمدينة، العنوان الإلكتروني، وهل تم التحقق منه
cli-help-library-list--json = عرض مصفوفة JSON (id، symbol، title، author، date، kind، summary، url، verified، caveat، source، read_on)
cli-help-rules = قاعدة تقديم الورقات السارية لآلية ما (ولقالب ما): حد الكلمات، وما يُحسب، واللغات، والصيغ، ومصدرها (تعمل دون قاعدة بيانات)
cli-help-rules--mechanism = رمز الآلية: UPR، CCPR، CESCR، CERD، CEDAW، CAT، SPT، CRC، CMW، CRPD، CED أو SP
cli-help-rules--template = معرّف قالب (اسم ملفه في assets/templates، مثلاً upr_midterm): بعض القوالب لا تأخذ بحد الكلمات الخاص بالآلية
cli-help-rules--joint = الحد المطبق على الورقة المشتركة (عدة جهات مقدِّمة)
cli-help-rules--json = عرض JSON: `word_limit` (null حين لا يوجد حد)، `counts`، `languages`، `formats`، `status`، `source`، `last_confirmed`، وغيرها
cli-help-actions = إجراءات خطة التنفيذ: ما تفعله المدينة بشأن التوصيات
cli-help-actions-add = إضافة إجراء يتناول توصية واحدة أو أكثر
cli-help-actions-add--recommendations = توصية يتناولها الإجراء (معرّفها؛ واحدة على الأقل)
cli-help-actions-add--department = الإدارة الرائدة
cli-help-actions-add--partners = شريك (صاحب مصلحة أو أي منظمة)، مرة لكل شريك
cli-help-actions-add--status = planned أو in_progress أو done أو delayed أو dropped (افتراضياً: planned)
cli-help-actions-add--budget_line = بند الميزانية، كما تسميه ميزانية المدينة
cli-help-actions-add--sdg_targets = غاية من غايات أهداف التنمية المستدامة يخدمها («11.1»)، مرة لكل غاية
cli-help-actions-list = سرد الإجراءات (المعرّف، العنوان، الإدارة، الحالة، البداية، الموعد النهائي، التوصيات، غايات أهداف التنمية المستدامة، المؤشرات)، حسب الموعد النهائي
cli-help-actions-list--recommendation = الإجراءات التي تتناول هذه التوصية فقط
cli-help-actions-update = تغيير حالة إجراء أو موعده النهائي
cli-help-actions-update--status = planned أو in_progress أو done أو delayed أو dropped
cli-help-actions-delete = حذف إجراء نهائياً، مع مؤشراته وقياساتها
cli-help-indicators = مؤشرات خطة التنفيذ وقياساتها
cli-help-indicators-add = إضافة مؤشر تحت إجراء أو تحت توصية مباشرة
cli-help-indicators-add--sdg_indicator = مؤشر عالمي من مؤشرات أهداف التنمية المستدامة يُبلَّغ عنه («11.1.1»)
cli-help-indicators-measure = تسجيل قياس لمؤشر
cli-help-indicators-measure--source = مصدر القيمة
cli-help-indicators-list = سرد المؤشرات (المعرّف، الاسم، الوحدة، خط الأساس، الهدف، آخر قيمة، التقدم، القياسات)
cli-help-indicators-list--action = مؤشرات هذا الإجراء فقط
cli-help-sdgs = أهداف التنمية المستدامة (مدمجة)، وغايات أهداف التنمية المستدامة المرتبطة بتوصية
cli-help-sdgs-goals = الأهداف الـ 17 (بلغة LANG، وإلا فبالإنكليزية؛ ويعطي ‎--json لغات الأمم المتحدة الست، والمصدر)
cli-help-sdgs-link = ربط غايات من أهداف التنمية المستدامة بتوصية (مع استبدال ما رُبط من قبل؛ وعدم تحديد أي غاية يزيلها)
cli-help-timeline = المراحل التي يقترحها التطبيق لدورة ما (يعمل دون قاعدة بيانات)
cli-help-timeline-propose = المراحل التي يقترحها التطبيق لدورة ما (هي نفسها «الجدول الزمني المقترح» في التطبيق): كلها تقديرات، باستثناء الدورة، مع أساس كل منها
cli-help-timeline-propose--mechanism = رمز الآلية: UPR، CCPR، CESCR، CERD، CEDAW، CAT، SPT، CRC، CMW، CRPD، CED أو SP
cli-help-timeline-propose--session_start = أول أيام الدورة (في الاستعراض الدوري الشامل: دورة الفريق العامل)
cli-help-timeline-propose--session_end = آخر أيام الدورة، إن كان معروفاً
cli-help-timeline-propose--json = عرض JSON: كائن يتضمن `mechanism` و`deadline_known` و`note` و`milestones` (`kind`، `title`، `due`، `time_zone`، `estimate`، `basis`، `passed`، …)
cli-help-report = تقارير تُكتب انطلاقاً من خطة التنفيذ الخاصة بالمدينة، بوصفها مسودات ورقات جديدة
cli-help-report-generate = كتابة تقرير انطلاقاً مما سجلته المدينة، بوصفه مسودة ورقة جديدة لمشاركة: تقرير منتصف المدة للاستعراض الدوري الشامل، أو معلومات لمتابعة هيئة معاهدات، أو تقرير المدينة نفسها عن حقوق الإنسان
cli-help-report-generate--kind = upr-midterm أو tb-follow-up أو local
cli-help-report-generate--engagement = المشاركة التي تنتمي إليها الورقة الجديدة
cli-help-report-generate--symbol = توصيات هذه الوثيقة فقط (مثلاً A/HRC/59/15)
cli-help-report-generate--language = لغة التقرير: عناوينه وجمله، ولغة الورقة الجديدة (en، fr، es، ar، ru، zh؛ افتراضياً: لغة الواجهة المختارة في الإعدادات، أو لغة LANG)
cli-help-report-generate--json = عرض submission_id وtitle وsections (id، title) وrecommendations_covered (ids)
cli-help-progress = التوصيات حسب حالتها المحلية في المدينة، لكل موضوع وإدارة وهدف من أهداف التنمية المستدامة
cli-help-progress--symbol = توصيات هذه الوثيقة فقط (مثلاً A/HRC/59/15)
cli-help-progress--json = عرض by_theme وby_department وby_sdg، وكل منها قائمة من {"{"}name, recommendations, not_started, in_progress, implemented, not_applicable, actions{"}"}
cli-help-path = عرض موقع ملف قاعدة البيانات
cli-help-man-page = كتابة صفحات الدليل الخاصة بسطر الأوامر هذا (roff) في مجلد، من أجل الحزم
cli-help-man-page--out_dir = المجلد الذي تُكتب فيه `cityrights.1` وصفحات الأوامر
# Help of the arguments that had none (each argument says what it is, its unit or format).
cli-help-engagements-list--json = عرض مصفوفة JSON (id، title، mechanism، stage، state_under_review، session، next_milestone، submissions) بدلاً من الأسطر
cli-help-engagements-add--mechanism = رمز الآلية: UPR، أو الاسم المختصر لهيئة معاهدة (CCPR، CESCR، CERD، CEDAW، CAT، SPT، CRC، CMW، CRPD، CED)، أو SP
cli-help-engagements-add--title = عنوان المشاركة، كما تسميها المدينة
cli-help-engagements-add--session_start = تاريخ اليوم الأول من الدورة، بصيغة YYYY-MM-DD: يُضاف بوصفه مرحلة الدورة في المشاركة (بتوقيت جنيف)
cli-help-engagements-add--json = عرض المشاركة المضافة بصيغة JSON (id، mechanism، title، state_under_review، session، stage، …)
cli-help-submissions-list--json = عرض مصفوفة JSON (id، engagement_id، engagement_title، mechanism، title، status، joint، words، limit، updated_at) بدلاً من الأسطر
cli-help-submission-show--submission = معرّف الورقة (انظر `submissions list`)
cli-help-submission-stats--submission = معرّف الورقة (انظر `submissions list`)
cli-help-submission-stats--json = عرض JSON: words، limit، paragraphs، footnotes، sections، body_words، footnote_words و`breakdown` (كلمات كل جزء)
cli-help-submission-mark-submitted--submission = معرّف الورقة (انظر `submissions list`)
cli-help-submission-reopen--submission = معرّف الورقة (انظر `submissions list`)
cli-help-section-replace--section = معرّف الفرع (انظر `submission show`)
cli-help-revisions-list--submission = معرّف الورقة (انظر `submissions list`)
cli-help-contribution-request--submission = الورقة التي يتعلق بها الطلب (معرّفها، انظر `submissions list`)
cli-help-contribution-request--email = عنوان البريد الإلكتروني للمُسهِم، يُسجَّل مع الطلب ويُكتب في الحزمة
cli-help-contribution-open--file = حزمة الطلب الواردة (.cityrights-contribution)
cli-help-contribution-return--output = حزمة الرد المراد كتابتها (تُستبدل إن كانت موجودة)، لإعادتها إلى المدينة
cli-help-contribution-import--file = حزمة الرد التي أعادتها إدارة
cli-help-contribution-list--json = عرض مصفوفة JSON (id، request_id، submission_id، submission_title، from، received، returned، state، pending، accepted، rejected، conflicts)
cli-help-contribution-show--id = معرّف الرد (انظر `contribution list`)
cli-help-contribution-show--json = عرض JSON: summary وrequest وchanges (لكل منها النص المرسل (sent)، ونص المُسهِم (theirs)، والنص الحالي (current)، والفروق بينها كلمةً كلمة)
cli-help-contribution-accept--id = معرّف الرد (انظر `contribution list`)
cli-help-contribution-accept--json = عرض {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-contribution-reject--id = معرّف الرد (انظر `contribution list`)
cli-help-contribution-reject--json = عرض {"{"}"contribution_id", "accepted", "rejected", "conflicts", "gone", "state"{"}"}
cli-help-recommendations-import-report--file = نص التقرير (.txt)، أو «-» للإدخال القياسي
cli-help-recommendations-import-report--json = عرض {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-thematic-list--file = القائمة المواضيعية (.docx)
cli-help-recommendations-import-thematic-list--json = عرض {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-import-csv--file = ملف CSV (صفه الأول: عناوين الأعمدة)، أو «-» للإدخال القياسي
cli-help-recommendations-import-csv--json = عرض {"{"}"imported", "updated", "unchanged", "skipped", …{"}"}
cli-help-recommendations-list--json = عرض مصفوفة JSON (id، symbol، paragraph، reference، text، recommending_states، response، competence، department، local_status، tags، sdg_goals، sdg_targets، …) بدلاً من الأسطر
cli-help-recommendations-search--query = الكلمات المراد البحث عنها في النص والمرجع (يجب أن تظهر جميعها؛ ويجوز أن تكون الأخيرة بداية كلمة)
cli-help-recommendations-search--json = عرض مصفوفة JSON (id، symbol، paragraph، reference، text، recommending_states، response، pieces) بدلاً من الأسطر
cli-help-recommendations-export-csv--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-recommendations-export-pdf--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-recommendations-export-xlsx--output = الملف المراد كتابته (يُستبدل إن كان موجوداً؛ ويُكتب كاملاً أو لا يُكتب إطلاقاً)
cli-help-recommendations-import-xlsx--file = المصنف المراد قراءته (.xlsx، كما يكتبه export-xlsx)
cli-help-bin-list--json = عرض مصفوفة JSON (kind، id، title، context، deleted_at)، الأحدث أولاً، بدلاً من الأسطر
cli-help-bin-restore--id = معرّف العنصر، كما يعرضه `bin list`
cli-help-backup-create--json = عرض النسخة الاحتياطية المُنشأة بصيغة JSON (path، file_name، created_at، reason، size_bytes، engagements، submissions، words، …)
cli-help-backup-list--json = عرض مصفوفة JSON (path، file_name، created_at، reason، size_bytes، engagements، submissions، words، damaged) بدلاً من الأسطر
cli-help-workspace-import--file = ملف مساحة العمل المراد قراءته (كما يكتبه `workspace export`)
cli-help-consultations-list--json = عرض مصفوفة JSON (id، engagement_id، submission_id، held_on، topic، format، notes، personal_data_until، participants) بدلاً من الأسطر
cli-help-personal-data-find--query = جزء من اسم أو من عنوان بريد إلكتروني (حرفان على الأقل؛ ولا فرق بين الأحرف الكبيرة والصغيرة)
cli-help-personal-data-find--json = عرض مصفوفة JSON (target، name، email، occurrences) بدلاً من الأسطر
cli-help-personal-data-erase--json = عرض JSON: participants، consultations، other_fields، left_in_drafts، sections_changed، revisions_changed
cli-help-personal-data-purge-expired--json = عرض JSON: retention_months، cutoff، participants، consultations
cli-help-actions-add--title = عنوان الإجراء
cli-help-actions-add--description = مضمون الإجراء (اختياري)
cli-help-actions-add--start = تاريخ بدء الإجراء، بصيغة YYYY-MM-DD (اختياري)
cli-help-actions-add--due = الموعد النهائي للإجراء، بصيغة YYYY-MM-DD (اختياري)
cli-help-actions-add--json = عرض الإجراء المضاف بصيغة JSON (id، title، department، status، start، due، recommendations، sdg_targets، indicators، …)
cli-help-actions-list--json = عرض مصفوفة JSON (id، title، description، department، partners، start، due، status، budget_line، recommendations، sdg_targets، indicators) بدلاً من الأسطر
cli-help-actions-update--id = معرّف الإجراء (انظر `actions list`)
cli-help-actions-update--due = الموعد النهائي الجديد، بصيغة YYYY-MM-DD
cli-help-actions-update--json = عرض الإجراء بعد تغييره بصيغة JSON (حقول `actions list --json`)
cli-help-actions-delete--id = معرّف الإجراء (انظر `actions list`)
cli-help-actions-delete--json = عرض {"{"}"id", "deleted"{"}"}
cli-help-indicators-add--action = الإجراء الذي يقيسه المؤشر (معرّفه، انظر `actions list`)؛ وإلا فاستخدموا ‎--recommendation
cli-help-indicators-add--recommendation = التوصية التي يقيسها المؤشر مباشرة (معرّفها)، بدلاً من إجراء
cli-help-indicators-add--name = اسم المؤشر، مثلاً «الأسر المعاد إسكانها»
cli-help-indicators-add--unit = وحدته، مثلاً «%» أو «أسر» (اختياري)
cli-help-indicators-add--baseline = القيمة في البداية، وهي عدد (12 أو -3.5 أو 1 200 أو 0,75)
cli-help-indicators-add--baseline_date = تاريخ قيمة خط الأساس، بصيغة YYYY-MM-DD
cli-help-indicators-add--target = القيمة المراد بلوغها، وهي عدد
cli-help-indicators-add--target_date = التاريخ الذي يُراد بلوغ الهدف بحلوله، بصيغة YYYY-MM-DD (إلزامي؛ بعد تاريخ خط الأساس)
cli-help-indicators-add--json = عرض المؤشر المضاف بصيغة JSON (id، action، recommendation، name، unit، baseline، target، latest، progress، measurements، …)
cli-help-indicators-measure--indicator = معرّف المؤشر (انظر `indicators list`)
cli-help-indicators-measure--value = القيمة المقيسة، وهي عدد
cli-help-indicators-measure--date = تاريخ القياس، بصيغة YYYY-MM-DD
cli-help-indicators-measure--json = عرض المؤشر مع قياسه الجديد بصيغة JSON (حقول `indicators list --json`)
cli-help-indicators-list--json = عرض مصفوفة JSON (id، action، recommendation، name، unit، baseline، target، sdg_indicator، latest، progress، measurements) بدلاً من الأسطر
cli-help-sdgs-goals--json = عرض JSON: source وcommit وread_on وgoals (goal وshort وtitle باللغات الست)
cli-help-sdgs-link--recommendation = معرّف التوصية (`recommendations list --json`)
cli-help-sdgs-link--targets = غاية من غايات أهداف التنمية المستدامة («11.1»)، مرة لكل غاية؛ وعدم تحديد أي غاية يزيل جميع الروابط
cli-help-sdgs-link--json = عرض {"{"}"id", "sdg_targets"{"}"}

# --- remaining English (wave 6) ---
# A value of a field as the officer types it, with its label ("not_started (Not started)").
core-code_label = { $code } ({ $label })
# Where a database may not be kept (inside error-network_drive's { $fs }).
core-windows_network_share = مجلد مشترك على شبكة Windows
# Why a backup is damaged or cannot be checked now, or why its second copy was not written
# (inside backups-damaged, backups-unavailable, backups-second_failed, cli-backup_damaged…).
backup_problem-not_a_database = الملف ليس قاعدة بيانات قابلة للقراءة (ربما اقتُطع جزء منه أو كُتب فوقه)
backup_problem-damaged = الملف تالف
backup_problem-too_slow =
    { $seconds ->
        [zero] تعذّر التحقق منها في غضون { $seconds } ثانية؛ وتُركت على حالها
        [one] تعذّر التحقق منها في غضون ثانية واحدة ({ $seconds })؛ وتُركت على حالها
        [two] تعذّر التحقق منها في غضون ثانيتين ({ $seconds })؛ وتُركت على حالها
        [few] تعذّر التحقق منها في غضون { $seconds } ثوانٍ؛ وتُركت على حالها
        [many] تعذّر التحقق منها في غضون { $seconds } ثانية؛ وتُركت على حالها
       *[other] تعذّر التحقق منها في غضون { $seconds } ثانية؛ وتُركت على حالها
    }
backup_problem-busy = برنامج آخر يستخدم الملف حاليًا؛ يُرجى المحاولة بعد لحظات
backup_problem-cannot_open = يتعذّر فتح الملف حاليًا (يُرجى التحقق من إمكان قراءته)
backup_problem-unreadable = تتعذّر قراءة الملف حاليًا ({ $reason })
backup_problem-integrity = الملف تالف: وجد فحص السلامة في SQLite مشكلات ({ $found })
backup_problem-not_cityrights = ليست قاعدة بيانات CityRights (ملف لبرنامج آخر، أو ملف فارغ)
backup_problem-other_database = إنها نسخة احتياطية لقاعدة بيانات أخرى (غُيّر اسمها)
backup_problem-not_ours = ليست نسخة احتياطية أنشأها CityRights لقاعدة البيانات هذه
backup_problem-foreign_tables = ليست نسخة احتياطية من CityRights (جداولها ليست جداول CityRights)
backup_problem-folder_full = { $folder } ممتلئ؛ لم تُكتب النسخة
backup_problem-folder_write_error = أبلغ { $folder } عن خطأ في الكتابة (هل أُزيل محرك الأقراص أو تعطّل؟)؛ لم تُكتب النسخة
backup_problem-copy_failed = تعذّرت كتابة النسخة في { $folder }: { $reason }
backup_problem-unreachable = يتعذّر الوصول إلى { $folder }: فهو غير موجود، أو أن محرك الأقراص الخاص به غير موصول (مفتاح USB أُزيل، أو مجلد شبكي غير مُركَّب)
backup_problem-unreachable_because = يتعذّر الوصول إلى { $folder } ({ $reason })
backup_problem-not_a_folder = { $folder } ملف وليس مجلدًا
backup_problem-not_writable = تتعذّر الكتابة في { $folder } ({ $reason })
error-second_folder_unusable = { $problem }. يُرجى اختيار مجلد موجود تمكن الكتابة فيه.
error-backup_damaged = لا يمكن استعادة النسخة الاحتياطية { $name }: { $reason }. لم تُغيَّر قاعدة بياناتك؛ يُرجى اختيار نسخة احتياطية أخرى.
error-backup_unavailable = لا يمكن استعادة النسخة الاحتياطية { $name } الآن: { $reason }. لم تُغيَّر قاعدة بياناتك.
error-choose_listed_backup = يُرجى اختيار إحدى النسخ الاحتياطية المدرجة في القائمة.
dialog-export_follow_up_matrix = تصدير مصفوفة المتابعة
dialog-csv_file = CSV
# Refusals of the desktop shell itself.
error-launch_file_gone = لم يعد هناك ملف ينتظر فتحه.
error-launch_file_unknown = { $name } ليس ملفًا يفتحه CityRights: فهو ليس مساحة عمل ولا ملف إسهام.
error-choose_workbook_first = يُرجى أولاً اختيار المصنف المراد استيراده.
error-workbook_changed = تغيّر المصنف أو تغيّرت التوصيات منذ المعاينة؛ ولم يُكتب شيء. يُرجى استيراد المصنف مرة أخرى لمعرفة ما يغيّره الآن.
error-choose_file_first = يُرجى أولاً اختيار الملف المراد استيراده.
error-library_no_address = لا يُعرف عنوان لـ«{ $title }». يُرجى البحث عنه بعنوانه في الموقع الشبكي للأمم المتحدة.
error-library_no_browser = تعذّر على أي متصفح ويب فتح { $url } ({ $reason }). يُرجى نسخ العنوان إلى متصفح ويب.
# Names CityRights gives a version or a submission, stored as written (the reader's language then).
core-revision_before_restore = قبل استعادة نسخة { $when }
core-revision_sent = أُرسلت في { $date } ({ $channel })
core-submission_for = ورقة مقدمة بشأن { $engagement }
# Where the personal-data search found a person (Settings → Personal data, `cityrights personal-data find`).
personal_place-consultation_notes = مشاورة «{ $topic }» بتاريخ { $held_on }: ملاحظات
personal_place-participant = مشاورة «{ $topic }» بتاريخ { $held_on }، المشارك رقم { $position }
personal_place-department_list = قائمة إدارات المدينة (الإعدادات)
personal_place-engagement_notes = المشاركة «{ $title }»: ملاحظات
personal_place-milestone_notes = المعلم الزمني «{ $milestone }» من «{ $engagement }»: ملاحظات
personal_place-evidence = التوصية { $symbol } { $paragraph }: دليل بتاريخ { $noted_on }
personal_place-department = التوصية { $symbol } { $paragraph }: الإدارة المسؤولة
personal_place-stakeholder_contact = صاحب المصلحة «{ $name }»: جهة الاتصال
personal_place-stakeholder_notes = صاحب المصلحة «{ $name }»: ملاحظات
personal_place-section_owner = الورقة المقدمة «{ $submission }»، الفرع «{ $section }»: المسؤول
personal_place-city_contact_person = ملف المدينة: جهة الاتصال
personal_place-city_contact_email = ملف المدينة: البريد الإلكتروني للاتصال
personal_place-section_text = الورقة المقدمة «{ $submission }»، الفرع «{ $section }»: النص
personal_place-section_text_in_bin = الورقة المقدمة «{ $submission }»، الفرع «{ $section }»: النص (في سلة المحذوفات)
personal_place-history = الورقة المقدمة «{ $title }»: السجل
personal_place-in_text = مذكور في النص: يُرجى تعديل الفرع لحذفه منه.
personal_place-in_history =
    { $n ->
        [zero] مذكور في { $n } نسخة سابقة محفوظة في السجل.
        [one] مذكور في نسخة سابقة واحدة ({ $n }) محفوظة في السجل.
        [two] مذكور في نسختين سابقتين ({ $n }) محفوظتين في السجل.
        [few] مذكور في { $n } نسخ سابقة محفوظة في السجل.
        [many] مذكور في { $n } نسخة سابقة محفوظة في السجل.
       *[other] مذكور في { $n } نسخة سابقة محفوظة في السجل.
    }

# --- Library and rule notes (wave 6) ---
# The Library's texts (assets/reference/library.json: an entry's title, summary, caveat, and
# its author by UN body) and the shipped rules' notes (assets/reference/mechanisms.json). The
# English is the shipped text word for word (the core's tests check it).
library-a_hrc_res_24_2-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 24/2)
library-a_hrc_res_24_2-summary = أول قرار للمجلس بشأن الحكم المحلي وحقوق الإنسان: يعترف بدور الحكم المحلي في تعزيز حقوق الإنسان وحمايتها، دون المساس بالمسؤولية الأساسية للحكومة الوطنية، وطلب إلى لجنته الاستشارية إعداد تقرير قائم على البحث. يُستشهد به لبيان أن الأمم المتحدة تعامل المدن بوصفها جهات فاعلة في مجال حقوق الإنسان منذ عام 2013.
library-a_hrc_res_27_4-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 27/4)
library-a_hrc_res_27_4-summary = طلب إلى اللجنة الاستشارية أن تُنجز تقريرها عن دور الحكم المحلي في مجال حقوق الإنسان، مع بيان التحديات الرئيسية وأفضل الممارسات، لتقديمه إلى المجلس في دورته الثلاثين. وهذا التقرير هو الوثيقة A/HRC/30/49.
library-a_hrc_res_33_8-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 33/8)
library-a_hrc_res_33_8-summary = يربط الحكم المحلي وحقوق الإنسان بخطة عام 2030، مؤكداً ما يمكن أن يسهم به الحكم المحلي في تحقيق أهداف التنمية المستدامة، ودعا إلى حلقة نقاش بشأن هذا الموضوع (يرد موجزها في الوثيقة A/HRC/38/22). مفيد عندما تربط المدينة عملها في مجال حقوق الإنسان بتقاريرها عن أهداف التنمية المستدامة.
library-a_hrc_res_39_7-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 39/7)
library-a_hrc_res_39_7-summary = طلب إلى المفوضة السامية إعداد تقرير، بالتشاور مع جهات منها الحكومات المحلية، عن السبل الفعالة للتعاون بين الحكم المحلي وأصحاب المصلحة المحليين في مجال حقوق الإنسان، بما في ذلك التوعية بأهداف التنمية المستدامة. وقد أرسلت حكومات محلية مساهمات في هذا التقرير.
library-a_hrc_res_45_7-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 45/7)
library-a_hrc_res_45_7-summary = طلب إلى المفوضية السامية لحقوق الإنسان إعداد تقرير عن دور الحكم المحلي في تحقيق المساواة وعدم التمييز وفي حماية الأشخاص الذين يعيشون أوضاعاً هشة. ويعرض هذا التقرير، A/HRC/51/10، مبادئ ممكنة تسترشد بها الحكومات المحلية والوطنية.
library-a_hrc_res_51_12-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 51/12)
library-a_hrc_res_51_12-summary = طلب إلى المفوضية السامية لحقوق الإنسان عقد اجتماع خبراء بشأن بناء قدرات الحكومات المحلية على إدماج حقوق الإنسان في جميع أعمالها، أساساً لأدوات التثقيف في مجال حقوق الإنسان للحكومات المحلية، مع تقديم تقرير إلى المجلس في دورته السادسة والخمسين. وقد أُغلقت دعوة المفوضية إلى تقديم مساهمات بشأنه، والمساهمات الواردة منشورة على الإنترنت.
library-a_hrc_res_57_12-title = الحكم المحلي وحقوق الإنسان (قرار مجلس حقوق الإنسان 57/12)
library-a_hrc_res_57_12-summary = يطلب إلى المفوضية السامية لحقوق الإنسان تنظيم حلقة نقاش وإعداد تقرير، للدورة الثالثة والستين للمجلس، عن الممارسات الجيدة في التغلب على التحديات التي تواجهها الحكومات المحلية، بما في ذلك دعم مشاركة أفضل للحكومات المحلية في عمل آليات الأمم المتحدة لحقوق الإنسان. وقد أُغلقت في 30 حزيران/يونيه 2025 دعوة المفوضية إلى تقديم مساهمات بشأنه، التي وجّهت أسئلتها مباشرة إلى الحكومات المحلية والإقليمية.
library-a_hrc_res_57_12-caveat = لم يُتحقق من تاريخ الاعتماد بالضبط: اعتُمد القرار في الدورة السابعة والخمسين للمجلس، التي اختُتمت في 11 تشرين الأول/أكتوبر 2024.
library-a_hrc_30_49-title = دور الحكم المحلي في تعزيز حقوق الإنسان وحمايتها — التقرير النهائي للجنة الاستشارية لمجلس حقوق الإنسان
library-a_hrc_30_49-summary = يبيّن الواجبات المشتركة والمتكاملة للدول والحكومات المحلية في احترام حقوق الإنسان وحمايتها وإعمالها، والتحديات الرئيسية التي تواجهها الحكومات المحلية، ومدينة حقوق الإنسان بوصفها إطاراً. المرجع الذي يُستشهد به لشرح سبب تقديم المدينة تقارير إلى الأمم المتحدة.
library-a_hrc_38_22-title = موجز حلقة النقاش المعقودة بين الدورتين بشأن دور الحكم المحلي في تعزيز حقوق الإنسان وحمايتها — تقرير مفوض الأمم المتحدة السامي لحقوق الإنسان
library-a_hrc_38_22-summary = يوجز حلقة النقاش التي عقدها المجلس في 4 أيلول/سبتمبر 2017 بشأن الطريقة التي يمكن بها للحكومات المحلية تعزيز حقوق الإنسان وحمايتها وإعمالها، ولا سيما أثناء تنفيذ خطة عام 2030، بتعاون وثيق مع الحكومات الوطنية. ممارسات يمكن أن تستند إليها ورقة مقدمة.
library-a_hrc_42_22-title = الحكم المحلي وحقوق الإنسان — تقرير مفوضة الأمم المتحدة السامية لحقوق الإنسان (عملاً بالقرار 39/7)
library-a_hrc_42_22-summary = تقرير المفوضية السامية لحقوق الإنسان عن السبل الفعالة للتعاون بين الحكم المحلي وأصحاب المصلحة المحليين في مجال حقوق الإنسان، بما في ذلك التوعية بأهداف التنمية المستدامة، مع التحديات والممارسات الجيدة والتوصيات. وقد استند إلى 59 مساهمة ويبني على الوثيقتين A/HRC/30/49 وA/HRC/38/22.
library-a_hrc_42_22-caveat = لم يُطابَق رمز الوثيقة مع الوثيقة نفسها. وتذكر صفحة المفوضية تاريخ النشر (2 تموز/يوليه 2019) والدورة التي قُدّم فيها (الثانية والأربعون)؛ ويفتح الرابط تلك الصفحة.
library-a_hrc_51_10-title = الحكم المحلي وحقوق الإنسان — تقرير مفوضة الأمم المتحدة السامية لحقوق الإنسان
library-a_hrc_51_10-summary = يتناول الحكم المحلي من زاوية المساواة وعدم التمييز وحماية الأشخاص الذين يعيشون أوضاعاً هشة ومهمشة: ممارسات واعدة وتحديات وتوصيات إلى السلطات المركزية والمحلية وعناصر ممكنة لمبادئ تسترشد بها الحكومات المحلية والوطنية.
library-a_hrc_28_62-title = تقرير المقررة الخاصة المعنية بالسكن اللائق كعنصر من عناصر الحق في مستوى معيشي مناسب وبالحق في عدم التمييز في هذا السياق
library-a_hrc_28_62-summary = عن أدوار الحكومات المحلية وغيرها من الحكومات دون الوطنية ومساءلتها فيما يتعلق بالحق في السكن اللائق: تمتد الالتزامات الدولية في مجال حقوق الإنسان إلى جميع مستويات الحكم، ويجب على الدول أن تمنح الحكومات المحلية القدرات والموارد اللازمة للوفاء بها. ونشرت المفوضية أيضاً دليلاً للحكومات المحلية مستمداً منه.
library-nmirf_practical_guide_2016-title = الآليات الوطنية لتقديم التقارير والمتابعة: دليل عملي لتعامل الدول الفعال مع الآليات الدولية لحقوق الإنسان
library-nmirf_practical_guide_2016-summary = دليل المفوضية السامية لحقوق الإنسان للدول بشأن الهيئة الوطنية التي تعدّ التقارير المقدمة إلى هيئات المعاهدات وإلى الاستعراض الدوري الشامل وتتابع توصياتها. اقرأه لتعرف الهيئة التي تعدّ التقرير الوطني في الدولة وتتابع التوصيات: الهيئة التي تنسق معها المدينة.
library-a_hrc_50_64-title = تقرير مفوضة الأمم المتحدة السامية لحقوق الإنسان عن الآليات الوطنية للتنفيذ وتقديم التقارير والمتابعة
library-a_hrc_50_64-summary = تقرير المفوضة السامية إلى المجلس عن الآليات الوطنية للتنفيذ وتقديم التقارير والمتابعة: الهيئات الحكومية التي تنسق تقارير الدولة إلى الأمم المتحدة ومتابعة توصياتها.
library-a_hrc_50_64-caveat = العنوان مختصر ولم يُتحقق من تاريخ الإصدار؛ والرمز هو رمز تقرير مقدم إلى الدورة الخمسين للمجلس (حزيران/يونيه – تموز/يوليه 2022).
library-vlr_guidelines_2020-title = مبادئ توجيهية للاستعراضات المحلية الطوعية، المجلد 1: تحليل مقارن للاستعراضات المحلية الطوعية القائمة
library-vlr_guidelines_2020-summary = كيف تستعرض المدن تقدمها نحو تحقيق أهداف التنمية المستدامة في استعراض محلي طوعي، مع مقارنة بين أوائل الاستعراضات المنشورة. واستعراض المدينة دليل يمكنها أن تعيد استخدامه في أوراقها المقدمة إلى آليات الأمم المتحدة لحقوق الإنسان.
library-vlr_guidelines_2021-title = مبادئ توجيهية للاستعراضات المحلية الطوعية، المجلد 2: نحو جيل جديد من الاستعراضات المحلية الطوعية — استكشاف الصلة بين المحلي والوطني
library-vlr_guidelines_2021-summary = كيف ترتبط الاستعراضات المحلية الطوعية بالاستعراض الوطني الطوعي للدولة. مفيد عندما تريد المدينة أن تؤخذ أدلتها في الحسبان في تقارير الدولة.
library-author-human_rights_council = مجلس حقوق الإنسان
library-author-human_rights_council_advisory_committee = اللجنة الاستشارية لمجلس حقوق الإنسان
library-author-united_nations_high_commissioner_for_human_rights = مفوض الأمم المتحدة السامي لحقوق الإنسان
library-author-special_rapporteur_on_adequate_housing = المقرر الخاص المعني بالسكن اللائق
library-author-office_of_the_united_nations_high_commissioner_for_human_rights = مفوضية الأمم المتحدة السامية لحقوق الإنسان
library-author-un_habitat_and_united_cities_and_local_governments_uclg = موئل الأمم المتحدة ومنظمة المدن المتحدة والحكومات المحلية
rule-UPR-note = حُددت في المبادئ التوجيهية لعام 2011؛ ولم تتسنَّ مراجعة المبادئ التوجيهية للجولة الرابعة (كانون الثاني/يناير 2022) للتحقق من أن هذه الحدود لم تتغير. ولا يُذكر ما إذا كانت الحواشي تُحتسب، ولذلك تُحتسب. اللغات الرسمية للأمم المتحدة، ويُفضَّل الإنكليزية أو الفرنسية أو الإسبانية (توجيهات سابقة). وتنشر المفوضية السامية لحقوق الإنسان على موقعها النص الكامل لكل ورقة مقدمة من أصحاب المصلحة (A/HRC/WG.6/48/SVN/3، الحاشية 2).
rule-UPR-formats_note = طلب الدليل التقني للمفوضية السامية لحقوق الإنسان لأصحاب المصلحة (بصيغته في 1 تموز/يوليه 2008) ملفات Word لا PDF؛ ولم يُعثر على قاعدة لاحقة بشأن الصيغة.
rule-CCPR-note = الصفحة التي تحدد الحد غير مؤرخة. وترد المواعيد النهائية في المذكرة الإعلامية لكل دورة، في شكل تواريخ دون منطقة زمنية. ولا يُذكر ما إذا كانت الحواشي تُحتسب، ولذلك تُحتسب.
rule-CESCR-note = لم يُعثر على حد سارٍ لعدد الكلمات: يُرجى تحديد الحد من المذكرة الإعلامية للدورة.
rule-CERD-note = الحد الأقصى لعدد الكلمات والموعد النهائي غير معروفين: يُرجى تحديدهما من المذكرة الإعلامية للدورة.
rule-CEDAW-note = أفاد به طرف ثالث للدورات 80 و81 و86؛ يُرجى مراجعة المذكرة الإعلامية لدورتكم. وكان موعد تقديم التقارير قبل الدورة بنحو أربعة أسابيع (ثلاثة أسابيع للدورة 73، عام 2019).
rule-CAT-note = الحد الأقصى لعدد الكلمات غير معروف.
rule-SPT-note = لا تجري اللجنة الفرعية حواراً بشأن تقرير الدولة، فلا توجد قائمة مسائل ولا تقرير موازٍ يُكتب لها. وما يمكن للمدينة فعله بدلاً من ذلك: إبلاغها بأماكن الاحتجاز التي تديرها المدينة أو تفتشها (مثل زنازين الشرطة البلدية)، والعمل مع الآلية الوقائية الوطنية. ولا تُنشر أي صيغة أو حد أو موعد نهائي لهذه المعلومات.
rule-CRC-note = التقرير المواضيعي محدود بـ 3000 كلمة: يُرجى تعديل الحد للتقرير المواضيعي. ولا تُحتسب المرفقات.
rule-CMW-note = يُرجى تحديد الحد الأقصى لعدد الكلمات والموعد النهائي من المذكرة الإعلامية للدورة.
rule-CRPD-note = يُرجى تحديد الحد الأقصى لعدد الكلمات من المذكرة الإعلامية للدورة. وتُطلب صيغ ميسَّرة (وفقاً لأطراف ثالثة). وقد أوقفت اللجنة إجراء المتابعة في أيلول/سبتمبر 2016.
rule-CED-note = يُرجى تحديد الحد الأقصى لعدد الكلمات والموعد النهائي من المذكرة الإعلامية للدورة.
rule-SP-note = يُرجى تحديد الحد الأقصى لعدد الكلمات واللغة من الدعوة نفسها: فاللغات المذكورة أعلاه ليست قاعدة من قواعد المكلفين بولايات، ولذلك لا يُنبَّه إلا تنبيهاً إلى الورقة المقدمة بلغة أخرى.

# --- demo data (wave 6) ---
# The demo city (src/app/demo.rs), loaded in the reader's language. Fictional names: keep them
# recognisably fictional; keep e-mail addresses, URLs, document symbols and XEX as they are.
demo-city = مدينة المثال (عرض تجريبي)
demo-state = بلاد المثال
demo-city_contact = مكتب حقوق الإنسان، مدينة المثال
demo-ehrc_name = لجنة حقوق الإنسان في بلاد المثال (عرض تجريبي)
demo-ehrc_acronym = لجنة حقوق الإنسان
demo-ehrc_notes = مؤسسة وطنية لحقوق الإنسان (خيالية).
demo-rta_name = رابطة مستأجري ضفة النهر (عرض تجريبي)
demo-rta_acronym = رابطة المستأجرين
demo-rta_notes = استُشيرت بشأن عمليات الإخلاء والسكن الاجتماعي.
demo-northtown_name = مدينة الشمال (عرض تجريبي)
demo-northtown_notes = مدينة مجاورة؛ يمكن تقديم ورقة مشتركة معها.
demo-nchrr_name = اللجنة الوطنية المعنية بتقارير حقوق الإنسان في بلاد المثال (عرض تجريبي)
demo-nchrr_acronym = اللجنة الوطنية
demo-nchrr_notes = تنسق إعداد التقرير الوطني ومتابعة التوصيات؛ وإليها ترسل المدينة مساهمتها في التقرير الوطني.
demo-upr_title = الاستعراض الدوري الشامل لبلاد المثال (جولة تجريبية)
demo-upr_session = دورة الفريق العامل (عرض تجريبي)
demo-upr_notes = ورقة المدينة بصفتها من أصحاب المصلحة، مقدمة بالاشتراك مع رابطة مستأجري ضفة النهر.
demo-estimate = تقدير مستند إلى الجداول الزمنية المعتادة للاستعراض الدوري الشامل (عرض تجريبي): تعلن المفوضية السامية لحقوق الإنسان المواعيد الفعلية لكل دورة.
demo-upr_window_opens = بدء فترة تقديم الورقات
demo-upr_housing_data = بيانات الإسكان من إدارة الإسكان
demo-upr_departments = الإدارات ترسل أقسامها
demo-upr_mayor = مكتب رئيس البلدية يوافق على النص
demo-upr_window_closes = انتهاء فترة تقديم الورقات
demo-upr_review = استعراض الفريق العامل لحالة بلاد المثال
demo-upr_adoption = اعتماد مجلس حقوق الإنسان للوثيقة الختامية
demo-cescr_title = استعراض اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية لبلاد المثال: قائمة المسائل السابقة لتقديم التقرير
demo-cescr_session = الفريق العامل لما قبل الدورة (عرض تجريبي)
demo-cescr_notes = مساهمة بشأن السكن والمياه والخدمات الاجتماعية.
demo-cescr_follow_up = تقرير الدولة عن متابعة الملاحظات الختامية السابقة
demo-cescr_deadline = الموعد النهائي لتقديم المساهمات الكتابية
demo-cescr_pre_session = الفريق العامل لما قبل الدورة
demo-cescr_consultation = التشاور مع جمعيات المستأجرين ومستخدمي المياه
demo-sp_title = دعوة إلى تقديم مساهمات: الحكومات المحلية والحق في السكن اللائق
demo-sp_session = تقرير مواضيعي (عرض تجريبي)
demo-sp_notes = الإجابة عن الأسئلة 1 و3 و5 من الدعوة؛ 2,500 كلمة كحد أقصى (وفق ما حددته الدعوة).
demo-sp_published = نشر الدعوة إلى تقديم مساهمات
demo-sp_deadline = الموعد النهائي لتقديم المساهمات
demo-sp_rule_source = الدعوة إلى تقديم مساهمات (عرض تجريبي)، الفقرة 6
# The demo submission. Its section titles are the template's (template-upr_stakeholder-s1, s2,
# s4, s6). A piece that ends or starts with a space keeps it as {" "}.
demo-submission_title = ورقة مقدمة من مدينة المثال إلى الاستعراض الدوري الشامل لبلاد المثال
demo-full_stop = .
demo-s1_p1 = تقدم مدينة المثال هذا التقرير عن تنفيذ التوصيات التي تلقتها بلاد المثال في استعراضها السابق، على الصعيد المحلي. والمدينة مسؤولة عن السكن الاجتماعي والمدارس الابتدائية والشرطة المحلية ومرفق المياه، وهي تبلغ عما قامت به في كل مجال من هذه المجالات منذ الاستعراض الأخير.
demo-s1_key_words_label = الكلمات الرئيسية:{" "}
demo-s1_key_words = الحق في السكن اللائق؛ عمليات الإخلاء؛ المياه والصرف الصحي؛ عدم التمييز؛ المشاركة.
demo-s2_p1 = مدينة المثال مدينة يبلغ عدد سكانها 240,000 نسمة (جميع الأسماء والأرقام في هذا العرض التجريبي خيالية). وبموجب قانون الحكم المحلي، تملك المدينة 11,800 وحدة سكن اجتماعي وتدير 42 مدرسة ابتدائية والشرطة البلدية ومرفق المياه
demo-s2_note1 = قانون الحكم المحلي لبلاد المثال (خيالي)، المواد من 12 إلى 19.
demo-s2_p2 = ولا تُذكر المسائل الخارجة عن اختصاصها، مثل إجراءات اللجوء والاستحقاقات الاجتماعية الوطنية، إلا حيثما تؤثر في وصول السكان إلى الخدمات البلدية.
demo-s3_h1 = الحق في السكن اللائق
# The paragraph reads: before, the recommendation's words (in italics, a UN translation's
# wording), between, the citation of the report (A/HRC/00/00, para. 140.7), after, a footnote, a full stop.
demo-s3_p1_before = أيدت بلاد المثال التوصية الداعية إلى{" "}
demo-s3_p1_quote = ضمان حصول الأسر ذات الدخل المنخفض على سكن ميسور التكلفة
demo-s3_p1_between = {" "}
demo-s3_p1_after = . ومنذ ذلك الحين، بنت المدينة 1,250 وحدة سكن اجتماعي وخفضت قائمة الانتظار لديها بنسبة 18 في المائة
demo-s3_note1 = إدارة الإسكان في مدينة المثال، التقرير السنوي لعام 2025 (خيالي)، الجدول 3.
demo-s3_p2 = وانخفض عدد عمليات الإخلاء من المساكن البلدية من 312 في عام 2022 إلى 141 في عام 2025 بعد أن أنشأت المدينة دائرة للوقاية بالتعاون مع رابطة مستأجري ضفة النهر
demo-s3_note2 = بيانات جُمعت بالاشتراك مع رابطة مستأجري ضفة النهر (عرض تجريبي).
demo-s3_p2_after = . وتتصل الدائرة بكل مستأجر متأخر عن دفع الإيجار لمدة شهرين.
demo-s3_h2 = المياه والصرف الصحي
demo-s3_p3 = لم يعد مرفق المياه يقطع المياه عن الأسر بسبب الفواتير غير المسددة خلال أشهر الشتاء. وتتمثل الثغرات المتبقية فيما يلي:
demo-s3_item1 = المستوطنات غير الرسمية الواقعة على أطراف المدينة وغير الموصولة بالشبكة؛
demo-s3_item2 = التعريفات التي لا تراعي بعدُ دخل الأسر.
demo-s4_p1 = منح المدن الصلاحية القانونية والتمويل اللازمين لمنع عمليات الإخلاء من المساكن المستأجرة الخاصة، على النحو الموصى به سابقاً.
demo-s4_p2 = إشراك الحكومات المحلية في المشاورة الوطنية من أجل التقرير الوطني المقبل.

# --- passage language ---
error-limit_language = وُسم مقطع باللغة «{ $tag }»، وهي ليست وسماً لغوياً: اكتب وسماً مثل de أو fr-CA أو zh-Hans (بحد أقصى { $max } حرفاً).
error-limit_language_case = وُسم مقطع باللغة «{ $tag }»: اكتبها على النحو «{ $normal }».
editor-language = اللغة
editor-language_tooltip = الإشارة إلى أن الكلمات المحددة مكتوبة بلغة أخرى
editor-language_title = لغة الكلمات المحددة
editor-language_choice = اللغة
editor-language_option = { $name } ({ $tag })
editor-language_other = لغة أخرى (اكتب وسمها)
editor-language_hint = ستقرأ برامج قراءة الشاشة وملف PDF وملف Word هذه الكلمات بهذه اللغة.
editor-language_tag = الوسم اللغوي
editor-language_tag_hint = وسم لغوي وفق BCP 47، مثل pt-BR أو ca أو gsw.
editor-language_apply = تطبيق اللغة
editor-language_remove = إزالة اللغة
editor-language_needs_text = حدد أولاً الكلمات المكتوبة بلغة أخرى.
