-- Audit entries that came with an imported package but were not made by its signer: the signer had imported them
-- itself, from an earlier package (site A -> B -> C). Where they really came from is kept with each entry; all null
-- for the entries of the package's own audit.json, whose origin is the import (import_id) itself.
alter table imported_audit_entry add column source_package_id varchar(64);
alter table imported_audit_entry add column source_record_key varchar(200);
alter table imported_audit_entry add column source_signer_name varchar(200);
alter table imported_audit_entry add column source_signer_fingerprint varchar(100);
alter table imported_audit_entry add column source_exported_by varchar(100);
alter table imported_audit_entry add column source_exported_at timestamp with time zone;
alter table imported_audit_entry add column source_imported_by varchar(100);
alter table imported_audit_entry add column source_imported_at timestamp with time zone;
