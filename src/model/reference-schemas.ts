/** The type of one column of a reference table in data/. */
export type ColumnType = 'decimal' | 'optionalDecimal' | 'text' | 'boolean' | 'sheetName';

export type ReferenceSchema =
  /** A table of rows with a numeric key column, looked up by the figures. */
  | {
      readonly file: string;
      readonly kind: 'table';
      readonly key: string;
      readonly columns: Readonly<Record<string, ColumnType>>;
    }
  /** name,value,unit rows: named constants. */
  | { readonly file: string; readonly kind: 'constants' }
  /** Definitions of template parameters: type, default, range, unit. */
  | { readonly file: string; readonly kind: 'parameters' };

/** Every file in data/ and what it holds; each also has `source` and `assumption` columns. */
export const referenceSchemas: readonly ReferenceSchema[] = [
  {
    file: 'mailbox-profiles',
    kind: 'table',
    key: 'messages_per_day',
    columns: {
      messages_per_day: 'decimal',
      database_cache_per_mailbox_mb: 'decimal',
      iops_per_mailbox_single_copy: 'decimal',
      iops_per_mailbox_multiple_copies: 'decimal',
      megacycles_per_active_mailbox: 'decimal',
      megacycles_per_passive_mailbox: 'decimal',
      logs_per_mailbox_per_day: 'decimal',
    },
  },
  {
    file: 'message-size-factors',
    kind: 'table',
    key: 'average_message_kb',
    columns: { average_message_kb: 'decimal', log_generation_factor: 'decimal' },
  },
  {
    file: 'server-ram-database-cache',
    kind: 'table',
    key: 'server_ram_gb',
    columns: {
      server_ram_gb: 'decimal',
      database_cache_mailbox_only_gb: 'decimal',
      database_cache_multi_role_gb: 'optionalDecimal',
    },
  },
  {
    file: 'minimum-memory-by-database-copies',
    kind: 'table',
    key: 'max_database_copies',
    columns: { max_database_copies: 'decimal', minimum_memory_gb: 'decimal' },
  },
  {
    file: 'role-ratios',
    kind: 'table',
    key: 'role',
    columns: {
      role: 'text',
      mailbox_cores: 'decimal',
      role_cores: 'decimal',
      ram_gb_per_core: 'decimal',
      minimum_ram_gb: 'decimal',
      minimum_cores: 'decimal',
      recommended_cores: 'decimal',
    },
  },
  {
    file: 'raid-levels',
    kind: 'table',
    key: 'raid_level',
    columns: {
      raid_level: 'text',
      write_penalty: 'decimal',
      group_disks_max: 'decimal',
      mirror_copies: 'decimal',
      parity_disks_per_group: 'decimal',
    },
  },
  {
    file: 'disk-catalog',
    kind: 'table',
    key: 'disk',
    columns: {
      disk: 'text',
      form_factor_in: 'decimal',
      rpm: 'decimal',
      random_iops: 'decimal',
      nominal_gb: 'decimal',
      formatted_capacity_gb: 'decimal',
      price_item: 'text',
    },
  },
  {
    file: 'platform-limits',
    kind: 'table',
    key: 'platform',
    columns: { platform: 'text', max_vmdk_gb: 'decimal', max_rdm_gb: 'decimal', max_virtual_disks_per_vm: 'decimal' },
  },
  {
    file: 'options',
    kind: 'table',
    key: 'id',
    columns: {
      // Each option gets a sheet of the workbook named by its id.
      id: 'sheetName',
      name: 'text',
      brief_section: 'text',
      dag: 'boolean',
      ha_spare_hosts: 'boolean',
      app_monitoring_agents: 'boolean',
      srm: 'boolean',
      lagged_dr_copies: 'boolean',
      in_guest_replication: 'boolean',
      highly_available: 'boolean',
      needs_ha: 'boolean',
      needs_vmotion: 'boolean',
      needs_drs: 'boolean',
      needs_app_monitoring: 'boolean',
      physical_standby_servers_per_mailbox_server: 'decimal',
      host_failure: 'text',
      guest_os_failure: 'text',
      application_failure: 'text',
      database_corruption: 'text',
      site_loss: 'text',
    },
  },
  {
    file: 'windows-editions',
    kind: 'table',
    key: 'edition',
    columns: {
      edition: 'text',
      available: 'boolean',
      processors_per_licence: 'decimal',
      vms_per_licence: 'decimal',
      failover_clustering: 'boolean',
      max_memory_gb: 'decimal',
      price_item: 'text',
    },
  },
  {
    file: 'vsphere-editions',
    kind: 'table',
    key: 'rank',
    columns: {
      edition: 'text',
      rank: 'decimal',
      ha: 'boolean',
      vmotion: 'boolean',
      drs: 'boolean',
      app_monitoring: 'boolean',
      data_recovery: 'boolean',
      max_cores_per_processor: 'decimal',
      // A kit (Essentials, Essentials Plus) licenses up to kit_hosts hosts of kit_processors_per_host processors; 0 = sold per processor.
      kit_hosts: 'decimal',
      kit_processors_per_host: 'decimal',
      includes_vcenter: 'boolean',
      price_item: 'text',
    },
  },
  {
    file: 'vcenter-editions',
    kind: 'table',
    key: 'rank',
    columns: { edition: 'text', rank: 'decimal', max_hosts: 'decimal', price_item: 'text' },
  },
  {
    file: 'host-catalog',
    kind: 'table',
    key: 'model',
    columns: {
      model: 'text',
      sockets: 'decimal',
      cores_per_socket: 'decimal',
      specint_rate2006: 'decimal',
      ram_gb: 'decimal',
      price: 'decimal',
    },
  },
  { file: 'recovery-mechanisms', kind: 'table', key: 'mechanism', columns: { mechanism: 'text', description: 'text' } },
  {
    file: 'backup-methods',
    kind: 'table',
    key: 'backup_method',
    // A method that does not back up and restore mailbox databases itself names the one that does; a snapshot copies no data.
    columns: {
      backup_method: 'text',
      database_restored_by: 'text',
      streams_data: 'boolean',
      restore_gb_per_hour: 'optionalDecimal',
      restore_fixed_minutes: 'optionalDecimal',
      description: 'text',
    },
  },
  // [S13] the calculator spreads the day's logs over the hours; the shares here are an assumption (see the file).
  {
    file: 'log-generation-by-hour',
    kind: 'table',
    key: 'hour',
    columns: { hour: 'decimal', share_of_daily_logs_pct: 'decimal' },
  },
  {
    file: 'backup-schedules',
    kind: 'table',
    key: 'backup_schedule',
    // Days of logs each backup copies and a restore replays, per schedule (Microsoft 'Backup Operations', aa579157).
    columns: {
      backup_schedule: 'text',
      full_backup_every_days: 'decimal',
      full_backup_log_days: 'decimal',
      partial_backup_log_days_worst: 'decimal',
      partial_backup_log_days_per_cycle: 'decimal',
      logs_since_full_days_worst: 'decimal',
      description: 'text',
    },
  },
  // The words a yes/no value may be written with (Excel writes WAHR, VRAI, SANT... in its language): read first.
  { file: 'boolean-words', kind: 'table', key: 'word', columns: { word: 'text', means: 'text', language: 'text' } },
  // What the source tags ([S3], [L:S47]) in data/, the templates and the figures point to.
  { file: 'sources', kind: 'table', key: 'tag', columns: { tag: 'text', title: 'text', address: 'text' } },
  { file: 'megacycle-baseline', kind: 'constants' },
  { file: 'backup-and-replication-limits', kind: 'constants' },
  { file: 'exchange-limits', kind: 'constants' },
  { file: 'constants', kind: 'constants' },
  { file: 'scenario-parameters', kind: 'parameters' },
  { file: 'tier-parameters', kind: 'parameters' },
  { file: 'workload-parameters', kind: 'parameters' },
  { file: 'price-parameters', kind: 'parameters' },
];
