-- The signature block of a user's notices and summaries: full name and position, as printed under them.
alter table app_user add column full_name varchar(200);
alter table app_user add column job_title varchar(200);
