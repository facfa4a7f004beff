# CityRights interface and export texts, English (the reference: every other language has
# the same messages with the same variables). Fluent syntax: https://projectfluent.org/

# How dates, times and numbers are written (Intl locale tag for this catalogue).
meta-locale = ar
meta-date = { $weekday }، { $day } { $month } { $year }
meta-day_month = { $weekday }، { $day } { $month }

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
departments-renamed = أصبحت «{ $old }» الآن «{ $new }» (عدد التوصيات المعدَّلة: { $n }).
departments-merged = دُمجت «{ $old }» في «{ $new }» (عدد التوصيات المعدَّلة: { $n }).
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
calendar-move_official_question = «{ $title }» تاريخ رسمي ({ $kind }). هل تريدون نقله مع ذلك بمقدار { $days } من الأيام؟ لا تفعلوا ذلك إلا إذا غيّرته الأمم المتحدة.
calendar-move_official_confirm = نقل التاريخ الرسمي
calendar-move_estimate_question = «{ $title }» ({ $kind }) تقدير لتاريخ تحدده الأمم المتحدة، وليس تاريخًا رسميًا. هل تريدون نقله بمقدار { $days } من الأيام؟ افعلوا ذلك عندما تعلن الأمم المتحدة التاريخ الفعلي.
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
revisions-kind-contribution = مساهمة مقبولة
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
recommendations-exported = كُتبت التوصيات في { $path } (عددها { $n }).
recommendations-export_pdf = تصدير مصفوفة المتابعة (PDF)…
recommendations-exported_pdf = كُتبت التوصيات في { $path } (عدد التوصيات: { $n }؛ عدد الصفحات: { $pages }).
recommendations-empty_title = لا توجد توصيات بعد
recommendations-empty_p1 = استوردوا التوصيات التي وجّهتها الأمم المتحدة إلى دولتكم: نص تقرير الفريق العامل المعني بالاستعراض الدوري الشامل (منسوخًا من ملف PDF)، أو القائمة المواضيعية للتوصيات الصادرة عن المفوضية السامية لحقوق الإنسان (Word)، أو ملف مصدَّر من الفهرس العالمي لحقوق الإنسان (JSON)، أو ملف CSV.
recommendations-empty_p2 = ثم حدّدوا التوصيات التي تخص المدينة، وبيّنوا الجهة المسؤولة عنها، وتابعوا ما أُنجز. اضغطوا «استيراد…» للبدء.
recommendations-overview = نظرة عامة
recommendations-overview_total = عدد التوصيات: { $n }؛ منها { $within } تقع ضمن اختصاص المدينة (الحصري أو المشترك).
recommendations-new_since_last = أضاف آخر استيراد توصيات جديدة عددها { $n }.
recommendations-chart_row = { $theme }: عدد التوصيات { $n } — عرضها
recommendations-nothing_new = لم يُضف آخر استيراد أي جديد: فكل ما فيه كان موجودًا هنا بالفعل، دون تغيير.
recommendations-nothing_new_updated = لم يُضف آخر استيراد أي توصية جديدة، وحدّث توصيات موجودة هنا عددها { $n }.
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
recommendations-bulk_tagged = أُضيف الوسم إلى توصيات عددها { $n }.
recommendations-bulk_untagged = أُزيل الوسم من توصيات عددها { $n }.
recommendations-bulk_changed = عدد التوصيات المعدَّلة: { $n }.
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
recommendations-mapping_title = محتوى كل عمود (عدد الصفوف: { $n })
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
personal-months_saved = تم الحفظ: يُحتفظ بالبيانات الشخصية لمدة { $months } من الأشهر بعد كل مشاورة.
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

# The mechanisms' names as the UN writes them in this language (UNTERM; the English ones are
# those of assets/reference/mechanisms.json, which tests/catalogue.rs compares). To be checked
# by a reviewer of each language against UNTERM: entered without access to it.
mechanism-UPR = الاستعراض الدوري الشامل
mechanism-CCPR = اللجنة المعنية بحقوق الإنسان
mechanism-CESCR = اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية
mechanism-CERD = لجنة القضاء على التمييز العنصري
mechanism-CEDAW = اللجنة المعنية بالقضاء على التمييز ضد المرأة
mechanism-CAT = لجنة مناهضة التعذيب
mechanism-SPT = اللجنة الفرعية لمنع التعذيب
mechanism-CRC = لجنة حقوق الطفل
mechanism-CMW = اللجنة المعنية بالعمال المهاجرين
mechanism-CRPD = اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة
mechanism-CED = اللجنة المعنية بحالات الاختفاء القسري
mechanism-SP = الإجراءات الخاصة لمجلس حقوق الإنسان

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
