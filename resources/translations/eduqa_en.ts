<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduQA Desktop</source>
        <translation>About EduQA Desktop</translation>
    </message>
    <message>
        <source>Quality of education for schools: lesson observations, teachers' work, pupils' results and reports — offline.</source>
        <translation>Quality of education for schools: lesson observations, teachers' work, pupils' results and reports — offline.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Change the account</source>
        <translation>Change the account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Active (may log in)</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Login name:</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>Name shown:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>Schools:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Write a login name.</translation>
    </message>
    <message>
        <source>Choose the school of this account.</source>
        <translation>Choose the school of this account.</translation>
    </message>
    <message>
        <source>Tick the schools this methodologist or inspector works with.</source>
        <translation>Tick the schools this methodologist or inspector works with.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AccountMenus</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>methodologist / inspector</source>
        <translation>methodologist / inspector</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>Log out / switch user…</source>
        <translation>Log out / switch user…</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No accounts yet: anyone who opens this database may do everything. Add the first administrator, and from then on everyone logs in with their own name and password.</source>
        <translation>No accounts yet: anyone who opens this database may do everything. Add the first administrator, and from then on everyone logs in with their own name and password.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Add the administrator…</source>
        <translation>Add the administrator…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked (too many wrong passwords)</source>
        <translation>locked (too many wrong passwords)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>place {place}</source>
        <translation>place {place}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Level and place</source>
        <translation>Level and place</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanisms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>All teachers</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>All mechanisms</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Catalogue of activities…</source>
        <translation>Catalogue of activities…</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
    <message>
        <source>No activity fits these filters — change them or press Clear.</source>
        <translation>No activity fits these filters — change them or press Clear.</translation>
    </message>
    <message>
        <source>No activities recorded yet — press “Add activity…” to record one.</source>
        <translation>No activities recorded yet — press “Add activity…” to record one.</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} activities</translation>
    </message>
    <message>
        <source>Delete “{activity}” of {teacher} on {date}?</source>
        <translation>Delete “{activity}” of {teacher} on {date}?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Choose an activity</translation>
    </message>
    <message>
        <source>Teacher *</source>
        <translation>Teacher *</translation>
    </message>
    <message>
        <source>Activity *</source>
        <translation>Activity *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Quantity *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Choose the teacher from the list.</source>
        <translation>Choose the teacher from the list.</translation>
    </message>
    <message>
        <source>Choose what the teacher did.</source>
        <translation>Choose what the teacher did.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>The quantity must be more than 0.</translation>
    </message>
</context>
<context>
    <name>ActivityTypeForm</name>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>A professional-development course (counted in hours)</source>
        <translation>A professional-development course (counted in hours)</translation>
    </message>
    <message>
        <source>Name in Uzbek *</source>
        <translation>Name in Uzbek *</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanisms</translation>
    </message>
    <message>
        <source>Give the type a name in Uzbek.</source>
        <translation>Give the type a name in Uzbek.</translation>
    </message>
    <message>
        <source>A course is counted in hours: choose the unit “hours”.</source>
        <translation>A course is counted in hours: choose the unit “hours”.</translation>
    </message>
</context>
<context>
    <name>ActivityTypesDialog</name>
    <message>
        <source>Catalogue of activities</source>
        <translation>Catalogue of activities</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanisms</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>Add type…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete “{name}” from the catalogue?</source>
        <translation>Delete “{name}” from the catalogue?</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The sum of the signals' severities</source>
        <translation>The sum of the signals' severities</translation>
    </message>
    <message>
        <source>Strongest reasons</source>
        <translation>Strongest reasons</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Subjects behind</source>
        <translation>Subjects behind</translation>
    </message>
    <message>
        <source>Observers with low agreement</source>
        <translation>Observers with low agreement</translation>
    </message>
    <message>
        <source>No school chosen.</source>
        <translation>No school chosen.</translation>
    </message>
    <message>
        <source>{shown} of {staff} teachers need attention</source>
        <translation>{shown} of {staff} teachers need attention</translation>
    </message>
    <message>
        <source>results of the {quarter}</source>
        <translation>results of the {quarter}</translation>
    </message>
    <message>
        <source>Ranked by their signals: results against peers, declines, lessons, follow-ups, the plan, courses and new teachers. At most {share} of the staff; {ranked} teachers have some signal. Click a teacher to open the profile.</source>
        <translation>Ranked by their signals: results against peers, declines, lessons, follow-ups, the plan, courses and new teachers. At most {share} of the staff; {ranked} teachers have some signal. Click a teacher to open the profile.</translation>
    </message>
    <message>
        <source>No teacher has signals strong enough for the list in this quarter.</source>
        <translation>No teacher has signals strong enough for the list in this quarter.</translation>
    </message>
    <message>
        <source>Subjects behind across the school (every teacher of the subject; no teacher is ranked for it):</source>
        <translation>Subjects behind across the school (every teacher of the subject; no teacher is ranked for it):</translation>
    </message>
    <message>
        <source>Observers whose agreement with colleagues stays low this year (weighted κ below {kappa} with most colleagues; Observations ▸ Calibration):</source>
        <translation>Observers whose agreement with colleagues stays low this year (weighted κ below {kappa} with most colleagues; Observations ▸ Calibration):</translation>
    </message>
    <message>
        <source>{observer}: κ {kappa} over {lessons} co-observed lessons</source>
        <translation>{observer}: κ {kappa} over {lessons} co-observed lessons</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Pairs of levels</source>
        <translation>Pairs of levels</translation>
    </message>
    <message>
        <source>Same level</source>
        <translation>Same level</translation>
    </message>
    <message>
        <source>Within one level</source>
        <translation>Within one level</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>Weighted κ</translation>
    </message>
    <message>
        <source>Calibration of observers</source>
        <translation>Calibration of observers</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Against colleagues</source>
        <translation>Against colleagues</translation>
    </message>
    <message>
        <source>Levels above (+) or below (−) the colleagues' on the same lessons, on average</source>
        <translation>Levels above (+) or below (−) the colleagues' on the same lessons, on average</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Against the colleague</source>
        <translation>Against the colleague</translation>
    </message>
    <message>
        <source>Agreement with each colleague</source>
        <translation>Agreement with each colleague</translation>
    </message>
    <message>
        <source>Criteria scored higher or lower</source>
        <translation>Criteria scored higher or lower</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Calibration sessions</translation>
    </message>
    <message>
        <source>No co-observed lessons in this year yet — choose an observation in the list and press Co-observe, or start a calibration session.</source>
        <translation>No co-observed lessons in this year yet — choose an observation in the list and press Co-observe, or start a calibration session.</translation>
    </message>
    <message>
        <source>New calibration session…</source>
        <translation>New calibration session…</translation>
    </message>
    <message>
        <source>Low agreement</source>
        <translation>Low agreement</translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation>Meets the standard</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Higher</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Alike</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson watched</source>
        <translation>Lesson watched</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>{observers} observers on {lessons} co-observed lessons. Weighted κ (linear weights): {standard} or more is the usual standard for a trained observer; below {low} with most colleagues agreement is low (a setting). Low agreement: {names}.</source>
        <translation>{observers} observers on {lessons} co-observed lessons. Weighted κ (linear weights): {standard} or more is the usual standard for a trained observer; below {low} with most colleagues agreement is low (a setting). Low agreement: {names}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>New calibration session</source>
        <translation>New calibration session</translation>
    </message>
    <message>
        <source>Which lesson do the observers watch together? (for example: video of a grade 7 algebra lesson). Each observer then scores it and uses Co-observe.</source>
        <translation>Which lesson do the observers watch together? (for example: video of a grade 7 algebra lesson). Each observer then scores it and uses Co-observe.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the whole chart</source>
        <translation>Back to the whole chart</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Save this chart as a PNG picture</translation>
    </message>
    <message>
        <source>Copy the chart's data as a table</source>
        <translation>Copy the chart's data as a table</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Choose another folder.</source>
        <translation>The picture could not be written to {path}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>Import .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Export XLSForm…</source>
        <translation>Export XLSForm…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} · version {version}</source>
        <translation>{name} · version {version}</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Out of date: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this checklist?</source>
        <translation>Save the changes to this checklist?</translation>
    </message>
    <message>
        <source>A new checklist, not saved yet.</source>
        <translation>A new checklist, not saved yet.</translation>
    </message>
    <message>
        <source>Version {version}, used by {count} observations: saving makes version {next}, and those observations keep version {version}.</source>
        <translation>Version {version}, used by {count} observations: saving makes version {next}, and those observations keep version {version}.</translation>
    </message>
    <message>
        <source>Version {version}, not used by any observation yet.</source>
        <translation>Version {version}, not used by any observation yet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>{count} observations use this checklist. Save the changes as version {next}? Those observations keep version {version}.</source>
        <translation>{count} observations use this checklist. Save the changes as version {next}? Those observations keep version {version}.</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>New checklist</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>Section 1</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Import a checklist</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Export the checklist</translation>
    </message>
    <message>
        <source>Export the checklist as XLSForm</source>
        <translation>Export the checklist as XLSForm</translation>
    </message>
</context>
<context>
    <name>ChecklistImport</name>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported {file}: checklist version {version}</source>
        <translation>Imported {file}: checklist version {version}</translation>
    </message>
