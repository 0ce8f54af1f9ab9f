namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>
/// The statements of <see cref="LoadTestDataset"/>, in the order they run. Each reads what the previous ones wrote
/// (the rows whose author is <c>@author</c>). Random draws are made once per row in a subquery or CTE (<c>r1</c>,
/// <c>r2</c>…) and only combined outside it, so that one draw decides one thing. Parameters common to all: see
/// <see cref="LoadTestDataset"/> (<c>@province</c>, <c>@author</c>, <c>@today</c>, <c>@now</c>, <c>@agencies</c>…).
/// Stored enum values: meeting status 2 held; notice status 2 issued; task source 0 conclusion, 1 plan, 2 direct;
/// progress 0 not started, 1 in progress, 2 done, 3 cancelled; recurrence 0 none, 1 monthly, 3 quarterly; history
/// kinds 0 assigned, 1 progress, 3 done, 5 cancelled, 6 extension asked, 7 extension approved; attendance 1 present,
/// 2 excused, 3 substitute, 4 absent; report status 1 submitted, submitter kind 0 seat, 1 body.
/// </summary>
internal static class Sql
{
    /// <summary>Folds Vietnamese as <c>VietnameseText.Fold</c> does (see <see cref="Vocabulary.FoldTable"/>).</summary>
    private static string Fold(string expression) => $"translate(lower({expression}), @fold_from, @fold_to)";

    /// <summary>A random element of an array parameter.</summary>
    private static string Pick(string array) => $"{array}[1 + floor(random() * cardinality({array}))::int]";

    /// <summary>The vocabulary's title: an action and a subject.</summary>
    private static readonly string Title = $"{Pick("@actions")} || ' ' || {Pick("@subjects")}";

    /// <summary>
    /// Co-operating agencies: none (half), one or two, never the lead; from x.lead_index, x.co_shift, x.co_draw. A
    /// province with one member agency has none to co-operate, with two at most the other one.
    /// </summary>
    private const string CoAgencies = """
        case when x.co_draw < 0.5 or cardinality(@agencies) = 1 then '{}'::text[]
             when x.co_draw < 0.8 or cardinality(@agencies) = 2 then array[@agencies[1 + (x.lead_index - 1 + x.co_shift) % cardinality(@agencies)]]
             else array[@agencies[1 + (x.lead_index - 1 + x.co_shift) % cardinality(@agencies)],
                        @agencies[1 + (x.lead_index + x.co_shift) % cardinality(@agencies)]] end
        """;

    /// <summary>
    /// The draws <see cref="CoAgencies"/> needs besides the lead's index: a shift of 1 to n − 2 (to n − 1 for the second
    /// agency, so never back to the lead); 1 with fewer than three agencies.
    /// </summary>
    private const string CoDraws = "1 + floor(random() * greatest(cardinality(@agencies) - 2, 1))::int as co_shift, random() as co_draw";

    /// <summary>A lead agency's index, some agencies leading much more than others.</summary>
    private const string LeadIndexDraw = "1 + floor(power(random(), 1.6) * cardinality(@agencies))::int";

    private const string LeadIndex = LeadIndexDraw + " as lead_index";

    /// <summary>A portfolio for nine tasks in ten.</summary>
    private static readonly string Portfolio = $"case when random() < 0.9 then {Pick("@portfolios")} end as portfolio";

    private static string Local(string day, string time) => $"(({day}) + time '{time}') at time zone 'Asia/Ho_Chi_Minh'";

    /// <summary>When a done or cancelled task was closed (null while open); never before it was assigned nor after now.</summary>
    private static readonly string ClosedAt = $"""
        case t.progress
            when 2 then least(@now, greatest(t.assigned_at + interval '1 hour', {Local("t.completed_on", "16:00")}))
            when 3 then t.assigned_at + (least(@now, {Local("t.due", "17:00")}) - t.assigned_at) * 0.8
        end
        """;

    private const string Generated = "t.province = @province and t.assigned_by = @author";

