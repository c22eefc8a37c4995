-- When a sensor last entered service: one in service that never reported shows as degraded once it has been
-- silent longer than its expected interval since then. Sensors already in service start their clock now.
alter table sensor add column in_service_since timestamp with time zone;
update sensor set in_service_since = current_timestamp where state = 'IN_SERVICE';