</context>
<context>
    <name>ChecklistImportPreview</name>
    <message>
        <source>Import a checklist — {file}</source>
        <translation>Import a checklist — {file}</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Sections and criteria</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sections: {n}</source>
        <translation>Sections: {n}</translation>
    </message>
    <message>
        <source>Not carried over: {n}</source>
        <translation>Not carried over: {n}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“{name}” will be added as a new checklist.</source>
        <translation>“{name}” will be added as a new checklist.</translation>
    </message>
    <message>
        <source>“{name}” will become version {version} of the checklist of that name; observations keep the version they were made with.</source>
        <translation>“{name}” will become version {version} of the checklist of that name; observations keep the version they were made with.</translation>
    </message>
    <message>
        <source>“{name}” is already here, unchanged (version {version}): nothing to import.</source>
        <translation>“{name}” is already here, unchanged (version {version}): nothing to import.</translation>
    </message>
    <message>
        <source>XLSForm (KoboToolbox, ODK)</source>
        <translation>XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <source>checklist workbook</source>
        <translation>checklist workbook</translation>
    </message>
    <message>
        <source>File: {file} ({kind})</source>
        <translation>File: {file} ({kind})</translation>
    </message>
    <message>
        <source>Criteria: {criteria} in {sections} sections</source>
        <translation>Criteria: {criteria} in {sections} sections</translation>
    </message>
    <message>
        <source>Scale: {levels}</source>
        <translation>Scale: {levels}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Languages: {languages}</translation>
    </message>
    <message>
        <source>{n} rows of the form are not carried over: see “Not carried over”.</source>
        <translation>{n} rows of the form are not carried over: see “Not carried over”.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ChecklistSpecEditor</name>
    <message>
        <source>They are up to date</source>
        <translation>They are up to date</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>The texts in those languages were checked: remove the mark</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Texts in</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Time-on-task snapshots</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>10 spread over the lesson (Stallings)</source>
        <translation>10 spread over the lesson (Stallings)</translation>
    </message>
    <message>
        <source>3 per 15-minute segment (Teach)</source>
        <translation>3 per 15-minute segment (Teach)</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Sections and criteria</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>{count} spread over the lesson</source>
        <translation>{count} spread over the lesson</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Out of date after a change in another language: {languages}</translation>
    </message>
    <message>
        <source>Section / criterion</source>
        <translation>Section / criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>What it looks like</translation>
    </message>
    <message>
        <source>Next step to suggest</source>
        <translation>Next step to suggest</translation>
    </message>
    <message>
        <source>What to suggest when this criterion scores low, as one concrete action</source>
        <translation>What to suggest when this criterion scores low, as one concrete action</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanisms</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Section title</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>New password for “{login}”: </source>
        <translation>New password for “{login}”: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>the two passwords are not the same; nothing changed</source>
        <translation>the two passwords are not the same; nothing changed</translation>
    </message>
    <message>
        <source>no password for the account “{login}”: type it when asked (in a terminal), or set EDUQA_NEW_PASSWORD for a script</source>
        <translation>no password for the account “{login}”: type it when asked (in a terminal), or set EDUQA_NEW_PASSWORD for a script</translation>
    </message>
    <message>
        <source>account “{login}” ({role}) added</source>
        <translation>account “{login}” ({role}) added</translation>
    </message>
    <message>
        <source>account “{login}” changed</source>
        <translation>account “{login}” changed</translation>
    </message>
    <message>
        <source>there is no account “{login}”</source>
        <translation>there is no account “{login}”</translation>
    </message>
    <message>
        <source>{file}: {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file}: {created} to create, {updated} to update, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: {created} created, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>“{name}” version {version}: {sections} sections, {criteria} criteria, scale {scale}, languages {languages}</source>
        <translation>“{name}” version {version}: {sections} sections, {criteria} criteria, scale {scale}, languages {languages}</translation>
    </message>
    <message>
        <source>not carried over: {sheet}, row {row}: {what} — {reason}</source>
        <translation>not carried over: {sheet}, row {row}: {what} — {reason}</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>written: {path}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>{path}: no such database file</source>
        <translation>{path}: no such database file</translation>
    </message>
    <message>
        <source>{path} is not an EduQA database.</source>
        <translation>{path} is not an EduQA database.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>{path} was made by a newer version of EduQA Desktop. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>{path} cannot be read or written: {reason}</source>
        <translation>{path} cannot be read or written: {reason}</translation>
    </message>
    <message>
        <source>cannot connect to {path}: {reason}</source>
        <translation>cannot connect to {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the server support is not installed; install it with pip install eduqa-desktop[server]</source>
        <translation>{path}: the server support is not installed; install it with pip install eduqa-desktop[server]</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and pg_dump is not on PATH to back it up first. Ask the administrator to back up the database, then run the command again.</source>
        <translation>{path} must be upgraded from schema {revision}, and pg_dump is not on PATH to back it up first. Ask the administrator to back up the database, then run the command again.</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and no backup can be made ({reason}). Has the administrator backed up the database? Upgrade without a backup? [y/N] </source>
        <translation>{path} must be upgraded from schema {revision}, and no backup can be made ({reason}). Has the administrator backed up the database? Upgrade without a backup? [y/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>y,yes</translation>
    </message>
    <message>
        <source>{path} has accounts: run the command with --user NAME (the password is asked for, or read from the environment variable EDUQA_PASSWORD).</source>
        <translation>{path} has accounts: run the command with --user NAME (the password is asked for, or read from the environment variable EDUQA_PASSWORD).</translation>
    </message>
    <message>
        <source>no password for “{login}”: type it when asked (in a terminal), or set EDUQA_PASSWORD for a script.</source>
        <translation>no password for “{login}”: type it when asked (in a terminal), or set EDUQA_PASSWORD for a script.</translation>
    </message>
    <message>
        <source>Password for “{login}”: </source>
        <translation>Password for “{login}”: </translation>
    </message>
    <message>
        <source>conflict (kept the local copy): {what}</source>
        <translation>conflict (kept the local copy): {what}</translation>
    </message>
    <message>
        <source>conflict (took the package's copy): {what}</source>
        <translation>conflict (took the package's copy): {what}</translation>
    </message>
    <message>
        <source>deleted, as where the package was made: {what}</source>
        <translation>deleted, as where the package was made: {what}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nothing was written</translation>
    </message>
    <message>
        <source>the file's headers: {headers}. Say which is which with --map, e.g. --map "{example}"</source>
        <translation>the file's headers: {headers}. Say which is which with --map, e.g. --map "{example}"</translation>
    </message>
    <message>
        <source>The disk is full: the command could not finish and nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: the command could not finish and nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>A file or folder could not be written (read-only or no permission): {path}. Nothing was saved.</source>
        <translation>A file or folder could not be written (read-only or no permission): {path}. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database is busy in another program (the app may be open with it). Close it and try again.</source>
        <translation>The database is busy in another program (the app may be open with it). Close it and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run “eduqa check” on it, or restore a backup with “eduqa restore”.</source>
        <translation>The database file is damaged. Run “eduqa check” on it, or restore a backup with “eduqa restore”.</translation>
    </message>
    <message>
        <source>The computer ran out of memory: the command could not finish and nothing was saved.</source>
        <translation>The computer ran out of memory: the command could not finish and nothing was saved.</translation>
    </message>
    <message>
        <source>Something went wrong and the command could not finish; your saved data is safe.</source>
        <translation>Something went wrong and the command could not finish; your saved data is safe.</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Details are in the log file: {path}</translation>
    </message>
    <message>
        <source>(The log file could not be written either.)</source>
        <translation>(The log file could not be written either.)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file</source>
        <translation>{path} already exists; choose a new file</translation>
    </message>
    <message>
        <source>school {done} of {total}</source>
        <translation>school {done} of {total}</translation>
    </message>
    <message>
        <source>{path}: schools: {schools}, teachers: {teachers}, observations: {observations}, result rows: {rows}</source>
        <translation>{path}: schools: {schools}, teachers: {teachers}, observations: {observations}, result rows: {rows}</translation>
    </message>
    <message>
        <source>{path}: school “{name}” is ready</source>
        <translation>{path}: school “{name}” is ready</translation>
    </message>
    <message>
        <source>{file}: {school}, graduates of {year}</source>
        <translation>{file}: {school}, graduates of {year}</translation>
    </message>
    <message>
        <source>  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners</source>
        <translation>  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners</translation>
    </message>
    <message>
        <source>replaces what was entered for grade {grades}</source>
        <translation>replaces what was entered for grade {grades}</translation>
    </message>
    <message>
        <source>no graduates entered yet</source>
        <translation>no graduates entered yet</translation>
    </message>
    <message>
        <source>graduates of {year}</source>
        <translation>graduates of {year}</translation>
    </message>
    <message>
        <source>no results of quarter {term} in this file</source>
        <translation>no results of quarter {term} in this file</translation>
    </message>
    <message>
        <source>no results in {year} in this file</source>
        <translation>no results in {year} in this file</translation>
    </message>
    <message>
        <source>no results in this file</source>
        <translation>no results in this file</translation>
    </message>
    <message>
        <source>“{text}” is not a month; write it like 2026-10</source>
        <translation>“{text}” is not a month; write it like 2026-10</translation>
    </message>
    <message>
        <source>“{text}” is not a UUID</source>
        <translation>“{text}” is not a UUID</translation>
    </message>
    <message>
        <source>no observation with the UUID {uuid}</source>
        <translation>no observation with the UUID {uuid}</translation>
    </message>
    <message>
        <source>{school} has no final observation in {month}</source>
        <translation>{school} has no final observation in {month}</translation>
    </message>
    <message>
        <source>written: {path} (observations: {count})</source>
        <translation>written: {path} (observations: {count})</translation>
    </message>
    <message>
        <source>{text}: not a teacher id (a UUID such as the profile shows)</source>
        <translation>{text}: not a teacher id (a UUID such as the profile shows)</translation>
    </message>
    <message>
        <source>{path}: the report is written as .pdf or .xlsx</source>
        <translation>{path}: the report is written as .pdf or .xlsx</translation>
    </message>
    <message>
        <source>written: {path} (profile of {name})</source>
        <translation>written: {path} (profile of {name})</translation>
    </message>
    <message>
        <source>{path}: backup written to {target}</source>
        <translation>{path}: backup written to {target}</translation>
    </message>
    <message>
        <source>{path}: restored from {source}; the state before is kept in {backup}</source>
        <translation>{path}: restored from {source}; the state before is kept in {backup}</translation>
    </message>
    <message>
        <source>{path}: made from {source}</source>
        <translation>{path}: made from {source}</translation>
    </message>
    <message>
        <source>  {table}: {now} → {then}</source>
        <translation>  {table}: {now} → {then}</translation>
    </message>
    <message>
        <source>  (the same number of rows in every table)</source>
        <translation>  (the same number of rows in every table)</translation>
    </message>
    <message>
        <source>{made}  {reason}  {file}</source>
        <translation>{made}  {reason}  {file}</translation>
    </message>
    <message>
        <source>{path}: no automatic backups yet</source>
        <translation>{path}: no automatic backups yet</translation>
    </message>
    <message>
        <source>{path}: intact (integrity check and foreign keys: ok)</source>
        <translation>{path}: intact (integrity check and foreign keys: ok)</translation>
    </message>
    <message>
        <source>{path}: damaged — restore a backup with “eduqa restore” (latest good: {backup})</source>
        <translation>{path}: damaged — restore a backup with “eduqa restore” (latest good: {backup})</translation>
    </message>
    <message>
        <source>{path}: damaged, and no good backup lies beside it; keep a copy and ask for help</source>
        <translation>{path}: damaged, and no good backup lies beside it; keep a copy and ask for help</translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <source>{path}: the record is whole: {entries} entries, each holding the one before</source>
        <translation>{path}: the record is whole: {entries} entries, each holding the one before</translation>
    </message>
    <message>
        <source>{path}: the record was edited outside the app: the chain breaks at entry {entry} ({why}); entries from there on cannot be trusted</source>
        <translation>{path}: the record was edited outside the app: the chain breaks at entry {entry} ({why}); entries from there on cannot be trusted</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>the entry before it was removed or changed</translation>
    </message>
    <message>
        <source>digest {digest}: entry {entry}, {action} of {entity} {uuid} at {at}</source>
        <translation>digest {digest}: entry {entry}, {action} of {entity} {uuid} at {at}</translation>
    </message>
    <message>
        <source>  the record changed {count} time(s) in the app since (a correction or a deletion)</source>
        <translation>  the record changed {count} time(s) in the app since (a correction or a deletion)</translation>
    </message>
    <message>
        <source>digest {digest}: no entry of the record has it — the record was edited or it is another database</source>
        <translation>digest {digest}: no entry of the record has it — the record was edited or it is another database</translation>
    </message>
    <message>
        <source>warning: {path} lies on a network drive, where SQLite cannot lock it reliably; keep it on this computer's own disk</source>
        <translation>warning: {path} lies on a network drive, where SQLite cannot lock it reliably; keep it on this computer's own disk</translation>
    </message>
    <message>
        <source>warning: {path} lies on a removable disk; pulled out during a write, it can be damaged</source>
        <translation>warning: {path} lies on a removable disk; pulled out during a write, it can be damaged</translation>
    </message>
    <message>
        <source>written: {path} ({teachers} teachers, {results} results rows, {observations} observations, {activities} activities, {plan} plan entries)</source>
        <translation>written: {path} ({teachers} teachers, {results} results rows, {observations} observations, {activities} activities, {plan} plan entries)</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file} ({school}): {created} created, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file} ({school}): {created} to create, {updated} to update, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>{file}: refused, nothing written: {reason}</source>
        <translation>{file}: refused, nothing written: {reason}</translation>
    </message>
    <message>
        <source>  conflict ({record} {what}): here {here}, in the package {package}</source>
        <translation>  conflict ({record} {what}): here {here}, in the package {package}</translation>
    </message>
    <message>
        <source>    the package's copy was taken</source>
        <translation>    the package's copy was taken</translation>
    </message>
    <message>
        <source>  {deleted} deleted, as at school</source>
        <translation>  {deleted} deleted, as at school</translation>
    </message>
    <message>
        <source>schools that have not sent their package: {names}</source>
        <translation>schools that have not sent their package: {names}</translation>
    </message>
    <message>
        <source>every school has sent its package</source>
        <translation>every school has sent its package</translation>
    </message>
    <message>
        <source>{school}: arrived {received} (made {made}, version {version})</source>
        <translation>{school}: arrived {received} (made {made}, version {version})</translation>
    </message>
    <message>
        <source>{school}: missing</source>
        <translation>{school}: missing</translation>
    </message>
    <message>
        <source>{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements</source>
        <translation>{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements</translation>
    </message>
    <message>
        <source>replaces the survey of this group and quarter</source>
        <translation>replaces the survey of this group and quarter</translation>
    </message>
    <message>
        <source>the same answers are already in the database</source>
        <translation>the same answers are already in the database</translation>
    </message>
    <message>
        <source>fewer than {minimum} respondents: the results stay hidden</source>
        <translation>fewer than {minimum} respondents: the results stay hidden</translation>
    </message>
    <message>
        <source>  {dimension}: {share} agree, mean {mean}</source>
        <translation>  {dimension}: {share} agree, mean {mean}</translation>
    </message>
    <message>
        <source>no surveys yet</source>
        <translation>no surveys yet</translation>
    </message>
    <message>
        <source>{group} ({year} quarter {term}, {respondents} respondents): {share} agree, mean {mean}</source>
        <translation>{group} ({year} quarter {term}, {respondents} respondents): {share} agree, mean {mean}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
</context>
<context>
    <name>CoObservation</name>
    <message>
        <source>Co-observe</source>
        <translation>Co-observe</translation>
    </message>
    <message>
        <source>{count} other observations of the same lesson (teacher, class, date and period) are now linked as co-observations. Press Co-observe again to record your own.</source>
        <translation>{count} other observations of the same lesson (teacher, class, date and period) are now linked as co-observations. Press Co-observe again to record your own.</translation>
    </message>
    <message>
        <source>{name} — low agreement</source>
        <translation>{name} — low agreement</translation>
    </message>
    <message>
        <source>Agrees little with colleagues on the same lessons: see Calibration…</source>
        <translation>Agrees little with colleagues on the same lessons: see Calibration…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Use these columns</source>
        <translation>Use these columns</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pupils in class</source>
        <translation>Pupils in class</translation>
    </message>
    <message>
        <source>Pupils with «5»</source>
        <translation>Pupils with «5»</translation>
    </message>
    <message>
        <source>Pupils with «4»</source>
        <translation>Pupils with «4»</translation>
    </message>
    <message>
        <source>Pupils with «3»</source>
        <translation>Pupils with «3»</translation>
    </message>
    <message>
        <source>Pupils with «2»</source>
        <translation>Pupils with «2»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Every column of the file was recognised.</source>
        <translation>Every column of the file was recognised.</translation>
    </message>
    <message>
        <source>Some columns of the sheet “{sheet}” were not recognised. Say which of the file's headers holds each of them; the choice is remembered for files with the same headers.</source>
        <translation>Some columns of the sheet “{sheet}” were not recognised. Say which of the file's headers holds each of them; the choice is remembered for files with the same headers.</translation>
    </message>
    <message>
        <source>Header for {column}</source>
        <translation>Header for {column}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ConclusionsBox</name>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>What to improve</translation>
    </message>
    <message>
        <source>Agreed with the teacher</source>
        <translation>Agreed with the teacher</translation>
    </message>
    <message>
        <source>Next steps due by</source>
        <translation>Next steps due by</translation>
    </message>
    <message>
        <source>Type day, month, year; Ctrl+A, Delete leaves it empty</source>
        <translation>Type day, month, year; Ctrl+A, Delete leaves it empty</translation>
    </message>
    <message>
        <source>The teacher has seen this observation</source>
        <translation>The teacher has seen this observation</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Results row</source>
        <translation>Results row</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ConflictChoicesPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation>Keep all ours</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
    <message>
        <source>Keep this computer's copy of every record</source>
        <translation>Keep this computer's copy of every record</translation>
    </message>
    <message>
        <source>Take the package's copy wherever it can be</source>
        <translation>Take the package's copy wherever it can be</translation>
    </message>
    <message>
        <source>Ours (this computer)</source>
        <translation>Ours (this computer)</translation>
    </message>
    <message>
        <source>Theirs (the package)</source>
        <translation>Theirs (the package)</translation>
    </message>
    <message>
        <source>Keep for {what}</source>
        <translation>Keep for {what}</translation>
    </message>
    <message>
        <source>Ours — {why}</source>
        <translation>Ours — {why}</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>No record was changed on both sides.</source>
        <translation>No record was changed on both sides.</translation>
    </message>
    <message>
        <source>These records were changed on both sides. For each, keep this computer's copy or take the package's; nothing is overwritten unless you choose it.</source>
        <translation>These records were changed on both sides. For each, keep this computer's copy or take the package's; nothing is overwritten unless you choose it.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source> at {time}</source>
        <translation> at {time}</translation>
    </message>
    <message>
        <source>Someone else saved this{when} while you were editing it. Nothing of yours is saved yet. Compare the two versions, then reload theirs or keep yours.</source>
        <translation>Someone else saved this{when} while you were editing it. Nothing of yours is saved yet. Compare the two versions, then reload theirs or keep yours.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation>Saved by the other person</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Reload theirs</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Saves your version over theirs.</source>
        <translation>Saves your version over theirs.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>A district's database on a PostgreSQL server. The administrator gives you these details and your own login.</source>
        <translation>A district's database on a PostgreSQL server. The administrator gives you these details and your own login.</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Remember the password on this computer</translation>
    </message>
    <message>
        <source>Kept in the system's keyring, never in a file.</source>
        <translation>Kept in the system's keyring, never in a file.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time.</source>
        <translation>This computer has no keyring: the password is asked each time.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>“{path}” cannot be read or written. Check the folder.</source>
        <translation>“{path}” cannot be read or written. Check the folder.</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {reason}</source>
        <translation>Cannot connect to the server: {reason}</translation>
    </message>
    <message>
        <source>Server support is not installed. Install it with: pip install eduqa-desktop[server]</source>
        <translation>Server support is not installed. Install it with: pip install eduqa-desktop[server]</translation>
    </message>
    <message>
        <source>“{path}” must be upgraded, and no backup could be made. Ask the administrator to back up the database first.</source>
        <translation>“{path}” must be upgraded, and no backup could be made. Ask the administrator to back up the database first.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>“{path}” was made by a newer version of EduQA Desktop. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>“{path}” cannot be opened as an EduQA database. Choose another file, or create a new one.</source>
        <translation>“{path}” cannot be opened as an EduQA database. Choose another file, or create a new one.</translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation>Upgrade without a backup?</translation>
    </message>
    <message>
        <source>This version of EduQA Desktop must upgrade the server's database (now at schema {revision}), and cannot back it up first: {reason}.

The administrator should back up the database before it is upgraded. Has that been done? Upgrade now?</source>
        <translation>This version of EduQA Desktop must upgrade the server's database (now at schema {revision}), and cannot back it up first: {reason}.

The administrator should back up the database before it is upgraded. Has that been done? Upgrade now?</translation>
    </message>
    <message>
        <source>Nobody logged in to this database; nothing was opened.</source>
        <translation>Nobody logged in to this database; nothing was opened.</translation>
    </message>
    <message>
        <source>The window kept its unsaved input; nothing was opened.</source>
        <translation>The window kept its unsaved input; nothing was opened.</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Set up my school</translation>
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation>Preparing the demo school…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>“{path}” already exists. Choose a new file name.</source>
        <translation>“{path}” already exists. Choose a new file name.</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Weakest checklist criteria — {period}</source>
        <translation>Weakest checklist criteria — {period}</translation>
    </message>
    <message>
        <source>{checklist}: average score of each criterion, weakest first.</source>
        <translation>{checklist}: average score of each criterion, weakest first.</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>No lessons observed in this selection — observe a lesson.</translation>
    </message>
    <message>
        <source>{criterion}
{section}
Average: {value} ({band}), scored {count} times</source>
        <translation>{criterion}
{section}
Average: {value} ({band}), scored {count} times</translation>
    </message>
    <message>
        <source>Average score, % of the scale</source>
        <translation>Average score, % of the scale</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Average score, %</source>
        <translation>Average score, %</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Times scored</source>
        <translation>Times scored</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Choose a checklist to see its criteria.</source>
        <translation>Choose a checklist to see its criteria.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Weight: {weight}</source>
        <translation>Weight: {weight}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not applicable in this lesson (key {key})</source>
        <translation>Not applicable in this lesson (key {key})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on {number}</source>
        <translation>Comment on {number}</translation>
    </message>
    <message>
        <source>Add to next steps</source>
        <translation>Add to next steps</translation>
    </message>
    <message>
        <source>Add this suggestion to the lesson's agreed next steps</source>
        <translation>Add this suggestion to the lesson's agreed next steps</translation>
    </message>
    <message>
        <source>Next step to suggest: {step}</source>
        <translation>Next step to suggest: {step}</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show the whole school again (all grades, subjects…)</source>
        <translation>Show the whole school again (all grades, subjects…)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>The whole dashboard on A4 pages, for a meeting (Ctrl+P)</source>
        <translation>The whole dashboard on A4 pages, for a meeting (Ctrl+P)</translation>
    </message>
    <message>
        <source>All schools ({count})</source>
        <translation>All schools ({count})</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (no results)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>No data for this selection</source>
        <translation>No data for this selection</translation>
    </message>
    <message>
        <source>Quality of knowledge: {value}</source>
        <translation>Quality of knowledge: {value}</translation>
    </message>
    <message>
        <source>Pass rate: {value}</source>
        <translation>Pass rate: {value}</translation>
    </message>
    <message>
        <source>SOU: {value}</source>
        <translation>SOU: {value}</translation>
    </message>
    <message>
        <source>Average grade: {value}</source>
        <translation>Average grade: {value}</translation>
    </message>
    <message>
        <source>Pupils assessed: {count}</source>
        <translation>Pupils assessed: {count}</translation>
    </message>
    <message>
        <source>Marks 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; not attested: {na}</source>
        <translation>Marks 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; not attested: {na}</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Quality of knowledge, %</translation>
    </message>
    <message>
        <source>Pass rate, %</source>
        <translation>Pass rate, %</translation>
    </message>
    <message>
        <source>SOU, %</source>
        <translation>SOU, %</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Pupils assessed</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Not attested</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Dashboard · made {date}</source>
        <translation>Dashboard · made {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>compared with {period}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Degree of learning (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Observations done / planned</source>
        <translation>Observations done / planned</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Average observation score</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Professional development</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>No school year in this database yet — set up the school first.</source>
        <translation>No school year in this database yet — set up the school first.</translation>
    </message>
    <message>
        <source>No quarters in this database yet.</source>
        <translation>No quarters in this database yet.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>No data for this selection</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(compared with {period})</translation>
    </message>
    <message>
        <source>No results and no lesson observations for this selection. Choose another quarter or clear the filters — or enter results and observe lessons.</source>
        <translation>No results and no lesson observations for this selection. Choose another quarter or clear the filters — or enter results and observe lessons.</translation>
    </message>
    <message>
        <source>up to date: {count} of {total} teachers</source>
        <translation>up to date: {count} of {total} teachers</translation>
    </message>
    <message>
        <source>at most a fifth of the staff</source>
        <translation>at most a fifth of the staff</translation>
    </message>
    <message>
        <source>of {count} teachers</source>
        <translation>of {count} teachers</translation>
    </message>
    <message>
        <source> … and {count} more</source>
        <translation> … and {count} more</translation>
    </message>
    <message>
        <source>Need attention:</source>
        <translation>Need attention:</translation>
    </message>
    <message>
        <source>no previous quarter</source>
        <translation>no previous quarter</translation>
    </message>
    <message>
        <source>no data in {period}</source>
        <translation>no data in {period}</translation>
    </message>
    <message>
        <source>{title}: {value}; {period}: {was}</source>
        <translation>{title}: {value}; {period}: {was}</translation>
    </message>
    <message>
        <source>plan: {done} of {planned} visits done</source>
        <translation>plan: {done} of {planned} visits done</translation>
    </message>
    <message>
        <source>no visits planned</source>
        <translation>no visits planned</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written ({error}). Choose another folder.</source>
        <translation>The PDF could not be written ({error}). Choose another folder.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Degree of learning (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Average observation score</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{quarter} {year}</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Other ({count})</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <source>1 or not attested</source>
        <translation>1 or not attested</translation>
    </message>
    <message>
        <source>Marks by class — {period}</source>
        <translation>Marks by class — {period}</translation>
    </message>
    <message>
        <source>Marks by subject — {period}</source>
        <translation>Marks by subject — {period}</translation>
    </message>
    <message>
        <source>Share of pupils assessed with each term mark.</source>
        <translation>Share of pupils assessed with each term mark.</translation>
    </message>
    <message>
        <source>{name}
Mark {mark}: {count} pupils, {share} of {assessed}</source>
        <translation>{name}
Mark {mark}: {count} pupils, {share} of {assessed}</translation>
    </message>
    <message>
        <source>Pupils assessed, %</source>
        <translation>Pupils assessed, %</translation>
    </message>
    <message>
        <source>Mark {mark}</source>
        <translation>Mark {mark}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The action could not be completed. Your saved data is safe. If it happens again, send the log file to support: {path}</source>
        <translation>The action could not be completed. Your saved data is safe. If it happens again, send the log file to support: {path}</translation>
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <source>Observations package…</source>
        <translation>Observations package…</translation>
    </message>
    <message>
        <source>District report…</source>
        <translation>District report…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Results…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <source>Observations package (for another computer)</source>
        <translation>Observations package (for another computer)</translation>
    </message>
    <message>
        <source>District report</source>
        <translation>District report</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>End-of-term results</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Teachers list</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Teacher activities</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Template for:</source>
        <translation>Template for:</translation>
    </message>
    <message>
        <source>Only observations changed since</source>
        <translation>Only observations changed since</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Set up or choose a school first.</translation>
    </message>
    <message>
        <source>This file has no academic year yet.</source>
        <translation>This file has no academic year yet.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An observations package: check it, then import it.</source>
        <translation>An observations package: check it, then import it.</translation>
    </message>
    <message>
        <source>The columns of “{name}” match no import: choose what it holds.</source>
        <translation>The columns of “{name}” match no import: choose what it holds.</translation>
    </message>
</context>
<context>
    <name>FileLimitsPage</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rows</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> columns</translation>
    </message>
    <message>
        <source> sheets</source>
        <translation> sheets</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Largest file</translation>
    </message>
    <message>
        <source>Largest size once unpacked</source>
        <translation>Largest size once unpacked</translation>
    </message>
    <message>
        <source>Compression of one part, at most</source>
        <translation>Compression of one part, at most</translation>
    </message>
    <message>
        <source>Rows in a sheet, at most</source>
        <translation>Rows in a sheet, at most</translation>
    </message>
    <message>
        <source>Columns in a sheet, at most</source>
        <translation>Columns in a sheet, at most</translation>
    </message>
    <message>
        <source>Sheets in a workbook, at most</source>
        <translation>Sheets in a workbook, at most</translation>
    </message>
    <message>
        <source>Characters in one cell, at most</source>
        <translation>Characters in one cell, at most</translation>
    </message>
    <message>
        <source>Time to check and read one file</source>
        <translation>Time to check and read one file</translation>
    </message>
    <message>
        <source>Incoming files</source>
        <translation>Incoming files</translation>
    </message>
    <message>
        <source>Imports, packages and surveys: a file over any limit is refused with the limit named, and nothing of it is written. The defaults are far above any school's real file.</source>
        <translation>Imports, packages and surveys: a file over any limit is refused with the limit named, and nothing of it is written. The defaults are far above any school's real file.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <source>And one a week for</source>
        <translation>And one a week for</translation>
    </message>
    <message>
        <source>Made before every import, package receive, upgrade and restore, in the backups folder beside the database.</source>
        <translation>Made before every import, package receive, upgrade and restore, in the backups folder beside the database.</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator (pg_dump).</source>
        <translation>A server database is backed up by its administrator (pg_dump).</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restore the defaults</translation>
    </message>
    <message>
        <source>A workbook unpacks to more than it takes on the disk: this must be at least the largest file.</source>
        <translation>A workbook unpacks to more than it takes on the disk: this must be at least the largest file.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>The file could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to EduQA Desktop</source>
        <translation>Welcome to EduQA Desktop</translation>
    </message>
    <message>
        <source>This database holds no school yet. Look around in a demo school, or set up your own school to start entering data.</source>
        <translation>This database holds no school yet. Look around in a demo school, or set up your own school to start entering data.</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <source>A made-up school with teachers, results and lesson observations.</source>
        <translation>A made-up school with teachers, results and lesson observations.</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Set up my school</translation>
    </message>
    <message>
        <source>e.g. 47-maktab</source>
        <translation>e.g. 47-maktab</translation>
    </message>
    <message>
        <source>School name *:</source>
        <translation>School name *:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Academic year *:</source>
        <translation>Academic year *:</translation>
    </message>
    <message>
        <source>Protect this database with an administrator account</source>
        <translation>Protect this database with an administrator account</translation>
    </message>
    <message>
        <source>On a PC several people use: the app then asks for a login, and the administrator decides who may change what (File ▸ Accounts).</source>
        <translation>On a PC several people use: the app then asks for a login, and the administrator decides who may change what (File ▸ Accounts).</translation>
    </message>
    <message>
        <source>Administrator's login:</source>
        <translation>Administrator's login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <source>Write the academic year like 2025-2026.</source>
        <translation>Write the academic year like 2025-2026.</translation>
    </message>
    <message>
        <source>Write the administrator's login.</source>
        <translation>Write the administrator's login.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>FormBar</name>
    <message>
        <source>Back to list</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Finalize…</translation>
    </message>
    <message>
        <source>Make the observation final (Ctrl+Enter)</source>
        <translation>Make the observation final (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Write the correction with its reason (Ctrl+S)</source>
        <translation>Write the correction with its reason (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Cancel correction</translation>
    </message>
    <message>
        <source>Leave the observation as it was before the correction</source>
        <translation>Leave the observation as it was before the correction</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The report on a printer (Ctrl+P)</source>
        <translation>The report on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The report saved as a PDF file</source>
        <translation>The report saved as a PDF file</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>Final observation</source>
        <translation>Final observation</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Draft observation</translation>
    </message>
    <message>
        <source>Correcting a final observation. Reason: {reason}</source>
        <translation>Correcting a final observation. Reason: {reason}</translation>
    </message>
    <message>
        <source>Final since {date}; read-only. Use Correct… to change it.</source>
        <translation>Final since {date}; read-only. Use Correct… to change it.</translation>
    </message>
    <message>
        <source>Corrected on {date} by {who}. Reason: {reason}</source>
        <translation>Corrected on {date} by {who}. Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>GeneratePlanDialog</name>
    <message>
        <source>Generate plan</source>
        <translation>Generate plan</translation>
    </message>
    <message>
        <source>Quarter {number} of {year}</source>
        <translation>Quarter {number} of {year}</translation>
    </message>
    <message>
        <source>Monthly for new teachers, with less than</source>
        <translation>Monthly for new teachers, with less than</translation>
    </message>
    <message>
        <source>years of work</source>
        <translation>years of work</translation>
    </message>
    <message>
        <source>Monthly for teachers whose last score is below</source>
        <translation>Monthly for teachers whose last score is below</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Visits to every teacher a year</source>
        <translation>Visits to every teacher a year</translation>
    </message>
    <message>
        <source>Purpose of these visits</source>
        <translation>Purpose of these visits</translation>
    </message>
    <message>
        <source>Purpose of monthly visits</source>
        <translation>Purpose of monthly visits</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <source>This quarter is over: no visit is planned in the past. Choose a quarter still to come.</source>
        <translation>This quarter is over: no visit is planned in the past. Choose a quarter still to come.</translation>
    </message>
    <message>
        <source>{count} visits will be added; the plan already holds the others.</source>
        <translation>{count} visits will be added; the plan already holds the others.</translation>
    </message>
    <message>
        <source>Nothing to add: the plan already holds these visits.</source>
        <translation>Nothing to add: the plan already holds these visits.</translation>
    </message>
    <message>
        <source>{months} is over: its visits go to the months still to come.</source>
        <translation>{months} is over: its visits go to the months still to come.</translation>
    </message>
</context>
<context>
    <name>GraduatesDialog</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Where the graduates went</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>Graduates:</source>
        <translation>Graduates:</translation>
    </message>
    <message>
        <source>Partner organisations (dual education, internships, work):</source>
        <translation>Partner organisations (dual education, internships, work):</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Choose a school and an academic year first.</source>
        <translation>Choose a school and an academic year first.</translation>
    </message>
    <message>
        <source>Type how many graduates went to each destination.</source>
        <translation>Type how many graduates went to each destination.</translation>
    </message>
</context>
<context>
    <name>GraduatesImportDialog</name>
    <message>
        <source>Import graduates</source>
        <translation>Import graduates</translation>
    </message>
    <message>
        <source>The filled graduates template (.xlsx)</source>
        <translation>The filled graduates template (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled graduates template.</source>
        <translation>Choose the filled graduates template.</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Save the graduates template</source>
        <translation>Save the graduates template</translation>
    </message>
    <message>
        <source>graduates.xlsx</source>
        <translation>graduates.xlsx</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>The file could not be written. Close it in Excel or choose another folder.</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in, then choose it here.</source>
        <translation>Template saved to {path}. Fill it in, then choose it here.</translation>
    </message>
    <message>
        <source>{school}: graduates of {year}; {placed} placed with partners.</source>
        <translation>{school}: graduates of {year}; {placed} placed with partners.</translation>
    </message>
    <message>
        <source>It replaces what was entered for grade {grades}.</source>
        <translation>It replaces what was entered for grade {grades}.</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
</context>
<context>
    <name>GraduatesPanel</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Where the graduates went</translation>
    </message>
    <message>
        <source>No graduates entered yet — say where grades 9 and 11 went after the year.</source>
        <translation>No graduates entered yet — say where grades 9 and 11 went after the year.</translation>
    </message>
    <message>
        <source>Enter graduates…</source>
        <translation>Enter graduates…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>Where the graduates of {year} went</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Further study</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>With a partner organisation</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>No graduate was placed with a partner organisation.</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Partner organisations:</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>Checklist sections by school — {period}</source>
        <translation>Checklist sections by school — {period}</translation>
    </message>
    <message>
        <source>Checklist sections by teacher — {period}</source>
        <translation>Checklist sections by teacher — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>No lessons observed in this selection — observe a lesson.</translation>
    </message>
    <message>
        <source>Section scores, %; the lowest {shown} of {total}.</source>
        <translation>Section scores, %; the lowest {shown} of {total}.</translation>
    </message>
    <message>
        <source>Section scores, %; lowest first.</source>
        <translation>Section scores, %; lowest first.</translation>
    </message>
    <message>
        <source>{row}
{section}: {value}</source>
        <translation>{row}
{section}: {value}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Lessons observed</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <source>Observation scores — {period}</source>
        <translation>Observation scores — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>No lessons observed in this selection — observe a lesson.</translation>
    </message>
    <message>
        <source>{count} lessons observed, average score {value}.</source>
        <translation>{count} lessons observed, average score {value}.</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span}: {count} lessons ({band})</source>
        <translation>{span}: {count} lessons ({band})</translation>
    </message>
    <message>
        <source>Observation score, %</source>
        <translation>Observation score, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>{band} ({low}–{high} %): {count}</source>
        <translation>{band} ({low}–{high} %): {count}</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Observation score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Teachers list</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>End-of-term results</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Teacher activities</translation>
    </message>
    <message>
        <source>Observations (filled template or package)</source>
        <translation>Observations (filled template or package)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .xls or .ods file</source>
        <translation>Choose an .xlsx, .xls or .ods file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>As the file says</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Nothing is written until you have seen the preview and pressed Import.</source>
        <translation>Nothing is written until you have seen the preview and pressed Import.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Set up or choose a school first.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import preview — {file}</source>
        <translation>Import preview — {file}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>Value found</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Teacher in this school</source>
        <translation>Teacher in this school</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Teachers to map</source>
        <translation>Teachers to map</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New: {n}</source>
        <translation>New: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Updated: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Unchanged: {n}</translation>
    </message>
    <message>
        <source>Problems: {n}</source>
        <translation>Problems: {n}</translation>
    </message>
    <message>
        <source>Deleted: {n}</source>
        <translation>Deleted: {n}</translation>
    </message>
    <message>
        <source>New classes: {names}</source>
        <translation>New classes: {names}</translation>
    </message>
    <message>
        <source>New subjects: {names}</source>
        <translation>New subjects: {names}</translation>
    </message>
    <message>
        <source>New teachers: {names}</source>
        <translation>New teachers: {names}</translation>
    </message>
    <message>
        <source>Changed on both sides: {n} — choose in “Conflicts” which copy to keep.</source>
        <translation>Changed on both sides: {n} — choose in “Conflicts” which copy to keep.</translation>
    </message>
    <message>
        <source>Totals rows skipped: {n}</source>
        <translation>Totals rows skipped: {n}</translation>
    </message>
    <message>
        <source>Say which header is which in “Columns”, then check again.</source>
        <translation>Say which header is which in “Columns”, then check again.</translation>
    </message>
    <message>
        <source>Fix the file and import it again: nothing will be written.</source>
        <translation>Fix the file and import it again: nothing will be written.</translation>
    </message>
    <message>
        <source>Choose a teacher for every name in “Teachers to map”.</source>
        <translation>Choose a teacher for every name in “Teachers to map”.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Teacher for {name}</source>
        <translation>Teacher for {name}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Create a new teacher</source>
        <translation>Create a new teacher</translation>
    </message>
    <message>
        <source>{name} (fits)</source>
        <translation>{name} (fits)</translation>
    </message>
    <message>
        <source>Teachers to map ({n})</source>
        <translation>Teachers to map ({n})</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>The import failed; nothing was written.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Pass rate (5, 4, 3 of N)</source>
        <translation>Pass rate (5, 4, 3 of N)</translation>
    </message>
    <message>
        <source>Quality of knowledge (5, 4 of N)</source>
        <translation>Quality of knowledge (5, 4 of N)</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Degree of learning (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Marks (N)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Pupils in the classes of the group, each class counted once</source>
        <translation>Pupils in the classes of the group, each class counted once</translation>
    </message>
    <message>
        <source>Marks counted (N): one for each pupil in each subject, a mark or not attested (exempt left out). A class of 26 with 10 subjects has up to 260.</source>
        <translation>Marks counted (N): one for each pupil in each subject, a mark or not attested (exempt left out). A class of 26 with 10 subjects has up to 260.</translation>
    </message>
    <message>
        <source>{indicator}: change from {term}</source>
        <translation>{indicator}: change from {term}</translation>
    </message>
    <message>
        <source>No results in {term} to compare with</source>
        <translation>No results in {term} to compare with</translation>
    </message>
    <message>
        <source>{term}: {value}</source>
        <translation>{term}: {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicators by</source>
        <translation>Indicators by</translation>
    </message>
    <message>
        <source>No saved results in this term yet.</source>
        <translation>No saved results in this term yet.</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>By class</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>By grade</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>By subject</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>By teacher</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Indicators — {term}</source>
        <translation>Indicators — {term}</translation>
    </message>
    <message>
        <source>Change from {term}: ▲ up, ▼ down (points).</source>
        <translation>Change from {term}: ▲ up, ▼ down (points).</translation>
    </message>
    <message>
        <source>No earlier term to compare with.</source>
        <translation>No earlier term to compare with.</translation>
    </message>
    <message>
        <source>The table shows saved results; save to include your changes.</source>
        <translation>The table shows saved results; save to include your changes.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>IntegrityPrompt</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>“{file}” is damaged, and there is no good backup of it in its backups folder. Do not work in it: copy the file and give the copy to whoever supports the program; open another database meanwhile.</source>
        <translation>“{file}” is damaged, and there is no good backup of it in its backups folder. Do not work in it: copy the file and give the copy to whoever supports the program; open another database meanwhile.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (SQLite found errors in it). The latest good backup is from {date}. Restore it? What was changed after {date} is lost; the damaged file is kept in the backups folder.</source>
        <translation>“{file}” is damaged (SQLite found errors in it). The latest good backup is from {date}. Restore it? What was changed after {date} is lost; the damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Where the database lies</source>
        <translation>Where the database lies</translation>
    </message>
    <message>
        <source>“{file}” lies on a network drive. SQLite, which keeps the data, cannot lock a file there reliably, and changes can be lost. Copy the database to this computer's own disk and open the copy.</source>
        <translation>“{file}” lies on a network drive. SQLite, which keeps the data, cannot lock a file there reliably, and changes can be lost. Copy the database to this computer's own disk and open the copy.</translation>
    </message>
    <message>
        <source>“{file}” lies on a removable disk. If the disk is pulled out while the program writes, the database can be damaged. Copy it to this computer's own disk and open the copy.</source>
        <translation>“{file}” lies on a removable disk. If the disk is pulled out while the program writes, the database can be damaged. Copy it to this computer's own disk and open the copy.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>“{place}” has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>“{place}” has accounts. Log in with the name and password the administrator gave you.</translation>
    </message>
    <message>
        <source>This database has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>This database has accounts. Log in with the name and password the administrator gave you.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>About EduQA Desktop</source>
        <translation>About EduQA Desktop</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>{year}, quarter {number}</source>
        <translation>{year}, quarter {number}</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Choose another file: a backup cannot replace the database itself.</translation>
    </message>
    <message>
        <source>The backup could not be written. Choose another folder.</source>
        <translation>The backup could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Backup saved to {path}</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>Files and backups</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Close and lose them?</source>
        <translation>{tabs}: some changes are not saved yet. Close and lose them?</translation>
    </message>
</context>
<context>
    <name>MechanismsPanel</name>
    <message>
        <source>Evidence of the mechanisms of quality — {period}</source>
        <translation>Evidence of the mechanisms of quality — {period}</translation>
    </message>
    <message>
        <source>Observed lessons that show each mechanism, activities recorded and graduates placed with partners; the thinnest first.</source>
        <translation>Observed lessons that show each mechanism, activities recorded and graduates placed with partners; the thinnest first.</translation>
    </message>
    <message>
        <source>No evidence of any mechanism in this selection — observe a lesson or record an activity.</source>
        <translation>No evidence of any mechanism in this selection — observe a lesson or record an activity.</translation>
    </message>
    <message>
        <source>{name}
Lessons showing it: {count}
Average score of its criteria: {value}</source>
        <translation>{name}
Lessons showing it: {count}
Average score of its criteria: {value}</translation>
    </message>
    <message>
        <source>{name}
Activities recorded: {count} (by {teachers} teachers)</source>
        <translation>{name}
Activities recorded: {count} (by {teachers} teachers)</translation>
    </message>
    <message>
        <source>0 — no evidence</source>
        <translation>0 — no evidence</translation>
    </message>
    <message>
        <source>{name}
Graduates placed so (last year with graduates): {count}</source>
        <translation>{name}
Graduates placed so (last year with graduates): {count}</translation>
    </message>
    <message>
        <source>Lessons, activities or graduates</source>
        <translation>Lessons, activities or graduates</translation>
    </message>
    <message>
        <source>Observed lessons</source>
        <translation>Observed lessons</translation>
    </message>
    <message>
        <source>Activities recorded</source>
        <translation>Activities recorded</translation>
    </message>
    <message>
        <source>Graduates placed</source>
        <translation>Graduates placed</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Average score of its criteria, %</source>
        <translation>Average score of its criteria, %</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Professional development overdue: last course on {date}, more than {years} years ago</source>
        <translation>Professional development overdue: last course on {date}, more than {years} years ago</translation>
    </message>
    <message>
        <source>No professional-development course on record</source>
        <translation>No professional-development course on record</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold})</source>
        <translation>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold})</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold}); {below} of the last {lessons} lessons below it</source>
        <translation>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold}); {below} of the last {lessons} lessons below it</translation>
    </message>
    <message>
        <source>Three latest lessons falling: {first} → {middle} → {last}</source>
        <translation>Three latest lessons falling: {first} → {middle} → {last}</translation>
    </message>
    <message>
        <source>“{criterion}” weak in {weak} of {visits} visits</source>
        <translation>“{criterion}” weak in {weak} of {visits} visits</translation>
    </message>
    <message>
        <source>{count} follow-up(s) past due, the oldest due on {due} (lesson of {observed_on})</source>
        <translation>{count} follow-up(s) past due, the oldest due on {due} (lesson of {observed_on})</translation>
    </message>
    <message>
        <source>{count} planned visit(s) overdue, the oldest planned for {month}</source>
        <translation>{count} planned visit(s) overdue, the oldest planned for {month}</translation>
    </message>
    <message>
        <source>New teacher ({years} years of experience): no lesson visited and no mentor in {year}</source>
        <translation>New teacher ({years} years of experience): no lesson visited and no mentor in {year}</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the school, {pupils} pupils</source>
        <translation>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the school, {pupils} pupils</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the district, {pupils} pupils</source>
        <translation>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the district, {pupils} pupils</translation>
    </message>
    <message>
        <source>{subject} in {classes} class(es): quality {quality} against {peers} for the same pupils with their other teachers, {pupils} pupils</source>
        <translation>{subject} in {classes} class(es): quality {quality} against {peers} for the same pupils with their other teachers, {pupils} pupils</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same pupils in their other subjects; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} across the school: quality {quality} against {peers} for the same pupils in their other subjects; {teachers} teachers, {pupils} pupils</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same grades in the district; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} across the school: quality {quality} against {peers} for the same grades in the district; {teachers} teachers, {pupils} pupils</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality down {terms} quarters running, {first} → {last}</source>
        <translation>{class_name} {subject}: quality down {terms} quarters running, {first} → {last}</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (nor a sheet in its place).</source>
        <translation>The workbook has no sheet “{sheet}” (nor a sheet in its place).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: the column “{column}” is missing in the header row.</source>
        <translation>Sheet “{sheet}”: the column “{column}” is missing in the header row.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write the text in at least one language.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: write the text in at least one language.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write a whole number from 0 to 10.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: write a whole number from 0 to 10.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the values must increase from row to row.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: the values must increase from row to row.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the weight must be a number above 0 and up to 100.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: the weight must be a number above 0 and up to 100.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: level {value} is not a value of the scale.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: level {value} is not a value of the scale.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the first criterion needs its section.</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}: the first criterion needs its section.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: at least {count} rows are needed below the header.</source>
        <translation>Sheet “{sheet}”: at least {count} rows are needed below the header.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as an .xlsx workbook.</source>
        <translation>“{path}” cannot be read as an .xlsx workbook.</translation>
    </message>
    <message>
        <source>The checklist in the workbook is not valid: {problem}</source>
        <translation>The checklist in the workbook is not valid: {problem}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the package lacks the columns: {columns}.</source>
        <translation>The sheet “{sheet}” of the package lacks the columns: {columns}.</translation>
    </message>
    <message>
        <source>“{file}” is not an observations package: it has no sheet “{sheet}”. Export one with File ▸ Export ▸ Observations package.</source>
        <translation>“{file}” is not an observations package: it has no sheet “{sheet}”. Export one with File ▸ Export ▸ Observations package.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit} rows, the limit set in Settings. Split the file or raise the limit.</source>
        <translation>The sheet “{sheet}” has more than {limit} rows, the limit set in Settings. Split the file or raise the limit.</translation>
    </message>
    <message>
        <source>Reading “{file}” took longer than {limit} seconds, the limit for one file; it was stopped and nothing was written.</source>
        <translation>Reading “{file}” took longer than {limit} seconds, the limit for one file; it was stopped and nothing was written.</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, more than the {limit} MB an incoming file may have; it was not opened.</source>
        <translation>“{file}” is {size} MB, more than the {limit} MB an incoming file may have; it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB, more than the {limit} MB an incoming file may unpack to; it was not opened (it may be damaged or malicious).</source>
        <translation>“{file}” unpacks to {size} MB, more than the {limit} MB an incoming file may unpack to; it was not opened (it may be damaged or malicious).</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB in its part {entry}, {ratio} times its packed size (at most {limit} times is allowed); it was not opened (it may be damaged or malicious).</source>
        <translation>“{file}” unpacks to {size} MB in its part {entry}, {ratio} times its packed size (at most {limit} times is allowed); it was not opened (it may be damaged or malicious).</translation>
    </message>
    <message>
        <source>“{file}” holds XML with a document type declaration (in {entry}), which no spreadsheet needs and which can hide entities or links to a network; it was not opened.</source>
        <translation>“{file}” holds XML with a document type declaration (in {entry}), which no spreadsheet needs and which can hide entities or links to a network; it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” has {count} sheets, more than the {limit} an incoming file may have.</source>
        <translation>“{file}” has {count} sheets, more than the {limit} an incoming file may have.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches row {count}, beyond the {limit} rows an incoming sheet may have.</source>
        <translation>The sheet “{sheet}” of “{file}” reaches row {count}, beyond the {limit} rows an incoming sheet may have.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches column {column} ({count}), beyond the {limit} columns an incoming sheet may have.</source>
        <translation>The sheet “{sheet}” of “{file}” reaches column {column} ({count}), beyond the {limit} columns an incoming sheet may have.</translation>
    </message>
    <message>
        <source>A cell of “{file}” ({where}) holds more than the {limit} characters one cell may hold.</source>
        <translation>A cell of “{file}” ({where}) holds more than the {limit} characters one cell may hold.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it may have been cut off while copying). Ask for the file again.</source>
        <translation>“{file}” is damaged or incomplete (it may have been cut off while copying). Ask for the file again.</translation>
    </message>
    <message>
        <source>The number of graduates must be a whole number of 0 or more, not “{value}”.</source>
        <translation>The number of graduates must be a whole number of 0 or more, not “{value}”.</translation>
    </message>
    <message>
        <source>{file} is not a graduates template of EduQA. Make one with File ▸ Surveys ▸ Import graduates… ▸ Blank template.</source>
        <translation>{file} is not a graduates template of EduQA. Make one with File ▸ Surveys ▸ Import graduates… ▸ Blank template.</translation>
    </message>
    <message>
        <source>“{value}” is not a destination of graduates this app knows.</source>
        <translation>“{value}” is not a destination of graduates this app knows.</translation>
    </message>
    <message>
        <source>{file}: the header row (“Destination”, “Grade 9”, “Grade 11”) is missing.</source>
        <translation>{file}: the header row (“Destination”, “Grade 9”, “Grade 11”) is missing.</translation>
    </message>
    <message>
        <source>The columns “Grade 9” and “Grade 11” are missing.</source>
        <translation>The columns “Grade 9” and “Grade 11” are missing.</translation>
    </message>
    <message>
        <source>Write the partner organisation's name.</source>
        <translation>Write the partner organisation's name.</translation>
    </message>
    <message>
        <source>The grade is 9 or 11, not “{value}”.</source>
        <translation>The grade is 9 or 11, not “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a way of placement: write dual education, internship or work.</source>
        <translation>“{value}” is not a way of placement: write dual education, internship or work.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) fits several teachers: {candidates}. Choose one.</source>
        <translation>The teacher “{name}” (rows {rows}) fits several teachers: {candidates}. Choose one.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) is not in this school. Map them to a teacher or create them (--create-missing).</source>
        <translation>The teacher “{name}” (rows {rows}) is not in this school. Map them to a teacher or create them (--create-missing).</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>“{file}” is not a questionnaire workbook: expected a sheet of statements with the columns {columns}.</source>
        <translation>“{file}” is not a questionnaire workbook: expected a sheet of statements with the columns {columns}.</translation>
    </message>
    <message>
        <source>The questionnaire in “{file}” is not valid: {problem}</source>
        <translation>The questionnaire in “{file}” is not valid: {problem}</translation>
    </message>
    <message>
        <source>The file does not say which academic year it is for: add a column “Academic year”, write it in the title (“1 четверть 2025-2026”) or choose it.</source>
        <translation>The file does not say which academic year it is for: add a column “Academic year”, write it in the title (“1 четверть 2025-2026”) or choose it.</translation>
    </message>
    <message>
        <source>The file does not say which quarter it is for: add a column “Quarter”, write it in the title (“I chorak”) or choose it.</source>
        <translation>The file does not say which quarter it is for: add a column “Quarter”, write it in the title (“I chorak”) or choose it.</translation>
    </message>
    <message>
        <source>{value} is not a quarter (1–4).</source>
        <translation>{value} is not a quarter (1–4).</translation>
    </message>
    <message>
        <source>Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = {used}, more than the {size} pupils in the class.</source>
        <translation>Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = {used}, more than the {size} pupils in the class.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>This cell must not be empty.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year; write it like 2025-2026.</source>
        <translation>“{value}” is not an academic year; write it like 2025-2026.</translation>
    </message>
    <message>
        <source>“{file}” is not a school package: it has no sheet “{sheet}”. A school makes one with File ▸ Send to the district….</source>
        <translation>“{file}” is not a school package: it has no sheet “{sheet}”. A school makes one with File ▸ Send to the district….</translation>
    </message>
    <message>
        <source>The school package “{file}” lacks the sheet “{sheet}”: it is damaged or was altered. Ask the school to send it again.</source>
        <translation>The school package “{file}” lacks the sheet “{sheet}”: it is damaged or was altered. Ask the school to send it again.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the school package “{file}” lacks the columns: {columns}. Ask the school to send it again.</source>
        <translation>The sheet “{sheet}” of the school package “{file}” lacks the columns: {columns}. Ask the school to send it again.</translation>
    </message>
    <message>
        <source>The school package “{file}” was changed after it was made (its checksum does not match), so it was not read. Ask the school to send it again.</source>
        <translation>The school package “{file}” was changed after it was made (its checksum does not match), so it was not read. Ask the school to send it again.</translation>
    </message>
    <message>
        <source>The school package “{file}” was made by a newer version of EduQA Desktop ({version}). Install that version to receive it.</source>
        <translation>The school package “{file}” was made by a newer version of EduQA Desktop ({version}). Install that version to receive it.</translation>
    </message>
    <message>
        <source>This teacher is already listed in row {other}.</source>
        <translation>This teacher is already listed in row {other}.</translation>
    </message>
    <message>
        <source>The personnel number {value} is already given to another teacher in row {other}; each teacher has their own.</source>
        <translation>The personnel number {value} is already given to another teacher in row {other}; each teacher has their own.</translation>
    </message>
    <message>
        <source>“{value}” is not a category; write oliy, birinchi, ikkinchi or mutaxassis (высшая, первая, вторая, специалист).</source>
        <translation>“{value}” is not a category; write oliy, birinchi, ikkinchi or mutaxassis (высшая, первая, вторая, специалист).</translation>
    </message>
    <message>
        <source>{value} years of experience is impossible (at most {limit}).</source>
        <translation>{value} years of experience is impossible (at most {limit}).</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>The date {value} is in the future.</translation>
    </message>
    <message>
        <source>{file} is not a survey template of EduQA. Make one with File ▸ Surveys ▸ Blank survey template.</source>
        <translation>{file} is not a survey template of EduQA. Make one with File ▸ Surveys ▸ Blank survey template.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet “eduqa” was changed; make a new template.</source>
        <translation>{file}: the hidden sheet “eduqa” was changed; make a new template.</translation>
    </message>
    <message>
        <source>{file}: the header row of the answers (“No.” or “Respondent”) is missing.</source>
        <translation>{file}: the header row of the answers (“No.” or “Respondent”) is missing.</translation>
    </message>
    <message>
        <source>The quarter is 1, 2, 3 or 4, not “{value}”.</source>
        <translation>The quarter is 1, 2, 3 or 4, not “{value}”.</translation>
    </message>
    <message>
        <source>The number of questionnaires returned must be a whole number, not “{value}”.</source>
        <translation>The number of questionnaires returned must be a whole number, not “{value}”.</translation>
    </message>
    <message>
        <source>The header must have the columns 1, 2, 3, 4 and 5 of the answers.</source>
        <translation>The header must have the columns 1, 2, 3, 4 and 5 of the answers.</translation>
    </message>
    <message>
        <source>Expected the statement's number here, not “{value}”.</source>
        <translation>Expected the statement's number here, not “{value}”.</translation>
    </message>
    <message>
        <source>How many answered {answer}: expected a whole number 0 or more, not “{value}”.</source>
        <translation>How many answered {answer}: expected a whole number 0 or more, not “{value}”.</translation>
    </message>
    <message>
        <source>Statement {number} is written twice.</source>
        <translation>Statement {number} is written twice.</translation>
    </message>
    <message>
        <source>Statement {number} has {answers} answers but only {respondents} questionnaires were returned.</source>
        <translation>Statement {number} has {answers} answers but only {respondents} questionnaires were returned.</translation>
    </message>
    <message>
        <source>The header has no statement numbers.</source>
        <translation>The header has no statement numbers.</translation>
    </message>
    <message>
        <source>An answer is 1, 2, 3, 4 or 5 (or empty), not “{value}”.</source>
        <translation>An answer is 1, 2, 3, 4 or 5 (or empty), not “{value}”.</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook. Save it from Excel as .xlsx and import that.</source>
        <translation>{file} is not an .xlsx workbook. Save it from Excel as .xlsx and import that.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: {reason}</source>
        <translation>{file} cannot be read as a workbook: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>The file “{file}” does not exist.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: {reason}</source>
        <translation>The file “{file}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” is empty (0 bytes).</source>
        <translation>The file “{file}” is empty (0 bytes).</translation>
    </message>
    <message>
        <source>“{file}” is a text (CSV) file, not a spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>“{file}” is a text (CSV) file, not a spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx.</translation>
    </message>
    <message>
        <source>“{file}” is a {kind} file, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” is a {kind} file, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</translation>
    </message>
    <message>
        <source>“{file}” is not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” is not a spreadsheet. Choose an .xlsx, .xls or .ods file.</translation>
    </message>
    <message>
        <source>“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Open it in Excel or LibreOffice, remove the password (save without one) and import that copy.</source>
        <translation>“{file}” is protected with a password. Open it in Excel or LibreOffice, remove the password (save without one) and import that copy.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas without a calculated value. Open the file in Excel or LibreOffice, let it calculate, save it and import it again.</source>
        <translation>Cells {cells} of the sheet “{sheet}” hold formulas without a calculated value. Open the file in Excel or LibreOffice, let it calculate, save it and import it again.</translation>
    </message>
    <message>
        <source>“{value}” is not a date this program can read; write it like 24.11.2026.</source>
        <translation>“{value}” is not a date this program can read; write it like 24.11.2026.</translation>
    </message>
    <message>
        <source>The date {value} is impossible.</source>
        <translation>The date {value} is impossible.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it cannot be negative.</source>
        <translation>{value} is impossible here: it cannot be negative.</translation>
    </message>
    <message>
        <source>{value} is impossible here: a whole number is needed.</source>
        <translation>{value} is impossible here: a whole number is needed.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it is far too large.</source>
        <translation>{value} is impossible here: it is far too large.</translation>
    </message>
    <message>
        <source>“{file}” holds no data: every sheet is empty.</source>
        <translation>“{file}” holds no data: every sheet is empty.</translation>
    </message>
    <message>
        <source>No sheet in “{file}” has the expected columns: {columns}. Use the template (File ▸ Export ▸ Template).</source>
        <translation>No sheet in “{file}” has the expected columns: {columns}. Use the template (File ▸ Export ▸ Template).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” lacks the columns: {columns}.</source>
        <translation>The sheet “{sheet}” of “{file}” lacks the columns: {columns}.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both “{header}” but hold different values (“{a}” and “{b}”); keep only one of them.</source>
        <translation>Columns {first} and {second} are both “{header}” but hold different values (“{a}” and “{b}”); keep only one of them.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a weight; expected a number above 0 and up to 100.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a weight; expected a number above 0 and up to 100.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism; expected some of: {known}.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism; expected some of: {known}.</translation>
    </message>
    <message>
        <source>the question type “{type}” has no place in a checklist</source>
        <translation>the question type “{type}” has no place in a checklist</translation>
    </message>
    <message>
        <source>its choices (“{list}”) are not an ordered scale</source>
        <translation>its choices (“{list}”) are not an ordered scale</translation>
    </message>
    <message>
        <source>its scale (“{list}”) is not the checklist's scale (“{scale}”)</source>
        <translation>its scale (“{list}”) is not the checklist's scale (“{scale}”)</translation>
    </message>
    <message>
        <source>inside a repeat</source>
        <translation>inside a repeat</translation>
    </message>
    <message>
        <source>the texts in “{language}”</source>
        <translation>the texts in “{language}”</translation>
    </message>
    <message>
        <source>its condition (relevant: {value}); the criterion itself is carried over</source>
        <translation>its condition (relevant: {value}); the criterion itself is carried over</translation>
    </message>
    <message>
        <source>its hint; the criterion itself is carried over</source>
        <translation>its hint; the criterion itself is carried over</translation>
    </message>
    <message>
        <source>“{file}” is not an XLSForm: expected a sheet “survey” with a “type” column; its sheets are: {sheets}.</source>
        <translation>“{file}” is not an XLSForm: expected a sheet “survey” with a “type” column; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row 1: the column “{column}” is missing; expected it in the header row.</source>
        <translation>“{file}”, sheet “{sheet}”, row 1: the column “{column}” is missing; expected it in the header row.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” is not in the sheet “choices”; expected one of: {lists}.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” is not in the sheet “choices”; expected one of: {lists}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{type}” closes nothing that is open here; expected “{expected}”.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{type}” closes nothing that is open here; expected “{expected}”.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}”, begun here, is never closed; expected “{expected}” below it.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}”, begun here, is never closed; expected “{expected}” below it.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” has the values {values}; expected a scale of whole numbers from 0 to 10 without gaps.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” has the values {values}; expected a scale of whole numbers from 0 to 10 without gaps.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “survey”: no question can become a criterion; expected at least one “select_one” question whose choices are an ordered scale (such as 1, 2, 3, 4).</source>
        <translation>“{file}”, sheet “survey”: no question can become a criterion; expected at least one “select_one” question whose choices are an ordered scale (such as 1, 2, 3, 4).</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the name “{name}” is already used in row {first}; expected each name once.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: the name “{name}” is already used in row {first}; expected each name once.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice “{name}” is already in the list “{list}” (row {first}); expected each choice once in its list.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice “{name}” is already in the list “{list}” (row {first}); expected each choice once in its list.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}” has no label; expected its text in at least one language.</source>
        <translation>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}” has no label; expected its text in at least one language.</translation>
    </message>
    <message>
        <source>“{file}”: the checklist made from the form is not valid: {problem}</source>
        <translation>“{file}”: the checklist made from the form is not valid: {problem}</translation>
    </message>
    <message>
        <source>The account “{login}” has been disabled or removed: log in again.</source>
        <translation>The account “{login}” has been disabled or removed: log in again.</translation>
    </message>
    <message>
        <source>This database has accounts: log in first (on the command line: --user NAME).</source>
        <translation>This database has accounts: log in first (on the command line: --user NAME).</translation>
    </message>
    <message>
        <source>The account “{login}” does not reach this school. Ask the administrator to assign it.</source>
        <translation>The account “{login}” does not reach this school. Ask the administrator to assign it.</translation>
    </message>
    <message>
        <source>The account “{login}” sees only its own schools: choose one of them.</source>
        <translation>The account “{login}” sees only its own schools: choose one of them.</translation>
    </message>
    <message>
        <source>The account “{login}” may not see this data.</source>
        <translation>The account “{login}” may not see this data.</translation>
    </message>
    <message>
        <source>The account “{login}” may not record or change observations.</source>
        <translation>The account “{login}” may not record or change observations.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change checklists.</source>
        <translation>The account “{login}” may not change checklists.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the visit plan.</source>
        <translation>The account “{login}” may not change the visit plan.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change teachers or their activities.</source>
        <translation>The account “{login}” may not change teachers or their activities.</translation>
    </message>
    <message>
        <source>The account “{login}” may not enter or change results.</source>
        <translation>The account “{login}” may not enter or change results.</translation>
    </message>
    <message>
        <source>The account “{login}” may not import files or packages.</source>
        <translation>The account “{login}” may not import files or packages.</translation>
    </message>
    <message>
        <source>The account “{login}” may not add schools, years or terms.</source>
        <translation>The account “{login}” may not add schools, years or terms.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the settings.</source>
        <translation>The account “{login}” may not change the settings.</translation>
    </message>
    <message>
        <source>The account “{login}” may not back up or restore the database.</source>
        <translation>The account “{login}” may not back up or restore the database.</translation>
    </message>
    <message>
        <source>The account “{login}” may not manage accounts.</source>
        <translation>The account “{login}” may not manage accounts.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>The name or the password is wrong.</translation>
    </message>
    <message>
        <source>The account “{login}” is locked after {tries} wrong passwords. Try again in {minutes} min, or ask the administrator to reset the password.</source>
        <translation>The account “{login}” is locked after {tries} wrong passwords. Try again in {minutes} min, or ask the administrator to reset the password.</translation>
    </message>
    <message>
        <source>The account “{login}” is disabled. Ask the administrator.</source>
        <translation>The account “{login}” is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Write a login name.</translation>
    </message>
    <message>
        <source>An account “{login}” already exists.</source>
        <translation>An account “{login}” already exists.</translation>
    </message>
    <message>
        <source>A login name is at most 100 characters.</source>
        <translation>A login name is at most 100 characters.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The first account must be an administrator, who then creates the others.</source>
        <translation>The first account must be an administrator, who then creates the others.</translation>
    </message>
    <message>
        <source>Choose the school of a school account.</source>
        <translation>Choose the school of a school account.</translation>
    </message>
    <message>
        <source>Choose at least one school for a methodologist or inspector.</source>
        <translation>Choose at least one school for a methodologist or inspector.</translation>
    </message>
    <message>
        <source>The chosen school is not in this database.</source>
        <translation>The chosen school is not in this database.</translation>
    </message>
    <message>
        <source>“{login}” is the last active administrator: make another administrator first.</source>
        <translation>“{login}” is the last active administrator: make another administrator first.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>This activity type is no longer in the catalogue.</source>
        <translation>This activity type is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Give the activity type a name.</source>
        <translation>Give the activity type a name.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>The name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>A professional-development course is counted in hours.</source>
        <translation>A professional-development course is counted in hours.</translation>
    </message>
    <message>
        <source>The catalogue already has a type named “{name}”.</source>
        <translation>The catalogue already has a type named “{name}”.</translation>
    </message>
    <message>
        <source>{count} activities are of this type, so it cannot be deleted. Archive it instead.</source>
        <translation>{count} activities are of this type, so it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <source>This teacher is no longer in the database.</source>
        <translation>This teacher is no longer in the database.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>The quantity must be a number.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0 and at most {limit}.</source>
        <translation>The quantity must be more than 0 and at most {limit}.</translation>
    </message>
    <message>
        <source>A place is a number from 1 to 100.</source>
        <translation>A place is a number from 1 to 100.</translation>
    </message>
    <message>
        <source>Unknown level “{level}”.</source>
        <translation>Unknown level “{level}”.</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>The note is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>This activity is no longer in the database.</source>
        <translation>This activity is no longer in the database.</translation>
    </message>
    <message>
        <source>A backup could not be written: the folder {folder} is read-only or may not be written by you. Nothing was changed; keep the database in a folder you can write to.</source>
        <translation>A backup could not be written: the folder {folder} is read-only or may not be written by you. Nothing was changed; keep the database in a folder you can write to.</translation>
    </message>
    <message>
        <source>A backup could not be written: the disk of {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>A backup could not be written: the disk of {folder} is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>A backup could not be written to {folder} ({detail}). Nothing was changed.</source>
        <translation>A backup could not be written to {folder} ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>“{file}” is not an EduQA database; nothing was restored.</source>
        <translation>“{file}” is not an EduQA database; nothing was restored.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({detail}); nothing was restored. Choose another backup.</source>
        <translation>“{file}” is damaged ({detail}); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>A backup cannot replace the database itself; choose another file.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year. Write it like 2025-2026.</source>
        <translation>“{value}” is not an academic year. Write it like 2025-2026.</translation>
    </message>
    <message>
        <source>Type your name in Settings first: co-observations are told apart by their observers.</source>
        <translation>Type your name in Settings first: co-observations are told apart by their observers.</translation>
    </message>
    <message>
        <source>Say which lesson is watched together, e.g. the video.</source>
        <translation>Say which lesson is watched together, e.g. the video.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this database.</source>
        <translation>There is no academic year {year} in this database.</translation>
    </message>
    <message>
        <source>“{format}” is not a checklist file format; use one of: {formats}.</source>
        <translation>“{format}” is not a checklist file format; use one of: {formats}.</translation>
    </message>
    <message>
        <source>No checklist is called “{name}”. The checklists: {names}.</source>
        <translation>No checklist is called “{name}”. The checklists: {names}.</translation>
    </message>
    <message>
        <source>Several checklists are called “{name}”; give the id of one: {ids}.</source>
        <translation>Several checklists are called “{name}”; give the id of one: {ids}.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>This checklist no longer exists.</translation>
    </message>
    <message>
        <source>The checklist cannot be saved: {problem}</source>
        <translation>The checklist cannot be saved: {problem}</translation>
    </message>
    <message>
        <source>A newer version of this checklist exists; edit that one.</source>
        <translation>A newer version of this checklist exists; edit that one.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it; nothing of yours was written yet.</source>
        <translation>Someone else saved this record after you opened it; nothing of yours was written yet.</translation>
    </message>
    <message>
        <source>A school named “{name}” is already in this file.</source>
        <translation>A school named “{name}” is already in this file.</translation>
    </message>
    <message>
        <source>The number of graduates cannot be negative.</source>
        <translation>The number of graduates cannot be negative.</translation>
    </message>
    <message>
        <source>Graduates are counted for grades 9 and 11 only.</source>
        <translation>Graduates are counted for grades 9 and 11 only.</translation>
    </message>
    <message>
        <source>A placement with a partner is dual education, an internship or work.</source>
        <translation>A placement with a partner is dual education, an internship or work.</translation>
    </message>
    <message>
        <source>{placed} graduates are placed with partners for “{destination}”, but only {count} went there.</source>
        <translation>{placed} graduates are placed with partners for “{destination}”, but only {count} went there.</translation>
    </message>
    <message>
        <source>Say which academic year the graduates finished: fill it in the file or choose it for the import.</source>
        <translation>Say which academic year the graduates finished: fill it in the file or choose it for the import.</translation>
    </message>
    <message>
        <source>Partners took graduates of grade {grade}, but the grade's destinations are not filled in.</source>
        <translation>Partners took graduates of grade {grade}, but the grade's destinations are not filled in.</translation>
    </message>
    <message>
        <source>The file has no graduates to import.</source>
        <translation>The file has no graduates to import.</translation>
    </message>
    <message>
        <source>{who} has been importing into this school since {time}. Wait until that import has finished, then import again; nothing was written.</source>
        <translation>{who} has been importing into this school since {time}. Wait until that import has finished, then import again; nothing was written.</translation>
    </message>
    <message>
        <source>--map names the column “{name}”, which a {kind} file does not have. Use one of: {names}.</source>
        <translation>--map names the column “{name}”, which a {kind} file does not have. Use one of: {names}.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=HEADER pairs separated by commas, not “{text}”.</source>
        <translation>--map takes COLUMN=HEADER pairs separated by commas, not “{text}”.</translation>
    </message>
    <message>
        <source>“{value}” is not an activity type of this database; choose one from the list in the template.</source>
        <translation>“{value}” is not an activity type of this database; choose one from the list in the template.</translation>
    </message>
    <message>
        <source>This row repeats row {other}.</source>
        <translation>This row repeats row {other}.</translation>
    </message>
    <message>
        <source>A place starts at 1.</source>
        <translation>A place starts at 1.</translation>
    </message>
    <message>
        <source>{sections} sections, {criteria} criteria, scale {scale}; languages: {languages}; not carried over: {skipped}</source>
        <translation>{sections} sections, {criteria} criteria, scale {scale}; languages: {languages}; not carried over: {skipped}</translation>
    </message>
    <message>
        <source>“{value}” is not a class name; write it like 7-A (grades 1–11).</source>
        <translation>“{value}” is not a class name; write it like 7-A (grades 1–11).</translation>
    </message>
    <message>
        <source>the copy on this computer is final</source>
        <translation>the copy on this computer is final</translation>
    </message>
    <message>
        <source>the copy on this computer is newer</source>
        <translation>the copy on this computer is newer</translation>
    </message>
    <message>
        <source>this draft was deleted on this computer; it is not brought back</source>
        <translation>this draft was deleted on this computer; it is not brought back</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed where the package was made after that</source>
        <translation>deleted on this computer, but changed where the package was made after that</translation>
    </message>
    <message>
        <source>deleted on this computer as a draft, final in the package: brought back</source>
        <translation>deleted on this computer as a draft, final in the package: brought back</translation>
    </message>
    <message>
        <source>changed on both computers</source>
        <translation>changed on both computers</translation>
    </message>
    <message>
        <source>this observation belongs to another school in this database</source>
        <translation>this observation belongs to another school in this database</translation>
    </message>
    <message>
        <source>This row of the package is damaged: {reason}</source>
        <translation>This row of the package is damaged: {reason}</translation>
    </message>
    <message>
        <source>The checklist of this observation is missing from the package.</source>
        <translation>The checklist of this observation is missing from the package.</translation>
    </message>
    <message>
        <source>The sheet has no criterion columns (headed by the criterion number, like “1.1 …”). Use the observations template (File ▸ Export ▸ Template).</source>
        <translation>The sheet has no criterion columns (headed by the criterion number, like “1.1 …”). Use the observations template (File ▸ Export ▸ Template).</translation>
    </message>
    <message>
        <source>The lesson date {value} lies in the future.</source>
        <translation>The lesson date {value} lies in the future.</translation>
    </message>
    <message>
        <source>The lesson period must lie between 1 and {last}.</source>
        <translation>The lesson period must lie between 1 and {last}.</translation>
    </message>
    <message>
        <source>“{value}” is not a checklist of this database; choose one from the list in the template.</source>
        <translation>“{value}” is not a checklist of this database; choose one from the list in the template.</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose of a visit; choose one from the list in the template.</source>
        <translation>“{value}” is not a purpose of a visit; choose one from the list in the template.</translation>
    </message>
    <message>
        <source>The checklist “{checklist}” has no criterion {number}.</source>
        <translation>The checklist “{checklist}” has no criterion {number}.</translation>
    </message>
    <message>
        <source>Criterion {number}: “{value}” is not a level of this checklist; write one of {levels}, or N when it does not apply.</source>
        <translation>Criterion {number}: “{value}” is not a level of this checklist; write one of {levels}, or N when it does not apply.</translation>
    </message>
    <message>
        <source>The score is calculated from the criteria: write the level of each criterion in its column (the Score column is only compared with it).</source>
        <translation>The score is calculated from the criteria: write the level of each criterion in its column (the Score column is only compared with it).</translation>
    </message>
    <message>
        <source>The criteria give a score of {computed} %, the row says {value} %. Check the levels, or clear the Score cell.</source>
        <translation>The criteria give a score of {computed} %, the row says {value} %. Check the levels, or clear the Score cell.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft: no level for {numbers}</source>
        <translation>draft: no level for {numbers}</translation>
    </message>
    <message>
        <source>This lesson is in the database as a final observation, so every criterion needs a level or N; criteria without one: {numbers}.</source>
        <translation>This lesson is in the database as a final observation, so every criterion needs a level or N; criteria without one: {numbers}.</translation>
    </message>
    <message>
        <source>deleted where the package was made, but final here: a package never deletes a final observation</source>
        <translation>deleted where the package was made, but final here: a package never deletes a final observation</translation>
    </message>
    <message>
        <source>deleted where the package was made, but changed here after that</source>
        <translation>deleted where the package was made, but changed here after that</translation>
    </message>
    <message>
        <source>deleted where the package was made</source>
        <translation>deleted where the package was made</translation>
    </message>
    <message>
        <source>personnel number {number}: “{incoming}” in the package, “{local}” on this computer — “{incoming}” is added without the number</source>
        <translation>personnel number {number}: “{incoming}” in the package, “{local}” on this computer — “{incoming}” is added without the number</translation>
    </message>
    <message>
        <source>another person holds this personnel number on this computer</source>
        <translation>another person holds this personnel number on this computer</translation>
    </message>
    <message>
        <source>This row repeats row {other} (same class, subject, teacher, term).</source>
        <translation>This row repeats row {other} (same class, subject, teacher, term).</translation>
    </message>
    <message>
        <source>The file “{file}” clashes with records in this database ({detail}); nothing was written. Send the file and the database to support.</source>
        <translation>The file “{file}” clashes with records in this database ({detail}); nothing was written. Send the file and the database to support.</translation>
    </message>
    <message>
        <source>“{file}” is a school's package for the district. Receive it with File ▸ Receive school packages…, which adds its school and all its records.</source>
        <translation>“{file}” is a school's package for the district. Receive it with File ▸ Receive school packages…, which adds its school and all its records.</translation>
    </message>
    <message>
        <source>This database already has a school “{name}” ({district}) that is another school (another identity); the package was not merged. Rename one of them, or ask the school which it is.</source>
        <translation>This database already has a school “{name}” ({district}) that is another school (another identity); the package was not merged. Rename one of them, or ask the school which it is.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, of the package is damaged: {reason}</source>
        <translation>The sheet “{sheet}”, row {row}, of the package is damaged: {reason}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}: this record belongs to another school in this database.</source>
        <translation>The sheet “{sheet}”, row {row}: this record belongs to another school in this database.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, names a {what} the package does not carry.</source>
        <translation>The sheet “{sheet}”, row {row}, names a {what} the package does not carry.</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed at school after that</source>
        <translation>deleted on this computer, but changed at school after that</translation>
    </message>
    <message>
        <source>another school of this database has the same name</source>
        <translation>another school of this database has the same name</translation>
    </message>
    <message>
        <source>There is no quarter {term} of {year} in this file.</source>
        <translation>There is no quarter {term} of {year} in this file.</translation>
    </message>
    <message>
        <source>This observation no longer exists.</source>
        <translation>This observation no longer exists.</translation>
    </message>
    <message>
        <source>Choose the teacher whose lesson you saw.</source>
        <translation>Choose the teacher whose lesson you saw.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation>Choose a checklist.</translation>
    </message>
    <message>
        <source>The chosen class no longer exists.</source>
        <translation>The chosen class no longer exists.</translation>
    </message>
    <message>
        <source>The chosen subject no longer exists.</source>
        <translation>The chosen subject no longer exists.</translation>
    </message>
    <message>
        <source>A score belongs to a criterion of another checklist.</source>
        <translation>A score belongs to a criterion of another checklist.</translation>
    </message>
    <message>
        <source>Criterion {number}: {value} is not a level of this checklist.</source>
        <translation>Criterion {number}: {value} is not a level of this checklist.</translation>
    </message>
    <message>
        <source>This checklist takes no time-on-task snapshots.</source>
        <translation>This checklist takes no time-on-task snapshots.</translation>
    </message>
    <message>
        <source>Snapshot {number} is not one of this lesson.</source>
        <translation>Snapshot {number} is not one of this lesson.</translation>
    </message>
    <message>
        <source>Snapshot {number}: pupils off task must lie between 0 and {top}.</source>
        <translation>Snapshot {number}: pupils off task must lie between 0 and {top}.</translation>
    </message>
    <message>
        <source>The lesson date is in the future. Type the day of the lesson.</source>
        <translation>The lesson date is in the future. Type the day of the lesson.</translation>
    </message>
    <message>
        <source>The next steps are due before the lesson date. Type a later date or leave it empty.</source>
        <translation>The next steps are due before the lesson date. Type a later date or leave it empty.</translation>
    </message>
    <message>
        <source>This observation is final. Use Correct to change it, with a reason.</source>
        <translation>This observation is final. Use Correct to change it, with a reason.</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet ({numbers}). Give each a level or mark it N/A, then finalize.</source>
        <translation>{count} criteria have no level yet ({numbers}). Give each a level or mark it N/A, then finalize.</translation>
    </message>
    <message>
        <source>Say why the observation is corrected.</source>
        <translation>Say why the observation is corrected.</translation>
    </message>
    <message>
        <source>Only a final observation can be corrected.</source>
        <translation>Only a final observation can be corrected.</translation>
    </message>
    <message>
        <source>Someone else corrected this observation meanwhile. Open it again.</source>
        <translation>Someone else corrected this observation meanwhile. Open it again.</translation>
    </message>
    <message>
        <source>A final observation cannot be deleted; it can be corrected.</source>
        <translation>A final observation cannot be deleted; it can be corrected.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be saved: {problem}</source>
        <translation>The questionnaire cannot be saved: {problem}</translation>
    </message>
    <message>
        <source>This questionnaire is for another group.</source>
        <translation>This questionnaire is for another group.</translation>
    </message>
    <message>
        <source>This questionnaire no longer exists.</source>
        <translation>This questionnaire no longer exists.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire exists; edit that one.</source>
        <translation>A newer version of this questionnaire exists; edit that one.</translation>
    </message>
    <message>
        <source>There is no questionnaire for {group} in use.</source>
        <translation>There is no questionnaire for {group} in use.</translation>
    </message>
    <message>
        <source>The academic year {year} is not in this file.</source>
        <translation>The academic year {year} is not in this file.</translation>
    </message>
    <message>
        <source>Quarter {term} of {year} is not in this file.</source>
        <translation>Quarter {term} of {year} is not in this file.</translation>
    </message>
    <message>
        <source>Row {row}: fill in “{column}”.</source>
        <translation>Row {row}: fill in “{column}”.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a number, not “{value}”.</source>
        <translation>Row {row}: “{column}” must be a number, not “{value}”.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a whole number, not {value}.</source>
        <translation>Row {row}: “{column}” must be a whole number, not {value}.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” cannot be negative ({value}).</source>
        <translation>Row {row}: “{column}” cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>Row {row}: {marked} with a mark + {not_attested} not attested + {exempt} exempt = {used} pupils, more than the {size} pupils in the class.</source>
        <translation>Row {row}: {marked} with a mark + {not_attested} not attested + {exempt} exempt = {used} pupils, more than the {size} pupils in the class.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a class name; write it like 7-A.</source>
        <translation>Row {row}: “{value}” is not a class name; write it like 7-A.</translation>
    </message>
    <message>
        <source>Row {row}: there is no subject “{value}”; choose one from the list.</source>
        <translation>Row {row}: there is no subject “{value}”; choose one from the list.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several subjects ({candidates}); choose one.</source>
        <translation>Row {row}: “{value}” fits several subjects ({candidates}); choose one.</translation>
    </message>
    <message>
        <source>Row {row}: there is no teacher “{value}” in this school.</source>
        <translation>Row {row}: there is no teacher “{value}” in this school.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several teachers ({candidates}); choose one.</source>
        <translation>Row {row}: “{value}” fits several teachers ({candidates}); choose one.</translation>
    </message>
    <message>
        <source>Row {row}: the same class, subject and teacher as row {other}.</source>
        <translation>Row {row}: the same class, subject and teacher as row {other}.</translation>
    </message>
    <message>
        <source>Row {row}: this class, subject and teacher already have results in this term.</source>
        <translation>Row {row}: this class, subject and teacher already have results in this term.</translation>
    </message>
    <message>
        <source>Row {row}: {count} cells, but the table has only {columns} columns.</source>
        <translation>Row {row}: {count} cells, but the table has only {columns} columns.</translation>
    </message>
    <message>
        <source>This term or school is no longer in the database.</source>
        <translation>This term or school is no longer in the database.</translation>
    </message>
    <message>
        <source>A results row was deleted meanwhile; refresh and try again.</source>
        <translation>A results row was deleted meanwhile; refresh and try again.</translation>
    </message>
    <message>
        <source>The results could not be saved: {reason}. Check the rows.</source>
        <translation>The results could not be saved: {reason}. Check the rows.</translation>
    </message>
    <message>
        <source>This results row is no longer in the database.</source>
        <translation>This results row is no longer in the database.</translation>
    </message>
    <message>
        <source>A quarter is numbered 1 to 4, not {term}.</source>
        <translation>A quarter is numbered 1 to 4, not {term}.</translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation>The school no longer exists.</translation>
    </message>
    <message>
        <source>Cancelled while this file was being merged: nothing of it was written.</source>
        <translation>Cancelled while this file was being merged: nothing of it was written.</translation>
    </message>
    <message>
        <source>Not received: the batch was cancelled before it.</source>
        <translation>Not received: the batch was cancelled before it.</translation>
    </message>
    <message>
        <source>The package clashes with records in this database ({detail}); nothing of it was written.</source>
        <translation>The package clashes with records in this database ({detail}); nothing of it was written.</translation>
    </message>
    <message>
        <source>The folder “{folder}” holds no .xlsx files.</source>
        <translation>The folder “{folder}” holds no .xlsx files.</translation>
    </message>
    <message>
        <source>This school no longer exists.</source>
        <translation>This school no longer exists.</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <source>The school name is longer than {limit} characters.</source>
        <translation>The school name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>This file holds no school yet.</source>
        <translation>This file holds no school yet.</translation>
    </message>
    <message>
        <source>This file holds {count} schools; name one with --school.</source>
        <translation>This file holds {count} schools; name one with --school.</translation>
    </message>
    <message>
        <source>There is no school named “{name}” in this file.</source>
        <translation>There is no school named “{name}” in this file.</translation>
    </message>
    <message>
        <source>“{value}” is not a group; choose one of {choices}.</source>
        <translation>“{value}” is not a group; choose one of {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout; choose one of {choices}.</source>
        <translation>“{value}” is not a layout; choose one of {choices}.</translation>
    </message>
    <message>
        <source>Say which academic year and quarter the survey was in: fill them in the file or choose them for the import.</source>
        <translation>Say which academic year and quarter the survey was in: fill them in the file or choose them for the import.</translation>
    </message>
    <message>
        <source>The file was made from version {version} of the “{code}” questionnaire, which this database does not have. Make a new template and type the answers into it.</source>
        <translation>The file was made from version {version} of the “{code}” questionnaire, which this database does not have. Make a new template and type the answers into it.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number} (it has 1 to {last}).</source>
        <translation>The questionnaire has no statement {number} (it has 1 to {last}).</translation>
    </message>
    <message>
        <source>The file has no answers to import.</source>
        <translation>The file has no answers to import.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number}.</source>
        <translation>The questionnaire has no statement {number}.</translation>
    </message>
    <message>
        <source>The survey's quarter or size is wrong.</source>
        <translation>The survey's quarter or size is wrong.</translation>
    </message>
    <message>
        <source>There is no teacher with the id {id} in this file.</source>
        <translation>There is no teacher with the id {id} in this file.</translation>
    </message>
    <message>
        <source>Enter the teacher's name.</source>
        <translation>Enter the teacher's name.</translation>
    </message>
    <message>
        <source>A name needs letters, not only signs.</source>
        <translation>A name needs letters, not only signs.</translation>
    </message>
    <message>
        <source>The personnel number is longer than {limit} characters.</source>
        <translation>The personnel number is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Experience must be between 0 and {limit} years.</source>
        <translation>Experience must be between 0 and {limit} years.</translation>
    </message>
    <message>
        <source>The personnel number {number} already belongs to {name}.</source>
        <translation>The personnel number {number} already belongs to {name}.</translation>
    </message>
    <message>
        <source>{name} is already in the list. If this is another person, give both a personnel number.</source>
        <translation>{name} is already in the list. If this is another person, give both a personnel number.</translation>
    </message>
    <message>
        <source>A chosen subject is no longer in the database.</source>
        <translation>A chosen subject is no longer in the database.</translation>
    </message>
    <message>
        <source>The school “{school}” written in the file is not in this database.</source>
        <translation>The school “{school}” written in the file is not in this database.</translation>
    </message>
    <message>
        <source>Choose a school first.</source>
        <translation>Choose a school first.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this file.</source>
        <translation>There is no academic year {year} in this file.</translation>
    </message>
    <message>
        <source>There is no quarter {term} in this file.</source>
        <translation>There is no quarter {term} in this file.</translation>
    </message>
    <message>
        <source>Choose the teacher to visit.</source>
        <translation>Choose the teacher to visit.</translation>
    </message>
    <message>
        <source>Choose the month of the visit.</source>
        <translation>Choose the month of the visit.</translation>
    </message>
    <message>
        <source>The day of the visit must fall in the chosen month.</source>
        <translation>The day of the visit must fall in the chosen month.</translation>
    </message>
    <message>
        <source>This planned visit no longer exists.</source>
        <translation>This planned visit no longer exists.</translation>
    </message>
    <message>
        <source>The academic year {year} has no quarters.</source>
        <translation>The academic year {year} has no quarters.</translation>
    </message>
    <message>
        <source>Choose a quarter of the year.</source>
        <translation>Choose a quarter of the year.</translation>
    </message>