    public const string Meetings = """
        insert into meetings.meetings (id, province, kind, title, mode, location, online_link, starts_at, duration_minutes,
            period_kind, period_year, period_number, status, chair_seat_key, delegation, takes_opinions,
            created_by, created_at, decided_by, decided_at, minutes, minutes_by, minutes_at)
        select gen_random_uuid(), @province, m.kind, m.title, m.mode, 'Phòng họp UBND tỉnh',
               case when m.mode <> 0 then 'https://hop-truc-tuyen.example.vn/ban-chi-dao' end,
               m.starts_at, m.duration, m.period_kind, m.period_year, m.period_number, @held,
               case when m.delegated then @deputy_seat else @head_seat end,
               case when m.delegated then 'Văn bản ủy quyền của Trưởng Ban Chỉ đạo' end,
               false, @author, m.starts_at - interval '10 days',
               case when m.kind <> 0 then @author end, case when m.kind <> 0 then m.starts_at - interval '9 days' end,
               'Các thành viên báo cáo kết quả, thảo luận; người chủ trì kết luận.', @author,
               least(m.starts_at + interval '1 day', @now)
        from unnest(@m_starts_at, @m_kind, @m_title, @m_mode, @m_duration, @m_period_kind, @m_period_year, @m_period_number, @m_delegated)
             as m(starts_at, kind, title, mode, duration, period_kind, period_year, period_number, delegated)
        """;

    /// <summary>Who held a seat (alias s) on a day: the latest appointment covering it.</summary>
    private static string Holder(string day) => $"""
        left join lateral (
            select p.full_name from committees.appointments ap join committees.people p on p.id = ap.person_id
            where ap.seat_id = s.id and ap."from" <= {day} and (ap.until is null or {day} <= ap.until)
            order by ap."from" desc limit 1) h on true
        """;

    private static string SeatsOn(string day) =>
        $"s.province = @province and (s.valid_from is null or s.valid_from <= {day}) and (s.valid_until is null or {day} <= s.valid_until)";

    /// <summary>Every seat of the meeting's day, with its holder then, as the app invites by default; attendance recorded.</summary>
    public static readonly string Invitations = $"""
        insert into meetings.invitations (id, province, meeting_id, seat_key, name, office, agency_key, "order", attendance, substitute_name)
        select gen_random_uuid(), @province, x.meeting_id, x.key, coalesce(x.holder, '(khuyết)'), x.office, x.agency_key, x.ord,
               case when x.r1 < 0.86 then 1 when x.r1 < 0.94 then 2 when x.r1 < 0.98 then 3 else 4 end,
               case when x.r1 >= 0.94 and x.r1 < 0.98 then 'Cấp phó được ủy quyền' end
        from (
            select m.id as meeting_id, s.key, s.office, a.key as agency_key, h.full_name as holder,
                   (row_number() over (partition by m.id order by s.role, s."order") - 1)::int as ord, random() as r1
            from (select id, (starts_at at time zone 'Asia/Ho_Chi_Minh')::date as day from meetings.meetings
                  where province = @province and created_by = @author) m
            join committees.seats s on {SeatsOn("m.day")}
            left join committees.agencies a on a.id = s.agency_id
            {Holder("m.day")}
        ) x
        """;

    /// <summary>A notice 3 to 6 days after each meeting (none yet when that day is after today), numbered per year.</summary>
    public static readonly string Notices = $"""
        insert into meetings.notices (id, province, meeting_id, number, date, signer, preamble, status,
            drafted_by, drafted_at, approved_by, approved_at, issued_by, issued_at)
        select gen_random_uuid(), @province, x.id,
               (row_number() over (partition by extract(year from x.date) order by x.date, x.starts_at))::text || '/TB-BCĐ',
               x.date, x.signer, 'Kết luận của người chủ trì tại cuộc họp: ' || x.title || '.', @issued,
               @author, least(x.issued_at - interval '2 days', @now), @author, least(x.issued_at - interval '3 hours', @now),
               @author, least(x.issued_at, @now)
        from (
            select m.id, m.title, m.starts_at, d.date, s.office as signer, {Local("d.date", "10:00")} as issued_at
            from meetings.meetings m
            cross join lateral (select (m.starts_at at time zone 'Asia/Ho_Chi_Minh')::date + 3 + floor(random() * 4)::int as date) d
            join committees.seats s on s.province = @province and s.key = m.chair_seat_key
            where m.province = @province and m.created_by = @author
        ) x
        where x.date <= @today
        """;

