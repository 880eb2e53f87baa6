-- A presenter whose clinic ended before they summed up writes the summary afterwards, once:
-- the clinic remembers they did (ClinicSession.Snapshot.summarisedAfterEnd).
alter table clinic add column summarised_after_end boolean default false not null;

-- No case is left scheduled for a clinic that is over: those ended before their summary await it.
update clinic_case set status = 'AWAITING_SUMMARY'
where status = 'SCHEDULED' and id in (select case_id from clinic where state = 'ENDED');