</context>
<context>
    <name>NetworkMenus</name>
    <message>
        <source>Send to the district…</source>
        <translation>Send to the district…</translation>
    </message>
    <message>
        <source>Receive school packages…</source>
        <translation>Receive school packages…</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Submissions…</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>What to suggest, who could help</source>
        <translation>What to suggest, who could help</translation>
    </message>
    <message>
        <source>No weak criteria yet: a few scored observations are needed.</source>
        <translation>No weak criteria yet: a few scored observations are needed.</translation>
    </message>
    <message>
        <source>Suggest: {step}</source>
        <translation>Suggest: {step}</translation>
    </message>
    <message>
        <source>The checklist has no next step for this criterion.</source>
        <translation>The checklist has no next step for this criterion.</translation>
    </message>
    <message>
        <source>No colleague of the same subject or department is strong in it yet.</source>
        <translation>No colleague of the same subject or department is strong in it yet.</translation>
    </message>
    <message>
        <source>Plan a peer visit</source>
        <translation>Plan a peer visit</translation>
    </message>
    <message>
        <source>Add to the visit plan: {teacher} visits a lesson of {mentor}</source>
        <translation>Add to the visit plan: {teacher} visits a lesson of {mentor}</translation>
    </message>
    <message>
        <source>same subject</source>
        <translation>same subject</translation>
    </message>
    <message>
        <source>same department</source>
        <translation>same department</translation>
    </message>
    <message>
        <source>{name} ({why}): {score} in {visits} visit(s)</source>
        <translation>{name} ({why}): {score} in {visits} visit(s)</translation>
    </message>
    <message>
        <source>Peer visit to learn: {criterion}</source>
        <translation>Peer visit to learn: {criterion}</translation>
    </message>
    <message>
        <source>Planned for {month}: {teacher} visits a lesson of {mentor}.</source>
        <translation>Planned for {month}: {teacher} visits a lesson of {mentor}.</translation>
    </message>