    /// <summary>Numbered items, each with a lead agency and a deadline 20 to 120 days after the notice.</summary>
    public static readonly string NoticeItems = $"""
        insert into meetings.notice_items (id, province, notice_id, number, text, lead_agency_key, due_date)
        select gen_random_uuid(), @province, n.id, i, {Title}, @agencies[{LeadIndexDraw}],
               n.date + 20 + floor(random() * 101)::int
        from (select id, date, @items_min + floor(random() * (@items_max - @items_min + 1))::int as items
              from meetings.notices where province = @province and drafted_by = @author) n
        cross join lateral generate_series(1, n.items) i
        """;

    /// <summary>
    /// As the app issues a notice: every seat of the notice's day (most have opened it since), and each lead agency that
    /// no seat of that day belongs to.
    /// </summary>
    public static readonly string NoticeRecipients = $"""
        insert into meetings.notice_recipients (id, province, notice_id, seat_key, agency_key, name, issued_at, read_at, read_by)
        select gen_random_uuid(), @province, x.notice_id, x.seat_key, x.agency_key, x.name, x.issued_at,
               case when x.seat_key is not null and x.r1 < 0.85 then least(x.issued_at + x.r1 * interval '6 days', @now) end,
               case when x.seat_key is not null and x.r1 < 0.85 then coalesce(x.holder, x.name) end
        from (
            select n.id as notice_id, s.key as seat_key, a.key as agency_key, h.full_name as holder,
                   case when h.full_name is null then s.office else h.full_name || ' — ' || s.office end as name,
                   n.issued_at, random() as r1
            from meetings.notices n
            join committees.seats s on {SeatsOn("n.date")}
            left join committees.agencies a on a.id = s.agency_id
            {Holder("n.date")}
            where n.province = @province and n.drafted_by = @author
            union all
            select n.id, null, a.key, null, a.name, n.issued_at, 1
            from (select distinct i.notice_id, i.lead_agency_key from meetings.notice_items i
                  join meetings.notices n on n.id = i.notice_id
                  where n.province = @province and n.drafted_by = @author) l
            join meetings.notices n on n.id = l.notice_id
            join committees.agencies a on a.province = @province and a.key = l.lead_agency_key
            where not exists (select 1 from committees.seats s where s.agency_id = a.id and {SeatsOn("n.date")})
        ) x
        """;

    public const string Plans = """
        insert into tasks.plans (id, province, year, title, status, decision_number, decision_date, drafted_by, issued_by, issued_at)
        select gen_random_uuid(), @province, p.year, 'Chương trình, kế hoạch công tác năm ' || p.year || ' của ' || @committee, @issued,
               p.number, p.day, @author, @author, (p.day + time '15:00') at time zone 'Asia/Ho_Chi_Minh'
        from unnest(@plan_year, @plan_number, @plan_day) as p(year, number, day)
        """;

    /// <summary>Items of each plan: one in twenty monthly (from late January), one in ten quarterly (from late March), the rest once.</summary>
    public static readonly string PlanItems = $"""
        insert into tasks.plan_items (id, province, plan_id, number, title, expected_output, portfolio_key, lead_agency_key,
            co_agency_keys, due, recurrence)
        select gen_random_uuid(), @province, x.plan_id, x.number, x.title, x.output, x.portfolio, @agencies[x.lead_index], {CoAgencies},
               case x.recurrence
                   when 1 then make_date(x.year, 1, 25) + floor(x.r2 * 4)::int
                   when 3 then make_date(x.year, 3, 20) + floor(x.r2 * 12)::int
                   else make_date(x.year, 2, 1) + floor(x.r2 * (make_date(x.year, 12, 15) - make_date(x.year, 2, 1)))::int
               end,
               x.recurrence
        from (
            select p.id as plan_id, p.year, i as number, {Title} as title, {Pick("@outputs")} as output, {Portfolio},
                   {LeadIndex}, {CoDraws}, random() as r2,
                   (array[1, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])[1 + floor(random() * 20)::int] as recurrence
            from tasks.plans p cross join generate_series(1, @plan_items) i
            where p.province = @province and p.drafted_by = @author
        ) x
        """;

    private const string TaskColumns = """
        insert into tasks.tasks (id, province, title, expected_output, source, source_id, source_label, source_path, portfolio_key,
            lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at, original_due, due, series_id, recurrence,
            progress, search_text)
        """;

    /// <summary>Every item of every generated notice followed as a task, labelled and linked as the app does; the chair is the issuer.</summary>
    public static readonly string TasksFromConclusions = $"""
        {TaskColumns}
        select gen_random_uuid(), @province, x.text, x.output, @source, x.item_id, x.label, 'meetings/' || x.meeting_id || '/notice',
               x.portfolio, x.lead, {CoAgencies}, x.chair, @author, x.assigned_at, x.due, x.due, null, 0, 0,
               {Fold("x.text || ' ' || x.output || ' ' || x.label")}
        from (
            select i.id as item_id, i.text, i.lead_agency_key as lead, i.due_date as due, m.id as meeting_id, m.chair_seat_key as chair,
                   'Thông báo kết luận ' || n.number || ' ngày ' || to_char(n.date, 'DD/MM/YYYY') || ', mục ' || i.number as label,
                   least(n.issued_at + interval '1 day', @now) as assigned_at, {Pick("@outputs")} as output, {Portfolio},
                   array_position(@agencies, i.lead_agency_key) as lead_index, {CoDraws}
            from meetings.notice_items i
            join meetings.notices n on n.id = i.notice_id
            join meetings.meetings m on m.id = n.meeting_id
            where n.province = @province and n.drafted_by = @author
        ) x
        """;

    /// <summary>
    /// Every item of every generated plan as a task, or a series of tasks (one per occurrence until the year's end) for a
    /// recurring one, as issuing a plan does; the head is the issuer.
    /// </summary>
    public static readonly string TasksFromPlans = $"""
        {TaskColumns}
        select gen_random_uuid(), @province, x.title, x.expected_output, @source, x.id, x.label, 'tasks/plans/' || x.year,
               x.portfolio_key, x.lead_agency_key, x.co_agency_keys, @head_seat, @author, x.issued_at, d.due, d.due, x.series,
               x.recurrence, 0, {Fold("x.title || ' ' || x.expected_output || ' ' || x.label")}
        from (
            select i.*, p.year, p.issued_at, 'Kế hoạch công tác năm ' || p.year || ' (' || p.decision_number || '), mục ' || i.number as label,
                   case when i.recurrence <> 0 then gen_random_uuid() end as series
            from tasks.plan_items i join tasks.plans p on p.id = i.plan_id
            where p.province = @province and p.drafted_by = @author
        ) x
        cross join lateral (
            select (x.due + make_interval(months => k * x.recurrence))::date as due
            from generate_series(0, case when x.recurrence = 0 then 0 else 11 end) k) d
        where d.due <= make_date(x.year, 12, 31)
        """;

    /// <summary>
    /// Tasks a leader assigned directly, on working days (Monday to Friday) before today, due 7 to 90 days later; the
    /// head assigns most. Labelled as the app labels them, with the seat's holder today.
    /// </summary>
    public static readonly string DirectTasks = $"""
        with leaders as (
            select array_agg(s.key order by s.role, s."order") as keys,
                   array_agg('Giao trực tiếp: ' || coalesce(h.full_name, s.office) || ', ' || s.office order by s.role, s."order") as labels
            from committees.seats s
            {Holder("@today")}
            where {SeatsOn("@today")} and s.role <> 3
        )
        {TaskColumns}
        select gen_random_uuid(), @province, x.title, x.output, @source, null, x.label, null, x.portfolio, @agencies[x.lead_index],
               {CoAgencies}, x.issuer, @author, {Local("x.day", "08:00")} + x.r3 * interval '9 hours', x.day + x.days, x.day + x.days,
               null, 0, 0, {Fold("x.title || ' ' || x.output || ' ' || x.label")}
        from (
            select l.keys[d.leader] as issuer, l.labels[d.leader] as label, d.*,
                   case extract(isodow from d.drawn) when 6 then d.drawn - 1 when 7 then d.drawn - 2 else d.drawn end as day
            from leaders l
            cross join (
                select {Title} as title, {Pick("@outputs")} as output, {Portfolio}, {LeadIndex}, {CoDraws}, random() as r3,
                       @start + floor(random() * (@today - @start))::int as drawn, 7 + floor(random() * 84)::int as days,
                       1 + floor(power(random(), 2.5) * (select cardinality(keys) from leaders))::int as leader
                from generate_series(1, @direct)
            ) d
        ) x
        """;