</context>
<context>
    <name>ObservationConflict</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Lesson period</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Criterion {number}</source>
        <translation>Criterion {number}</translation>
    </message>
</context>
<context>
    <name>ObservationFilters</name>
    <message>
        <source>Search teacher, class, subject, topic…</source>
        <translation>Search teacher, class, subject, topic…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>All teachers</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>All observers</source>
        <translation>All observers</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <source>Draft and final</source>
        <translation>Draft and final</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>All bands</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} of {total} shown</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Change the checklist</source>
        <translation>Change the checklist</translation>
    </message>
    <message>
        <source>The levels given so far belong to the other checklist and will be cleared. Change the checklist?</source>
        <translation>The levels given so far belong to the other checklist and will be cleared. Change the checklist?</translation>
    </message>
    <message>
        <source>Calibration session: {note}</source>
        <translation>Calibration session: {note}</translation>
    </message>
    <message>
        <source>Co-observed lesson: compare the observers in Observations ▸ Calibration…</source>
        <translation>Co-observed lesson: compare the observers in Observations ▸ Calibration…</translation>
    </message>
    <message>
        <source>Choose the teacher first: the observation is saved once it has a teacher.</source>
        <translation>Choose the teacher first: the observation is saved once it has a teacher.</translation>
    </message>
    <message>
        <source>Not saved: choose the teacher first.</source>
        <translation>Not saved: choose the teacher first.</translation>
    </message>
    <message>
        <source>Choose a checklist first: the observation is saved once it has one.</source>
        <translation>Choose a checklist first: the observation is saved once it has one.</translation>
    </message>
    <message>
        <source>Not saved: choose a checklist first.</source>
        <translation>Not saved: choose a checklist first.</translation>
    </message>
    <message>
        <source>The correction is not saved yet: Save correction keeps it, Cancel correction leaves the observation as it was.</source>
        <translation>The correction is not saved yet: Save correction keeps it, Cancel correction leaves the observation as it was.</translation>
    </message>
    <message>
        <source>Save the observation</source>
        <translation>Save the observation</translation>
    </message>
    <message>
        <source>{reason} What you typed stays in the form.</source>
        <translation>{reason} What you typed stays in the form.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Someone else saved this observation</source>
        <translation>Someone else saved this observation</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this observation meanwhile.</source>
        <translation>Not saved: someone else saved this observation meanwhile.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet. Give each a level or mark it N/A (key N).</source>
        <translation>{count} criteria have no level yet. Give each a level or mark it N/A (key N).</translation>
    </message>
    <message>
        <source>Finalize the observation</source>
        <translation>Finalize the observation</translation>
    </message>
    <message>
        <source>Finalize this observation now? It becomes read-only; a later change needs a reason and is kept as a correction. Enter finalizes, Esc goes back to it.</source>
        <translation>Finalize this observation now? It becomes read-only; a later change needs a reason and is kept as a correction. Enter finalizes, Esc goes back to it.</translation>
    </message>
    <message>
        <source>Finalize now</source>
        <translation>Finalize now</translation>
    </message>
    <message>
        <source>Observation finalized.</source>
        <translation>Observation finalized.</translation>
    </message>
    <message>
        <source>Correct the observation</source>
        <translation>Correct the observation</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason is kept with the observation.</source>
        <translation>Why is it corrected? The reason is kept with the observation.</translation>
    </message>
    <message>
        <source>Nothing was changed; the observation stays as it was.</source>
        <translation>Nothing was changed; the observation stays as it was.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Discard the changes of this correction? The observation stays as it was.</source>
        <translation>Discard the changes of this correction? The observation stays as it was.</translation>
    </message>
    <message>
        <source>Correction cancelled; nothing was changed.</source>
        <translation>Correction cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Leave the observation</source>
        <translation>Leave the observation</translation>
    </message>
    <message>
        <source>{reason} Leave it and lose what you typed?</source>
        <translation>{reason} Leave it and lose what you typed?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save or cancel the correction first: the report shows what is saved.</source>
        <translation>Save or cancel the correction first: the report shows what is saved.</translation>
    </message>
    <message>
        <source>Choose the teacher first.</source>
        <translation>Choose the teacher first.</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <source>{reason} Close anyway and lose what you typed? Choose No to go back to the observation.</source>
        <translation>{reason} Close anyway and lose what you typed? Choose No to go back to the observation.</translation>
    </message>
    <message>
        <source>The observation you started is kept here; nothing was lost.</source>
        <translation>The observation you started is kept here; nothing was lost.</translation>
    </message>