    /// <summary>
    /// Where each generated task stands today. One in twelve had its deadline extended by 15 to 60 days. Past its
    /// deadline in force: still open (overdue) for 30 % of those due in the last 60 days, 6 % in the last year, 1.5 %
    /// before; 5 % more cancelled; the rest done, 78 % of them on time. Not yet due: 12 % done early, 4 % cancelled,
    /// 39 % in progress, the rest not started.
    /// </summary>
    public const string States = """
        with draws as (
            select id, original_due, (assigned_at at time zone 'Asia/Ho_Chi_Minh')::date as assigned,
                   random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
            from tasks.tasks where province = @province and assigned_by = @author
        ), extended as (
            select d.*, case when d.r5 < 0.08 then d.original_due + 15 + floor(d.r4 * 46)::int else d.original_due end as due
            from draws d
        ), shares as (
            select e.*, case when @today - e.due < 60 then 0.30 when @today - e.due < 365 then 0.06 else 0.015 end as open_share
            from extended e
        ), decided as (
            select s.*, case
                when s.due < @today then case
                    when s.r1 < s.open_share then case when s.r2 < 0.4 then 0 else 1 end
                    when s.r1 < s.open_share + 0.05 then 3
                    else 2 end
                when s.r1 < 0.12 then 2
                when s.r1 < 0.16 then 3
                when s.r1 < 0.55 then 1
                else 0 end as progress
            from shares s
        )
        update tasks.tasks t
        set due = d.due,
            progress = d.progress,
            percent = case d.progress when 2 then 100 when 1 then 10 + floor(d.r4 * 81)::int end,
            completed_on = case
                when d.progress <> 2 then null
                when d.due >= @today then d.assigned + floor(d.r3 * (@today - d.assigned + 1))::int
                when d.r2 < 0.78 then greatest(d.assigned, d.due - floor(d.r3 * 21)::int)
                else least(d.due + 1 + floor(d.r3 * 45)::int, @today) end,
            closed_by = case when d.progress in (2, 3) then @author end,
            cancel_reason = case when d.progress = 3 then @cancel_reasons[1 + floor(d.r4 * cardinality(@cancel_reasons))::int] end
        from decided d
        where t.id = d.id
        """;

    public static readonly string AssignedEntries = $"""
        insert into tasks.updates (id, province, task_id, kind, progress_after, author, at)
        select gen_random_uuid(), t.province, t.id, 0, 0, t.assigned_by, t.assigned_at
        from tasks.tasks t where {Generated}
        """;

    /// <summary>
    /// At most one entry between assignment and closing: the extension approved (extended tasks), an extension asked and
    /// not yet decided (3 % of open tasks), or a progress report (tasks in progress or done, and some cancelled ones).
    /// </summary>
    public static readonly string MiddleEntries = $"""
        insert into tasks.updates (id, province, task_id, kind, text, progress_after, percent, due_before, due_after, author, author_agency_key, at)
        select gen_random_uuid(), x.province, x.id, x.kind,
               case x.kind when 1 then {Pick("@progress_notes")} when 6 then {Pick("@extension_reasons")} end,
               case when x.kind = 1 or x.progress in (1, 2) then 1 else 0 end,
               case when x.kind = 1 then coalesce(case when x.progress = 1 then x.percent end, 50) end,
               case x.kind when 7 then x.original_due when 6 then x.due end,
               case x.kind when 7 then x.due when 6 then x.due + 30 end,
               case when x.kind = 7 then x.issuer_office else x.focal_point end,
               case when x.kind <> 7 then x.lead_agency_key end,
               x.assigned_at + (case when x.kind = 7 then least(x.ends_at, {Local("x.original_due", "17:00")}) else x.ends_at end - x.assigned_at) * 0.5
        from (
            select t.*, coalesce({ClosedAt}, @now) as ends_at, s.office as issuer_office,
                   'Đầu mối ' || coalesce(a.short_name, a.name, t.lead_agency_key) as focal_point,
                   case when t.due <> t.original_due then 7
                        when t.progress in (0, 1) and random() < 0.03 then 6
                        when t.progress in (1, 2) or (t.progress = 3 and random() < 0.3) then 1 end as kind
            from tasks.tasks t
            left join committees.seats s on s.province = @province and s.key = t.issuer_seat_key
            left join committees.agencies a on a.province = @province and a.key = t.lead_agency_key
            where {Generated}
        ) x
        where x.kind is not null
        """;

    /// <summary>Marked done by the lead agency's focal point, or cancelled with its reason.</summary>
    public static readonly string ClosingEntries = $"""
        insert into tasks.updates (id, province, task_id, kind, text, progress_after, percent, author, author_agency_key, at)
        select gen_random_uuid(), t.province, t.id, case t.progress when 2 then 3 else 5 end,
               case t.progress when 2 then 'Đã hoàn thành, gửi kèm báo cáo kết quả.' else t.cancel_reason end,
               t.progress, case when t.progress = 2 then 100 end,
               case t.progress when 2 then 'Đầu mối ' || coalesce(a.short_name, a.name, t.lead_agency_key) else t.closed_by end,
               case when t.progress = 2 then t.lead_agency_key end,
               {ClosedAt}
        from tasks.tasks t
        left join committees.agencies a on a.province = @province and a.key = t.lead_agency_key
        where {Generated} and t.progress in (2, 3)
        """;

    /// <summary>The extension requests behind the history: approved ones (asked two days before) and those waiting for the issuer.</summary>
    public static readonly string Extensions = $"""
        insert into tasks.extensions (id, province, task_id, current_due, requested_due, reason, requested_by, requested_at,
            approver_seat_key, status, decided_by, decided_at)
        select gen_random_uuid(), t.province, t.id, u.due_before, u.due_after, coalesce(u.text, {Pick("@extension_reasons")}),
               'Đầu mối ' || coalesce(a.short_name, a.name, t.lead_agency_key),
               case when u.kind = 6 then u.at else greatest(t.assigned_at, u.at - interval '2 days') end,
               t.issuer_seat_key, case when u.kind = 7 then 1 else 0 end,
               case when u.kind = 7 then u.author end, case when u.kind = 7 then u.at end
        from tasks.updates u
        join tasks.tasks t on t.id = u.task_id
        left join committees.agencies a on a.province = @province and a.key = t.lead_agency_key
        where {Generated} and u.kind in (6, 7)
        """;

    /// <summary>
    /// The periodic reports <see cref="LoadTestDataset"/> planned from the pack's chain, with their text: first versions,
    /// submitted. A compiled report's sources are a jsonb array of <c>{"SourceId", "SubmitterKey", "Edition"}</c>, the
    /// property names EF Core stores <c>CompiledFrom</c> with. No files are attached.
    /// </summary>
    public const string Reports = """
        insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
            full_results, full_shortcomings, full_causes, full_tasks_and_solutions, full_proposals,
            summary_results, summary_shortcomings, summary_causes, summary_tasks_and_solutions, summary_proposals,
            compiled_from, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
        select r.id, @province, r.period_kind, r.year, r.number, r.stage_key, r.submitter_kind, r.submitter_key, 1, @submitted,
               r.full_results, r.full_shortcomings, r.full_causes, r.full_tasks, r.full_proposals,
               r.summary_results, r.summary_shortcomings, r.summary_causes, r.summary_tasks, r.summary_proposals,
               r.compiled_from::jsonb, @author, r.updated_at, @author, r.submitted_at, r.submitted_on
        from unnest(@r_id, @r_period_kind, @r_year, @r_number, @r_stage, @r_submitter_kind, @r_submitter,
                    @r_full_results, @r_full_shortcomings, @r_full_causes, @r_full_tasks, @r_full_proposals,
                    @r_summary_results, @r_summary_shortcomings, @r_summary_causes, @r_summary_tasks, @r_summary_proposals,
                    @r_compiled_from, @r_updated_at, @r_submitted_at, @r_submitted_on)
             as r(id, period_kind, year, number, stage_key, submitter_kind, submitter_key,
                  full_results, full_shortcomings, full_causes, full_tasks, full_proposals,
                  summary_results, summary_shortcomings, summary_causes, summary_tasks, summary_proposals,
                  compiled_from, updated_at, submitted_at, submitted_on)
        """;