</context>
<context>
    <name>ObservationHeader</name>
    <message>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>What the lesson was about</source>
        <translation>What the lesson was about</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Teacher*</translation>
    </message>
    <message>
        <source>Date*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Lesson period</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Checklist*</source>
        <translation>Checklist*</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (left)</translation>
    </message>
    <message>
        <source>Choose the teacher: the draft is saved once a teacher is chosen.</source>
        <translation>Choose the teacher: the draft is saved once a teacher is chosen.</translation>
    </message>
</context>
<context>
    <name>ObservationLabels</name>
    <message>
        <source>Planned internal control</source>
        <translation>Planned internal control</translation>
    </message>
    <message>
        <source>Thematic check</source>
        <translation>Thematic check</translation>
    </message>
    <message>
        <source>Support and mentoring</source>
        <translation>Support and mentoring</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Peer visit</source>
        <translation>Peer visit</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Needs improvement</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Unsatisfactory</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Yearly round</source>
        <translation>Yearly round</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Low score</translation>
    </message>
    <message>
        <source>Dual education and employer cooperation</source>
        <translation>Dual education and employer cooperation</translation>
    </message>
    <message>
        <source>Innovative pedagogical technologies</source>
        <translation>Innovative pedagogical technologies</translation>
    </message>
    <message>
        <source>Personalised education</source>
        <translation>Personalised education</translation>
    </message>
    <message>
        <source>Project-based education</source>
        <translation>Project-based education</translation>
    </message>
    <message>
        <source>Practice and internships</source>
        <translation>Practice and internships</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Assessment and reflection</source>
        <translation>Assessment and reflection</translation>
    </message>
    <message>
        <source>Continuous professional development</source>
        <translation>Continuous professional development</translation>
    </message>