    private const string GeneratedReports = "s.province = @province and s.updated_by = @author";

    /// <summary>Words of a report's five sections, split on white space (the reporting module's count, near enough).</summary>
    private const string ReportWords = """
        coalesce(array_length(regexp_split_to_array(btrim(concat_ws(' ', s.full_results, s.full_shortcomings, s.full_causes,
            s.full_tasks_and_solutions, s.full_proposals)), '\s+'), 1), 0)
        """;

    /// <summary>The generated reports by stage key.</summary>
    public const string ReportsByStage = $"""
        select s.stage_key, count(*) from reporting.submissions s where {GeneratedReports} group by s.stage_key
        """;

    /// <summary>What the run made, in the order the command prints it.</summary>
    public static readonly string Counts = $"""
        select 'meetings', count(*) from meetings.meetings where province = @province and created_by = @author
        union all select 'invitations', count(*) from meetings.invitations i join meetings.meetings m on m.id = i.meeting_id
            where m.province = @province and m.created_by = @author
        union all select 'notices', count(*) from meetings.notices where province = @province and drafted_by = @author
        union all select 'notice items', count(*) from meetings.notice_items i join meetings.notices n on n.id = i.notice_id
            where n.province = @province and n.drafted_by = @author
        union all select 'notice recipients', count(*) from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id
            where n.province = @province and n.drafted_by = @author
        union all select 'plans', count(*) from tasks.plans where province = @province and drafted_by = @author
        union all select 'plan items', count(*) from tasks.plan_items i join tasks.plans p on p.id = i.plan_id
            where p.province = @province and p.drafted_by = @author
        union all select 'tasks', count(*) from tasks.tasks t where {Generated}
        union all select 'from conclusions', count(*) from tasks.tasks t where {Generated} and t.source = 0
        union all select 'from plans', count(*) from tasks.tasks t where {Generated} and t.source = 1
        union all select 'direct', count(*) from tasks.tasks t where {Generated} and t.source = 2
        union all select 'done on time', count(*) from tasks.tasks t where {Generated} and t.progress = 2 and t.completed_on <= t.due
        union all select 'done late', count(*) from tasks.tasks t where {Generated} and t.progress = 2 and t.completed_on > t.due
        union all select 'overdue', count(*) from tasks.tasks t where {Generated} and t.progress in (0, 1) and t.due < @today
        union all select 'open', count(*) from tasks.tasks t where {Generated} and t.progress in (0, 1) and t.due >= @today
        union all select 'cancelled', count(*) from tasks.tasks t where {Generated} and t.progress = 3
        union all select 'extended', count(*) from tasks.tasks t where {Generated} and t.due <> t.original_due
        union all select 'history entries', count(*) from tasks.updates u join tasks.tasks t on t.id = u.task_id where {Generated}
        union all select 'extension requests', count(*) from tasks.extensions x join tasks.tasks t on t.id = x.task_id where {Generated}
        union all select 'reports', count(*) from reporting.submissions s where {GeneratedReports}
        union all select 'compiled reports', count(*) from reporting.submissions s where {GeneratedReports} and s.compiled_from is not null
        union all select 'compiled sources', coalesce(sum(jsonb_array_length(s.compiled_from)), 0)::bigint
            from reporting.submissions s where {GeneratedReports} and s.compiled_from is not null
        union all select 'reports with a summary', count(*) from reporting.submissions s where {GeneratedReports} and s.summary_results is not null
        union all select 'report words', coalesce(sum({ReportWords}), 0)::bigint from reporting.submissions s where {GeneratedReports}
        """;

    /// <summary>See <see cref="LoadTestDataset.SettleAsync"/>; one at a time (VACUUM runs outside a transaction).</summary>
    public static readonly string[] Settle = ["vacuum (analyze) tasks.tasks", "reindex index tasks.ix_tasks_open_by_due"];

    public const string Analyse = """
        analyze meetings.meetings, meetings.invitations, meetings.notices, meetings.notice_items, meetings.notice_recipients,
                tasks.plans, tasks.plan_items, tasks.tasks, tasks.updates, tasks.extensions, reporting.submissions
        """;
}