</context>
<context>
    <name>ObservationListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status}, corrected</source>
        <translation>{status}, corrected</translation>
    </message>
</context>
<context>
    <name>ObservationPrinting</name>
    <message>
        <source>Lesson observation</source>
        <translation>Lesson observation</translation>
    </message>
    <message>
        <source>observations.pdf</source>
        <translation>observations.pdf</translation>
    </message>
    <message>
        <source>Save the observation as PDF</source>
        <translation>Save the observation as PDF</translation>
    </message>
</context>
<context>
    <name>ObservationReport</name>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>DRAFT — not finalized</source>
        <translation>DRAFT — not finalized</translation>
    </message>
    <message>
        <source>Lesson observation</source>
        <translation>Lesson observation</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Lesson period</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(due {date})</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Correction {number} of {date} by {who}: {reason}</source>
        <translation>Correction {number} of {date} by {who}: {reason}</translation>
    </message>
    <message>
        <source>I have read the observation</source>
        <translation>I have read the observation</translation>
    </message>
    <message>
        <source>Record digest {digest}: “eduqa audit verify --digest {digest}” checks that the record of this observation has not been edited since it was printed.</source>
        <translation>Record digest {digest}: “eduqa audit verify --digest {digest}” checks that the record of this observation has not been edited since it was printed.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
</context>
<context>
    <name>ObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Checklists…</source>
        <translation>Checklists…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>Observe a lesson (Ctrl+N)</source>
        <translation>Observe a lesson (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>A new observation prefilled from the chosen one</source>
        <translation>A new observation prefilled from the chosen one</translation>
    </message>
    <message>
        <source>Co-observe</source>
        <translation>Co-observe</translation>
    </message>
    <message>
        <source>Another observer's record of the same lesson, to compare the two</source>
        <translation>Another observer's record of the same lesson, to compare the two</translation>
    </message>
    <message>
        <source>Calibration…</source>
        <translation>Calibration…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The chosen observations on a printer</source>
        <translation>The chosen observations on a printer</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The chosen observations as PDF</source>
        <translation>The chosen observations as PDF</translation>
    </message>
    <message>
        <source>No school is set up in this file yet.</source>
        <translation>No school is set up in this file yet.</translation>
    </message>
    <message>
        <source>No observations yet.</source>
        <translation>No observations yet.</translation>
    </message>
    <message>
        <source>Observe a lesson</source>
        <translation>Observe a lesson</translation>
    </message>
    <message>
        <source>No observation matches the filters.</source>
        <translation>No observation matches the filters.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Delete the draft of {teacher} of {date}?</source>
        <translation>Delete the draft of {teacher} of {date}?</translation>
    </message>
    <message>
        <source>Delete {count} drafts?</source>
        <translation>Delete {count} drafts?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose the observations to print in the list.</source>
        <translation>Choose the observations to print in the list.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for “{login}”</source>
        <translation>New password for “{login}”</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>PlannedVisitDialog</name>
    <message>
        <source>Planned visit</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Teacher*</translation>
    </message>
    <message>
        <source>Month*</source>
        <translation>Month*</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Choose the teacher.</translation>
    </message>
    <message>
        <source>The day must fall in the chosen month.</source>
        <translation>The day must fall in the chosen month.</translation>
    </message>
</context>
<context>
    <name>PlannedVisitNote</name>
    <message>
        <source>This observation is the visit planned for {month} ({purpose}).</source>
        <translation>This observation is the visit planned for {month} ({purpose}).</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} ({purpose}). Once final, this observation counts as it.</source>
        <translation>A visit to this teacher is planned for {month} ({purpose}). Once final, this observation counts as it.</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} as {planned}; this observation is {purpose}. Once final, it counts as that visit.</source>
        <translation>A visit to this teacher is planned for {month} as {planned}; this observation is {purpose}. Once final, it counts as that visit.</translation>
    </message>
    <message>
        <source>The visit planned for {month} was made on {day}.</source>
        <translation>The visit planned for {month} was made on {day}.</translation>
    </message>
    <message>
        <source>Make it {purpose}</source>
        <translation>Make it {purpose}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not print “{title}”. Check it and try again.</source>
        <translation>The printer could not print “{title}”. Check it and try again.</translation>
    </message>
    <message>
        <source>“{title}” sent to {printer}</source>
        <translation>“{title}” sent to {printer}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality of knowledge by subject — {period}</source>
        <translation>Quality of knowledge by subject — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a subject to see its classes and teachers.</source>
        <translation>Weakest first. Click a subject to see its classes and teachers.</translation>
    </message>
    <message>
        <source>Quality of knowledge by grade — {period}</source>
        <translation>Quality of knowledge by grade — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a grade to see its classes and teachers.</source>
        <translation>Weakest first. Click a grade to see its classes and teachers.</translation>
    </message>
    <message>
        <source>All: {value}</source>
        <translation>All: {value}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Click to see its classes and teachers.</source>
        <translation>Click to see its classes and teachers.</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>Other (summed)</source>
        <translation>Other (summed)</translation>
    </message>
    <message>
        <source>{name}: classes and teachers — {period}</source>
        <translation>{name}: classes and teachers — {period}</translation>
    </message>
    <message>
        <source>Quality of knowledge, weakest first.</source>
        <translation>Quality of knowledge, weakest first.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Version and survey rounds</source>
        <translation>Version and survey rounds</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>Import .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{group} · version {version}</source>
        <translation>{group} · version {version}</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Out of date: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire?</source>
        <translation>Save the changes to this questionnaire?</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{version} (in use)</source>
        <translation>{version} (in use)</translation>
    </message>
    <message>
        <source>No survey answered with it yet</source>
        <translation>No survey answered with it yet</translation>
    </message>
    <message>
        <source>{year}, quarter {term} · {school}</source>
        <translation>{year}, quarter {term} · {school}</translation>
    </message>
    <message>
        <source>Respondents: {count}</source>
        <translation>Respondents: {count}</translation>
    </message>
    <message>
        <source>Version {version}, surveys answered with it: {count}. Saving makes version {next}; those surveys keep version {version}.</source>
        <translation>Version {version}, surveys answered with it: {count}. Saving makes version {next}; those surveys keep version {version}.</translation>
    </message>
    <message>
        <source>Version {version}, no survey answered with it yet.</source>
        <translation>Version {version}, no survey answered with it yet.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Surveys answered with this questionnaire: {count}. Save the changes as version {next}? Those surveys keep version {version}.</source>
        <translation>Surveys answered with this questionnaire: {count}. Save the changes as version {next}? Those surveys keep version {version}.</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Import a questionnaire</translation>
    </message>
    <message>
        <source>questionnaire-{group}-v{version}.xlsx</source>
        <translation>questionnaire-{group}-v{version}.xlsx</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Export the questionnaire</translation>
    </message>
</context>
<context>
    <name>QuestionnairePrintDialog</name>
    <message>
        <source>Print a questionnaire</source>
        <translation>Print a questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire for:</source>
        <translation>Questionnaire for:</translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation>Language of the form:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>The PDF could not be written. Close it or choose another folder.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSpecEditor</name>
    <message>
        <source>Texts in</source>
        <translation>Texts in</translation>
    </message>
    <message>
        <source>They are up to date</source>
        <translation>They are up to date</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>The texts in those languages were checked: remove the mark</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Add statement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanisms</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Out of date after a change in another language: {languages}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive school packages</source>
        <translation>Receive school packages</translation>
    </message>
    <message>
        <source>Add the packages the schools sent (files, or a whole folder; you can also drag them here). Each package goes in on its own: one that is damaged or altered is refused and the others still go in.</source>
        <translation>Add the packages the schools sent (files, or a whole folder; you can also drag them here). Each package goes in on its own: one that is damaged or altered is refused and the others still go in.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>This file: %p%</translation>
    </message>
    <message>
        <source>All files: %v of %m</source>
        <translation>All files: %v of %m</translation>
    </message>
    <message>
        <source>Refusals are listed here.</source>
        <translation>Refusals are listed here.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Check first</translation>
    </message>
    <message>
        <source>Read the packages and list the conflicts; nothing is written</source>
        <translation>Read the packages and list the conflicts; nothing is written</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Who has sent…</source>
        <translation>Who has sent…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Choose the school packages</source>
        <translation>Choose the school packages</translation>
    </message>
    <message>
        <source>Choose the folder of packages</source>
        <translation>Choose the folder of packages</translation>
    </message>
    <message>
        <source>Checking school packages…</source>
        <translation>Checking school packages…</translation>
    </message>
    <message>
        <source>Receiving school packages…</source>
        <translation>Receiving school packages…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>receiving…</translation>
    </message>
    <message>
        <source>Not sent yet: {names}</source>
        <translation>Not sent yet: {names}</translation>
    </message>
    <message>
        <source>Every school has sent its package.</source>
        <translation>Every school has sent its package.</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>refused: nothing written</translation>
    </message>
    <message>
        <source>checked: would be received</source>
        <translation>checked: would be received</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>{file}: {n} records deleted at school were deleted here too</source>
        <translation>{file}: {n} records deleted at school were deleted here too</translation>
    </message>
    <message>
        <source>The packages could not be received.</source>
        <translation>The packages could not be received.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups are made before every import, package received, upgrade and restore, in the folder {folder}. Choose one to see what restoring it would change.</source>
        <translation>Backups are made before every import, package received, upgrade and restore, in the folder {folder}. Choose one to see what restoring it would change.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Restoring it would change nothing: every table has as many rows.</source>
        <translation>Restoring it would change nothing: every table has as many rows.</translation>
    </message>
    <message>
        <source>Restoring it would change (now → after restoring):</source>
        <translation>Restoring it would change (now → after restoring):</translation>
    </message>
    <message>
        <source>Replace the database with {what}? Its present state is backed up first, so this restore can itself be undone.</source>
        <translation>Replace the database with {what}? Its present state is backed up first, so this restore can itself be undone.</translation>
    </message>
    <message>
        <source>the backup of {date}</source>
        <translation>the backup of {date}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>an import ({kind})</source>
        <translation>an import ({kind})</translation>
    </message>
    <message>
        <source>an upgrade of the database</source>
        <translation>an upgrade of the database</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>a restore</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>a school package received</source>
        <translation>a school package received</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>Result rows</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Criterion scores</source>
        <translation>Criterion scores</translation>
    </message>
    <message>
        <source>Record of changes</source>
        <translation>Record of changes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Pupils in the class</source>
        <translation>Pupils in the class</translation>
    </message>
    <message>
        <source>Pupils with 5</source>
        <translation>Pupils with 5</translation>
    </message>
    <message>
        <source>Pupils with 4</source>
        <translation>Pupils with 4</translation>
    </message>
    <message>
        <source>Pupils with 3</source>
        <translation>Pupils with 3</translation>
    </message>
    <message>
        <source>Pupils with 2</source>
        <translation>Pupils with 2</translation>
    </message>
    <message>
        <source>Pupils with 1</source>
        <translation>Pupils with 1</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Not attested</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
</context>
<context>
    <name>ResultConflict</name>
    <message>
        <source>{marks} of {size}</source>
        <translation>{marks} of {size}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation>Quarter {number}, {year}</translation>
    </message>
</context>
<context>
    <name>ResultsGridModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Pass rate: (5 + 4 + 3) ÷ N</source>
        <translation>Pass rate: (5 + 4 + 3) ÷ N</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Quality of knowledge: (5 + 4) ÷ N</source>
        <translation>Quality of knowledge: (5 + 4) ÷ N</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Degree of learning (SOU), Simonov's weights</source>
        <translation>Degree of learning (SOU), Simonov's weights</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Average grade of the pupils with a mark</source>
        <translation>Average grade of the pupils with a mark</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Not attested</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Class, like 7-A</source>
        <translation>Class, like 7-A</translation>
    </message>
    <message>
        <source>Not attested: no term mark; counted in N, not passed</source>
        <translation>Not attested: no term mark; counted in N, not passed</translation>
    </message>
    <message>
        <source>Exempt: left out of every indicator</source>
        <translation>Exempt: left out of every indicator</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Changed, not saved yet</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results of the term</source>
        <translation>Results of the term</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the indicator tables as PDF (Ctrl+P)</source>
        <translation>Save the indicator tables as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Search class, subject, teacher…</source>
        <translation>Search class, subject, teacher…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Add a row for a class and subject</source>
        <translation>Add a row for a class and subject</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected rows (when you save)</source>
        <translation>Delete the selected rows (when you save)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel from the current cell on (Ctrl+V)</source>
        <translation>Paste cells copied from Excel from the current cell on (Ctrl+V)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Forget the changes not saved yet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>No school in this database yet.</source>
        <translation>No school in this database yet.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this term were kept: save or discard them.</source>
        <translation>Your unsaved changes to this term were kept: save or discard them.</translation>
    </message>
    <message>
        <source>No terms in this database yet.</source>
        <translation>No terms in this database yet.</translation>
    </message>
    <message>
        <source>No results for this term — Enter results or Import from Excel</source>
        <translation>No results for this term — Enter results or Import from Excel</translation>
    </message>
    <message>
        <source>⚠ Rows that cannot be saved yet: {count}</source>
        <translation>⚠ Rows that cannot be saved yet: {count}</translation>
    </message>
    <message>
        <source>…and {count} more (point at a row number to read them).</source>
        <translation>…and {count} more (point at a row number to read them).</translation>
    </message>
    <message>
        <source>Correct the rows marked ⚠ first</source>
        <translation>Correct the rows marked ⚠ first</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Save the changed rows (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pasted: {changed} rows changed, {added} rows added.</source>
        <translation>Pasted: {changed} rows changed, {added} rows added.</translation>
    </message>
    <message>
        <source>Cells beyond the last column were left out.</source>
        <translation>Cells beyond the last column were left out.</translation>
    </message>
    <message>
        <source>Forget the changes to this term that are not saved?</source>
        <translation>Forget the changes to this term that are not saved?</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Results not saved</translation>
    </message>
    <message>
        <source>Saved: {created} new, {updated} changed, {deleted} deleted rows.</source>
        <translation>Saved: {created} new, {updated} changed, {deleted} deleted rows.</translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>New classes: {names}.</translation>
    </message>
    <message>
        <source>Choose File ▸ Import… to import results from Excel.</source>
        <translation>Choose File ▸ Import… to import results from Excel.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>There are no saved results in this term yet.</source>
        <translation>There are no saved results in this term yet.</translation>
    </message>
    <message>
        <source>Save the indicators as PDF</source>
        <translation>Save the indicators as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>{term}, change from {previous}</source>
        <translation>{term}, change from {previous}</translation>
    </message>
    <message>
        <source>Pupils' results — {school}</source>
        <translation>Pupils' results — {school}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Marks (N)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <source>N: marks, one for each pupil in each subject, a mark or not attested. Pass rate (5+4+3)/N, quality (5+4)/N, SOU with Simonov's weights; totals from summed counts. Change in points.</source>
        <translation>N: marks, one for each pupil in each subject, a mark or not attested. Pass rate (5+4+3)/N, quality (5+4)/N, SOU with Simonov's weights; totals from summed counts. Change in points.</translation>
    </message>
    <message>
        <source>Someone else saved these results</source>
        <translation>Someone else saved these results</translation>
    </message>
</context>
<context>
    <name>RoleView</name>
    <message>
        <source>Your account may not do this.</source>
        <translation>Your account may not do this.</translation>
    </message>
</context>
<context>
    <name>SafetyMenus</name>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Verify the record of changes</source>
        <translation>Verify the record of changes</translation>
    </message>
    <message>
        <source>The record of changes is whole: {count} entries, each holding the fingerprint of the one before. Nothing was edited behind the program's back.</source>
        <translation>The record of changes is whole: {count} entries, each holding the fingerprint of the one before. Nothing was edited behind the program's back.</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>the entry before it was removed or changed</translation>
    </message>
    <message>
        <source>The record of changes was edited outside the program: it breaks at entry {entry} ({why}). What it says from there on cannot be trusted; keep a copy of the file and tell whoever is responsible for the data.</source>
        <translation>The record of changes was edited outside the program: it breaks at entry {entry} ({why}). What it says from there on cannot be trusted; keep a copy of the file and tell whoever is responsible for the data.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>This database is not a file; restore it with its server's own tools.</source>
        <translation>This database is not a file; restore it with its server's own tools.</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Save or discard them first.</source>
        <translation>{tabs}: some changes are not saved yet. Save or discard them first.</translation>
    </message>
    <message>
        <source>Restored from {source}; the state before is kept as {kept}.</source>
        <translation>Restored from {source}; the state before is kept as {kept}.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>What the observer sees</source>
        <translation>What the observer sees</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Add level</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Remove last level</translation>
    </message>
    <message>
        <source>Values are whole numbers from 0 to 10, increasing.</source>
        <translation>Values are whole numbers from 0 to 10, increasing.</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <source>Lessons and results by school — {period}</source>
        <translation>Lessons and results by school — {period}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Lessons and results by teacher — {period}</source>
        <translation>Lessons and results by teacher — {period}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Average observation score against quality of knowledge; one point each.</source>
        <translation>Average observation score against quality of knowledge; one point each.</translation>
    </message>
    <message>
        <source>{name}
Average observation score: {score} ({lessons} lessons)
Quality of knowledge: {quality} ({pupils} pupils)</source>
        <translation>{name}
Average observation score: {score} ({lessons} lessons)
Quality of knowledge: {quality} ({pupils} pupils)</translation>
    </message>
    <message>
        <source>Average observation score, %</source>
        <translation>Average observation score, %</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Quality of knowledge, %</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Lessons observed</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Pupils assessed</translation>
    </message>
</context>
<context>
    <name>SchoolProfile</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>School profile: {school}</source>
        <translation>School profile: {school}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>compared with {period}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Lessons observed</translation>
    </message>
    <message>
        <source>Teachers needing attention</source>
        <translation>Teachers needing attention</translation>
    </message>
    <message>
        <source>Professional development up to date</source>
        <translation>Professional development up to date</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>All statements</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share}, teachers {other}.</source>
        <translation>{dimension}: {group} {share}, teachers {other}.</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Further study</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>With a partner organisation</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Graduates</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>No graduate was placed with a partner organisation.</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Partner organisations:</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Where the graduates went</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>Where the graduates of {year} went</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>The quarter in figures</translation>
    </message>
    <message>
        <source>No results or observations in this quarter yet.</source>
        <translation>No results or observations in this quarter yet.</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>How parents, pupils, teachers and employers see the school</translation>
    </message>
    <message>
        <source>No survey yet.</source>
        <translation>No survey yet.</translation>
    </message>
    <message>
        <source>No graduates entered yet.</source>
        <translation>No graduates entered yet.</translation>
    </message>
    <message>
        <source>made {date}</source>
        <translation>made {date}</translation>
    </message>
</context>
<context>
    <name>SchoolProfileDialog</name>
    <message>
        <source>School profile</source>
        <translation>School profile</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No survey yet — File ▸ Surveys: print a questionnaire, then import it.</source>
        <translation>No survey yet — File ▸ Surveys: print a questionnaire, then import it.</translation>
    </message>
    <message>
        <source>No graduates entered yet — File ▸ Surveys ▸ Where the graduates went…</source>
        <translation>No graduates entered yet — File ▸ Surveys ▸ Where the graduates went…</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>The quarter in figures</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>How parents, pupils, teachers and employers see the school</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Where the graduates went</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>The PDF could not be written. Close it or choose another folder.</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order of the schools</source>
        <translation>Order of the schools</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Lowest first</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Highest first</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Schools compared: quality of knowledge — {period}</source>
        <translation>Schools compared: quality of knowledge — {period}</translation>
    </message>
    <message>
        <source>Click a school to show it alone.</source>
        <translation>Click a school to show it alone.</translation>
    </message>
    <message>
        <source>Click to show this school alone.</source>
        <translation>Click to show this school alone.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>All schools: {value}</source>
        <translation>All schools: {value}</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>The chosen school</source>
        <translation>The chosen school</translation>
    </message>
    <message>
        <source>Other schools (summed)</source>
        <translation>Other schools (summed)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Keys: {first}–{last} level · {na} not applicable · ⌫ clear · ↑↓ move · Tab comment · Ctrl+Enter finalize</source>
        <translation>Keys: {first}–{last} level · {na} not applicable · ⌫ clear · ↑↓ move · Tab comment · Ctrl+Enter finalize</translation>
    </message>
    <message>
        <source>{answered} of {total} criteria answered</source>
        <translation>{answered} of {total} criteria answered</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to the district</source>
        <translation>Send to the district</translation>
    </message>
    <message>
        <source>One Excel file with everything the district needs for the period: a cover and readable sheets for people, and the records themselves for the district's program. Send the file as it is; a changed file is refused.</source>
        <translation>One Excel file with everything the district needs for the period: a cover and readable sheets for people, and the records themselves for the district's program. Send the file as it is; a changed file is refused.</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Save the package…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Set up or choose a school first.</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Save the package as</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Package saved: {path} ({teachers} teachers, {results} results rows, {observations} observations)</source>
        <translation>Package saved: {path} ({teachers} teachers, {results} results rows, {observations} observations)</translation>
    </message>
    <message>
        <source>The package could not be written.</source>
        <translation>The package could not be written.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>As in the system</translation>
    </message>
    <message>
        <source>Shown as the observer on new observations</source>
        <translation>Shown as the observer on new observations</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The database is already open</source>
        <translation>The database is already open</translation>
    </message>
    <message>
        <source>“{name}” is already open in another EduQA Desktop window. A database is opened in one window at a time, so that no change is lost.

Bring that window forward?</source>
        <translation>“{name}” is already open in another EduQA Desktop window. A database is opened in one window at a time, so that no change is lost.

Bring that window forward?</translation>
    </message>
    <message>
        <source>The other window did not answer. Switch to it from the taskbar.</source>
        <translation>The other window did not answer. Switch to it from the taskbar.</translation>
    </message>
</context>
<context>
    <name>SnapshotGrid</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Time-on-task snapshots</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Pupils off task</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Snapshot {number}: from {start} to {end} on the lesson timer</source>
        <translation>Snapshot {number}: from {start} to {end} on the lesson timer</translation>
    </message>
</context>
<context>
    <name>SnapshotLabels</name>
    <message>
        <source>Explaining</source>
        <translation>Explaining</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Questioning</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Organising</source>
        <translation>Organising</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Teacher off task</source>
        <translation>Teacher off task</translation>
    </message>
    <message>
        <source>0–1 off task</source>
        <translation>0–1 off task</translation>
    </message>
    <message>
        <source>2–5 off task</source>
        <translation>2–5 off task</translation>
    </message>
    <message>
        <source>6+ off task</source>
        <translation>6+ off task</translation>
    </message>
    <message>
        <source>No materials</source>
        <translation>No materials</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Textbook</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Computer, ICT</source>
        <translation>Computer, ICT</translation>
    </message>
    <message>
        <source>Other materials</source>
        <translation>Other materials</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Time on task</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Classroom management</source>
        <translation>Classroom management</translation>
    </message>
    <message>
        <source>Pupils engaged (0–1 off task)</source>
        <translation>Pupils engaged (0–1 off task)</translation>
    </message>
    <message>
        <source>reference ≥ {value}</source>
        <translation>reference ≥ {value}</translation>
    </message>
    <message>
        <source>reference ≤ {value}</source>
        <translation>reference ≤ {value}</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>misses</translation>
    </message>
    <message>
        <source>{coded} of {count} snapshots coded</source>
        <translation>{coded} of {count} snapshots coded</translation>
    </message>
</context>
<context>
    <name>SnapshotStrip</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Time-on-task snapshots</translation>
    </message>
    <message>
        <source>Lesson timer</source>
        <translation>Lesson timer</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>Start timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot due</source>
        <translation>Snapshot due</translation>
    </message>
    <message>
        <source>Pause timer (Ctrl+T)</source>
        <translation>Pause timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot {number} is due ({start}–{end}): press F9</source>
        <translation>Snapshot {number} is due ({start}–{end}): press F9</translation>
    </message>
    <message>
        <source>Ctrl+T starts the lesson timer</source>
        <translation>Ctrl+T starts the lesson timer</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Pupils off task</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>{row}: {codes}. ⌫ clear · +/− minute · Esc back to the checklist</source>
        <translation>{row}: {codes}. ⌫ clear · +/− minute · Esc back to the checklist</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (left)</translation>
    </message>
    <message>
        <source>Number {rank} on the attention list: open the profile to see why</source>
        <translation>Number {rank} on the attention list: open the profile to see why</translation>
    </message>
    <message>
        <source>Open the profile to see why</source>
        <translation>Open the profile to see why</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Experience,
years</source>
        <translation>Experience,
years</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Years of experience</translation>
    </message>
    <message>
        <source>Lessons
observed</source>
        <translation>Lessons
observed</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Average
score</translation>
    </message>
    <message>
        <source>Quality of
knowledge</source>
        <translation>Quality of
knowledge</translation>
    </message>
    <message>
        <source>Last
course</source>
        <translation>Last
course</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Final lesson observations from {start} to {end}</source>
        <translation>Final lesson observations from {start} to {end}</translation>
    </message>
    <message>
        <source>Average score of the observations from {start} to {end}</source>
        <translation>Average score of the observations from {start} to {end}</translation>
    </message>
    <message>
        <source>Quality of knowledge in {period}</source>
        <translation>Quality of knowledge in {period}</translation>
    </message>
    <message>
        <source>Last professional-development course up to {date}</source>
        <translation>Last professional-development course up to {date}</translation>
    </message>
    <message>
        <source>Flags as of {date}</source>
        <translation>Flags as of {date}</translation>
    </message>
</context>
<context>
    <name>StaffTermChoice</name>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (no results)</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>as of {date}</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {total}; missing: {missing}</source>
        <translation>Arrived: {arrived} of {total}; missing: {missing}</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Save the list as</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import a survey</source>
        <translation>Import a survey</translation>
    </message>
    <message>
        <source>The filled survey template (.xlsx)</source>
        <translation>The filled survey template (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled survey template.</source>
        <translation>Choose the filled survey template.</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>As written in the file</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>Quarter {number}</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>{group}, {school}, {year}, quarter {term}: {respondents} respondents, {statements} statements answered.</source>
        <translation>{group}, {school}, {year}, quarter {term}: {respondents} respondents, {statements} statements answered.</translation>
    </message>
    <message>
        <source>The same answers are already in the database.</source>
        <translation>The same answers are already in the database.</translation>
    </message>
    <message>
        <source>It replaces this group's survey of that quarter.</source>
        <translation>It replaces this group's survey of that quarter.</translation>
    </message>
    <message>
        <source>Fewer than {minimum} answered: the results will be kept but not shown.</source>
        <translation>Fewer than {minimum} answered: the results will be kept but not shown.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>All statements</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Agree (4–5)</source>
        <translation>Agree (4–5)</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Mean (1–5)</translation>
    </message>
</context>
<context>
    <name>SurveySettingsPage</name>
    <message>
        <source>respondents</source>
        <translation>respondents</translation>
    </message>
    <message>
        <source>A group's answers are shown only when at least this many answered, so that no answer can be traced back to a person. Surveys with fewer are kept but not shown.</source>
        <translation>A group's answers are shown only when at least this many answered, so that no answer can be traced back to a person. Surveys with fewer are kept but not shown.</translation>
    </message>
    <message>
        <source>Show results from:</source>
        <translation>Show results from:</translation>
    </message>
</context>
<context>
    <name>SurveyTemplateDialog</name>
    <message>
        <source>Blank survey template</source>
        <translation>Blank survey template</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>Quarter {number}</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>survey-{group}.xlsx</source>
        <translation>survey-{group}.xlsx</translation>
    </message>
    <message>
        <source>Save the survey template</source>
        <translation>Save the survey template</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>The file could not be written. Close it in Excel or choose another folder.</translation>
    </message>
</context>
<context>
    <name>TeacherConflict</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Experience, years</translation>
    </message>
    <message>
        <source>Last PD course</source>
        <translation>Last PD course</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <source>Add a teacher</source>
        <translation>Add a teacher</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Edit teacher</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Surname Name Patronymic</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Choose or type a new one</translation>
    </message>
    <message>
        <source>Find a subject…</source>
        <translation>Find a subject…</translation>
    </message>
    <message>
        <source>Leave “—” when no course is known</source>
        <translation>Leave “—” when no course is known</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Last professional-development course</source>
        <translation>Last professional-development course</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation><numerusform> year</numerusform><numerusform> years</numerusform></translation>
    </message>
    <message>
        <source>Someone else saved this teacher</source>
        <translation>Someone else saved this teacher</translation>
    </message>
</context>
<context>
    <name>TeacherLabels</name>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No course on record</source>
        <translation>No course on record</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>Q{term} {year}</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>TeacherProfileDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Pupils assessed</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Change in quality</source>
        <translation>Change in quality</translation>
    </message>
    <message>
        <source>No results of the previous quarter</source>
        <translation>No results of the previous quarter</translation>
    </message>
    <message>
        <source>Compared with {class_name}, {term}</source>
        <translation>Compared with {class_name}, {term}</translation>
    </message>
    <message>
        <source>Compared with {term}</source>
        <translation>Compared with {term}</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Observations this year</source>
        <translation>Observations this year</translation>
    </message>
    <message>
        <source>Average score this year</source>
        <translation>Average score this year</translation>
    </message>
    <message>
        <source>Latest observation</source>
        <translation>Latest observation</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Professional development</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Where to look</translation>
    </message>
    <message>
        <source>Average level reached on each criterion (% of the scale), the teacher against every teacher of the school.</source>
        <translation>Average level reached on each criterion (% of the scale), the teacher against every teacher of the school.</translation>
    </message>
    <message>
        <source>Strongest criteria</source>
        <translation>Strongest criteria</translation>
    </message>
    <message>
        <source>Weakest criteria</source>
        <translation>Weakest criteria</translation>
    </message>
    <message>
        <source>No final observation of this teacher yet — observe a lesson on the Observations tab.</source>
        <translation>No final observation of this teacher yet — observe a lesson on the Observations tab.</translation>
    </message>
    <message>
        <source>No results of this teacher yet — enter them on the Results tab.</source>
        <translation>No results of this teacher yet — enter them on the Results tab.</translation>
    </message>
    <message>
        <source>By class and subject in</source>
        <translation>By class and subject in</translation>
    </message>
    <message>
        <source>All the teacher's classes, by quarter</source>
        <translation>All the teacher's classes, by quarter</translation>
    </message>
    <message>
        <source>Teacher profile — {name}</source>
        <translation>Teacher profile — {name}</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>no subjects</source>
        <translation>no subjects</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>category: {category}</translation>
    </message>
    <message numerus="yes">
        <source>experience: %n years</source>
        <translation><numerusform>experience: %n year</numerusform><numerusform>experience: %n years</numerusform></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>left on {date}</source>
        <translation>left on {date}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} in all</translation>
    </message>
    <message>
        <source>{trend} a month</source>
        <translation>{trend} a month</translation>
    </message>
    <message>
        <source>Trend over the last 12 months, score points a month</source>
        <translation>Trend over the last 12 months, score points a month</translation>
    </message>
    <message numerus="yes">
        <source>{hours} h in %n years</source>
        <translation><numerusform>{hours} h in %n year</numerusform><numerusform>{hours} h in %n years</numerusform></translation>
    </message>
    <message>
        <source>see Summary</source>
        <translation>see Summary</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The staff list shows flags as of {list_date}, the last day of the quarter chosen there: {list_count}. This profile is the teacher as of {date}: {count}.</source>
        <translation>The staff list shows flags as of {list_date}, the last day of the quarter chosen there: {list_count}. This profile is the teacher as of {date}: {count}.</translation>
    </message>
    <message>
        <source>the subject across the school, all its teachers: {teachers}</source>
        <translation>the subject across the school, all its teachers: {teachers}</translation>
    </message>
    <message>
        <source>No signals: nothing here asks for attention.</source>
        <translation>No signals: nothing here asks for attention.</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Observation score</translation>
    </message>
    <message>
        <source>Time on instruction</source>
        <translation>Time on instruction</translation>
    </message>
    <message>
        <source>{date} — instruction {share} (reference ≥ 50 %)</source>
        <translation>{date} — instruction {share} (reference ≥ 50 %)</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Score, %</translation>
    </message>
    <message>
        <source>Professional development: last course {last}, next due {due} ({status}); {hours} course hours in the last {years} years.</source>
        <translation>Professional development: last course {last}, next due {due} ({status}); {hours} course hours in the last {years} years.</translation>
    </message>
    <message numerus="yes">
        <source>Activities in the last %n years: {count}</source>
        <translation><numerusform>Activities in the last %n year: {count}</numerusform><numerusform>Activities in the last %n years: {count}</numerusform></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>The file could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Export .xlsx</source>
        <translation>Export .xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TeacherReport</name>
    <message>
        <source>Teacher profile</source>
        <translation>Teacher profile</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Experience, years</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Where to look</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Lesson observations</translation>
    </message>
    <message>
        <source>No final observation yet.</source>
        <translation>No final observation yet.</translation>
    </message>
    <message>
        <source>Observations this year: {count}; their average score: {average}. Average of all years: {overall}. Trend: {trend} points a month.</source>
        <translation>Observations this year: {count}; their average score: {average}. Average of all years: {overall}. Trend: {trend} points a month.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Criteria compared with the school</source>
        <translation>Criteria compared with the school</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Strongest</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Weakest</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Pupils' results</source>
        <translation>Pupils' results</translation>
    </message>
    <message>
        <source>No results entered for this teacher.</source>
        <translation>No results entered for this teacher.</translation>
    </message>
    <message>
        <source>All classes, by quarter</source>
        <translation>All classes, by quarter</translation>
    </message>
    <message>
        <source>By class and subject, quarter {term} of {year}</source>
        <translation>By class and subject, quarter {term} of {year}</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>Q{term} {year}</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Pupils assessed</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Average grade</translation>
    </message>
    <message>
        <source>Change in quality, points</source>
        <translation>Change in quality, points</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Professional development</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Last course</translation>
    </message>
    <message>
        <source>Next course due</source>
        <translation>Next course due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Course hours in the last {years} years</source>
        <translation>Course hours in the last {years} years</translation>
    </message>
    <message>
        <source>Activities by mechanism</source>
        <translation>Activities by mechanism</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Activities in the last {years} years</source>
        <translation>Activities in the last {years} years</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>No activities recorded.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation>Deputy director for academic affairs</translation>
    </message>
    <message>
        <source>no longer works at the school</source>
        <translation>no longer works at the school</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>TeachersTab</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Team analysis</source>
        <translation>Team analysis</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Search teacher, subject…</source>
        <translation>Search teacher, subject…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>On the attention list</source>
        <translation>On the attention list</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Add teacher…</source>
        <translation>Add teacher…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>Add a teacher…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>{shown} of {total} teachers</source>
        <translation>{shown} of {total} teachers</translation>
    </message>
    <message>
        <source>No teacher fits these filters — change them or press Clear.</source>
        <translation>No teacher fits these filters — change them or press Clear.</translation>
    </message>
    <message>
        <source>No teachers yet — add them one by one, or import a staff list from Excel (File ▸ Import).</source>
        <translation>No teachers yet — add them one by one, or import a staff list from Excel (File ▸ Import).</translation>
    </message>
    <message>
        <source>No school in this database yet — set one up first.</source>
        <translation>No school in this database yet — set one up first.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Quality of knowledge: the results of this quarter. Lessons observed and average score: this academic year up to {date}. Last course and flags: as of {date}.</source>
        <translation>Quality of knowledge: the results of this quarter. Lessons observed and average score: this academic year up to {date}. Last course and flags: as of {date}.</translation>
    </message>
    <message>
        <source>No quarters in this database yet — the numbers stay empty (—).</source>
        <translation>No quarters in this database yet — the numbers stay empty (—).</translation>
    </message>
    <message>
        <source>{period}: no results yet — quality of knowledge shows “—”.</source>
        <translation>{period}: no results yet — quality of knowledge shows “—”.</translation>
    </message>
    <message>
        <source>Show {period}</source>
        <translation>Show {period}</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Edit teacher</translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation>Archive teacher</translation>
    </message>
    <message>
        <source>Archive {name}? The teacher leaves the staff list; observations, results and activities stay.</source>
        <translation>Archive {name}? The teacher leaves the staff list; observations, results and activities stay.</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Print the staff list</source>
        <translation>Print the staff list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Teachers — {school}, {date}</source>
        <translation>Teachers — {school}, {date}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Average
score</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Quality of knowledge</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Degree of learning (SOU)</translation>
    </message>
    <message>
        <source>Average
grade</source>
        <translation>Average
grade</translation>
    </message>
    <message>
        <source>Course
on time</source>
        <translation>Course
on time</translation>
    </message>
    <message>
        <source>Share of teachers whose last course is within the period</source>
        <translation>Share of teachers whose last course is within the period</translation>
    </message>
    <message>
        <source>Activities
per teacher</source>
        <translation>Activities
per teacher</translation>
    </message>
    <message>
        <source>Not
observed</source>
        <translation>Not
observed</translation>
    </message>
    <message>
        <source>Share of teachers with no observation this year</source>
        <translation>Share of teachers with no observation this year</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Criteria
scored</source>
        <translation>Criteria
scored</translation>
    </message>
    <message>
        <source>Scores of checklist criteria tagged with the mechanism this year</source>
        <translation>Scores of checklist criteria tagged with the mechanism this year</translation>
    </message>
    <message>
        <source>Their
average</source>
        <translation>Their
average</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Teachers with such an activity this year</source>
        <translation>Teachers with such an activity this year</translation>
    </message>
    <message>
        <source>Mechanisms of quality: where the school has evidence</source>
        <translation>Mechanisms of quality: where the school has evidence</translation>
    </message>
    <message>
        <source>No teachers yet — add them on the Staff page or import a list.</source>
        <translation>No teachers yet — add them on the Staff page or import a list.</translation>
    </message>
    <message>
        <source>Departments side by side — {year}</source>
        <translation>Departments side by side — {year}</translation>
    </message>
    <message>
        <source>Departments side by side</source>
        <translation>Departments side by side</translation>
    </message>
    <message>
        <source>Observations and activities of this academic year; pupils' results of {term}. The last row is the whole school.</source>
        <translation>Observations and activities of this academic year; pupils' results of {term}. The last row is the whole school.</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>Teachers by the band of their average observation score this year, %</source>
        <translation>Teachers by the band of their average observation score this year, %</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>Share of teachers, %</source>
        <translation>Share of teachers, %</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>As written in the file</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>{count} problems: correct the file and choose it again. Nothing is written.</source>
        <translation>{count} problems: correct the file and choose it again. Nothing is written.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Observer agreement: weighted κ</source>
        <translation>Observer agreement: weighted κ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Bands of the observation score</source>
        <translation>Bands of the observation score</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>High from</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>Good from</translation>
    </message>
    <message>
        <source>Needs improvement from</source>
        <translation>Needs improvement from</translation>
    </message>
    <message>
        <source>Below the last one: unsatisfactory.</source>
        <translation>Below the last one: unsatisfactory.</translation>
    </message>
    <message>
        <source>Degree of learning (SOU): weight of each mark</source>
        <translation>Degree of learning (SOU): weight of each mark</translation>
    </message>
    <message>
        <source>Mark 5</source>
        <translation>Mark 5</translation>
    </message>
    <message>
        <source>Mark 4</source>
        <translation>Mark 4</translation>
    </message>
    <message>
        <source>Mark 3</source>
        <translation>Mark 3</translation>
    </message>
    <message>
        <source>Mark 2</source>
        <translation>Mark 2</translation>
    </message>
    <message>
        <source>Mark 1 and not attested</source>
        <translation>Mark 1 and not attested</translation>
    </message>
    <message>
        <source>Simonov's levels: 1.00, 0.64, 0.36, 0.16, 0.07.</source>
        <translation>Simonov's levels: 1.00, 0.64, 0.36, 0.16, 0.07.</translation>
    </message>
    <message>
        <source>Flags and periods</source>
        <translation>Flags and periods</translation>
    </message>
    <message>
        <source>Professional development: a course every</source>
        <translation>Professional development: a course every</translation>
    </message>
    <message>
        <source>Course hours counted over the last</source>
        <translation>Course hours counted over the last</translation>
    </message>
    <message>
        <source>Observer agreement is low below weighted κ</source>
        <translation>Observer agreement is low below weighted κ</translation>
    </message>
    <message>
        <source>Flag a follow-up when late by more than</source>
        <translation>Flag a follow-up when late by more than</translation>
    </message>
    <message>
        <source>Largest sheet an import accepts, rows</source>
        <translation>Largest sheet an import accepts, rows</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restore the defaults</translation>
    </message>
    <message>
        <source>“Good” must start at or below “High”.</source>
        <translation>“Good” must start at or below “High”.</translation>
    </message>
    <message>
        <source>“Needs improvement” must start at or below “Good”.</source>
        <translation>“Needs improvement” must start at or below “Good”.</translation>
    </message>
    <message>
        <source>A better mark cannot weigh less than a worse one: the weights must go down from 5 to 1.</source>
        <translation>A better mark cannot weigh less than a worse one: the weights must go down from 5 to 1.</translation>
    </message>
    <message>
        <source>The weight of a 5 must be more than 0.</source>
        <translation>The weight of a 5 must be more than 0.</translation>
    </message>
</context>
<context>
    <name>TimeOnTaskPanel</name>
    <message>
        <source>Time on instruction — {period}</source>
        <translation>Time on instruction — {period}</translation>
    </message>
    <message>
        <source>No time-on-task snapshots in this selection — choose a checklist with snapshots (Observations ▸ Checklists…) and take them during a lesson.</source>
        <translation>No time-on-task snapshots in this selection — choose a checklist with snapshots (Observations ▸ Checklists…) and take them during a lesson.</translation>
    </message>
    <message>
        <source>{count} lessons with snapshots: instruction {instruction}, management {management}, pupils engaged {engaged}; {meeting} meet both references (instruction ≥ {top}, management ≤ {low}).</source>
        <translation>{count} lessons with snapshots: instruction {instruction}, management {management}, pupils engaged {engaged}; {meeting} meet both references (instruction ≥ {top}, management ≤ {low}).</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span} of the snapshots on instruction: {count} lessons</source>
        <translation>{span} of the snapshots on instruction: {count} lessons</translation>
    </message>
    <message>
        <source>Share of snapshots on instruction, %</source>
        <translation>Share of snapshots on instruction, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Reference for effective teachers: ≥ {value} on instruction</source>
        <translation>Reference for effective teachers: ≥ {value} on instruction</translation>
    </message>
    <message>
        <source>Share on instruction</source>
        <translation>Share on instruction</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>{indicator} by quarter — up to {period}</source>
        <translation>{indicator} by quarter — up to {period}</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
</context>
<context>
    <name>VisitConflict</name>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Saved again, unchanged</source>
        <translation>Saved again, unchanged</translation>
    </message>
</context>
<context>
    <name>VisitPlanExport</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Visit plan — {school}, {period}</source>
        <translation>Visit plan — {school}, {period}</translation>
    </message>
    <message>
        <source>As of {date}: {counts}</source>
        <translation>As of {date}: {counts}</translation>
    </message>
    <message>
        <source>No visits are planned for this period.</source>
        <translation>No visits are planned for this period.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>APPROVED</translation>
    </message>
    <message>
        <source>School director</source>
        <translation>School director</translation>
    </message>
    <message>
        <source>Prepared by the deputy director</source>
        <translation>Prepared by the deputy director</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
</context>
<context>
    <name>VisitPlanFiles</name>
    <message>
        <source>Visit plan as PDF</source>
        <translation>Visit plan as PDF</translation>
    </message>
    <message>
        <source>visit-plan.pdf</source>
        <translation>visit-plan.pdf</translation>
    </message>
    <message>
        <source>Export the visit plan</source>
        <translation>Export the visit plan</translation>
    </message>
    <message>
        <source>visit-plan.xlsx</source>
        <translation>visit-plan.xlsx</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
</context>
<context>
    <name>VisitPlanView</name>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Search teacher…</source>
        <translation>Search teacher…</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>Plan a visit…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Generate plan…</source>
        <translation>Generate plan…</translation>
    </message>
    <message>
        <source>Observe this visit</source>
        <translation>Observe this visit</translation>
    </message>
    <message>
        <source>A new observation for the chosen planned visit</source>
        <translation>A new observation for the chosen planned visit</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No visits are planned for this period — use Generate plan… or Plan a visit…</source>
        <translation>No visits are planned for this period — use Generate plan… or Plan a visit…</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>{status} (as {purpose})</source>
        <translation>{status} (as {purpose})</translation>
    </message>
    <message>
        <source>Planned as {planned}, observed as {observed}: the visit took place, so it counts as done.</source>
        <translation>Planned as {planned}, observed as {observed}: the visit took place, so it counts as done.</translation>
    </message>
    <message>
        <source>Someone else saved this planned visit</source>
        <translation>Someone else saved this planned visit</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Delete planned visits</source>
        <translation>Delete planned visits</translation>
    </message>
    <message>
        <source>Delete {count} planned visits from the plan?</source>
        <translation>Delete {count} planned visits from the plan?</translation>
    </message>
    <message>
        <source>Someone else changed these planned visits</source>
        <translation>Someone else changed these planned visits</translation>
    </message>
    <message>
        <source>{count} visits added to the plan.</source>
        <translation>{count} visits added to the plan.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Teaching and learning</source>
        <translation>Teaching and learning</translation>
    </message>
    <message>
        <source>Climate and safety</source>
        <translation>Climate and safety</translation>
    </message>
    <message>
        <source>Conditions and resources</source>
        <translation>Conditions and resources</translation>
    </message>
    <message>
        <source>Communication with families</source>
        <translation>Communication with families</translation>
    </message>
    <message>
        <source>Readiness for study and work</source>
        <translation>Readiness for study and work</translation>
    </message>
    <message>
        <source>Counts per statement (how many chose 1…5)</source>
        <translation>Counts per statement (how many chose 1…5)</translation>
    </message>
    <message>
        <source>One row per questionnaire</source>
        <translation>One row per questionnaire</translation>
    </message>
    <message>
        <source>Grade 10 at school</source>
        <translation>Grade 10 at school</translation>
    </message>
    <message>
        <source>Academic lyceum</source>
        <translation>Academic lyceum</translation>
    </message>
    <message>
        <source>College / technikum</source>
        <translation>College / technikum</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Dual education with a partner</source>
        <translation>Dual education with a partner</translation>
    </message>
    <message>
        <source>Internship with a partner</source>
        <translation>Internship with a partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>dual education</source>
        <translation>dual education</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
</context>
<context>
    <name>VoicesMenus</name>
    <message>
        <source>School profile…</source>
        <translation>School profile…</translation>
    </message>
    <message>
        <source>The school's figures, voices and graduates on one page, printable</source>
        <translation>The school's figures, voices and graduates on one page, printable</translation>
    </message>
    <message>
        <source>Choose a school first</source>
        <translation>Choose a school first</translation>
    </message>
    <message>
        <source>Survey imported: {file}</source>
        <translation>Survey imported: {file}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
    <message>
        <source>Graduates of grade {grade}, {year} saved</source>
        <translation>Graduates of grade {grade}, {year} saved</translation>
    </message>
    <message>
        <source>Graduates imported: {file}</source>
        <translation>Graduates imported: {file}</translation>
    </message>
    <message>
        <source>Questionnaire saved to {path}</source>
        <translation>Questionnaire saved to {path}</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Blank survey template…</translation>
    </message>
    <message>
        <source>Print a questionnaire…</source>
        <translation>Print a questionnaire…</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Questionnaires…</translation>
    </message>
    <message>
        <source>Where the graduates went…</source>
        <translation>Where the graduates went…</translation>
    </message>
    <message>
        <source>Import graduates…</source>
        <translation>Import graduates…</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <source>Voices: how parents, pupils, teachers and employers see the school</source>
        <translation>Voices: how parents, pupils, teachers and employers see the school</translation>
    </message>
    <message>
        <source>No survey yet — print a questionnaire, type the answers into the template and import it.</source>
        <translation>No survey yet — print a questionnaire, type the answers into the template and import it.</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Blank survey template…</translation>
    </message>
    <message>
        <source>Schools side by side (share agreeing, all statements)</source>
        <translation>Schools side by side (share agreeing, all statements)</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</translation>
    </message>
    <message>
        <source>Not asked of this group.</source>
        <translation>Not asked of this group.</translation>
    </message>
    <message>
        <source>Only {count} answered: shown from {minimum}.</source>
        <translation>Only {count} answered: shown from {minimum}.</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(low)</translation>
    </message>
    <message>
        <source>Mean {mean} of 5; {answers} answers from {respondents} respondents.</source>
        <translation>Mean {mean} of 5; {answers} answers from {respondents} respondents.</translation>
    </message>
    <message>
        <source>{change} points since {year}, quarter {term}.</source>
        <translation>{change} points since {year}, quarter {term}.</translation>
    </message>
    <message>
        <source>{respondents} respondents; survey of {year}, quarter {term}.</source>
        <translation>{respondents} respondents; survey of {year}, quarter {term}.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>All statements</translation>
    </message>
    <message>
        <source>Change since the survey before</source>
        <translation>Change since the survey before</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>No survey of this group before.</source>
        <translation>No survey of this group before.</translation>
    </message>
    <message>
        <source>Parents and pupils see no dimension very differently from teachers.</source>
        <translation>Parents and pupils see no dimension very differently from teachers.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share} agree, teachers {other} — {points} points apart.</source>
        <translation>{dimension}: {group} {share} agree, teachers {other} — {points} points apart.</translation>
    </message>
    <message>
        <source>Where they disagree with teachers:</source>
        <translation>Where they disagree with teachers:</translation>
    </message>
</context>
</TS>
