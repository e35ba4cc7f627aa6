// Generated from the options model (src/options/options-model.ts) by `npm run figure-ids`: do not edit.
// test/figure-ids.test.ts fails while this file is stale.

/**
 * Every figure id, in the order the model defines them, by section of details.csv and the option sheets; each
 * with its label, unit and scope (`exchange-sizer figures` lists the same, with the sources).
 */
export const FIGURE_IDS = [
  // Mailbox role
  'databaseCachePerMailboxMB', // Database cache per active mailbox (MB), tier
  'iopsPerMailboxSingleCopy', // IOPS per mailbox, one copy (IOPS), tier
  'iopsPerMailboxMultipleCopies', // IOPS per mailbox, two or more copies (IOPS), tier
  'megacyclesPerActiveMailbox', // Megacycles per active mailbox (megacycles), tier
  'megacyclesPerPassiveMailbox', // Megacycles per passive mailbox (megacycles), tier
  'logGenerationFactor', // Log generation factor for the message size (x), tier
  'logsPerMailboxPerDay', // Transaction logs per mailbox per day (logs), tier
  'whitespaceMB', // Whitespace per mailbox (MB), tier
  'dumpsterMB', // Dumpster per mailbox (MB), tier
  'mailboxSizeOnDiskMB', // Mailbox size on disk (MB), tier
  'mailboxSizeOnDiskGB', // Mailbox size on disk (GB), tier
  'tierMailboxesYearOne', // Mailboxes in year 1, as deployed (mailboxes), tier
  'tierMailboxes', // Mailboxes at the end of the TCO horizon, sized for (mailboxes), tier
  'tierMailboxMonths', // Mailbox-months served over the TCO horizon (mailbox-months), tier
  'tierMailboxDataYearOneMB', // Mailbox data in year 1 (MB), tier
  'tierMailboxDataMB', // Mailbox data at the end of the TCO horizon (MB), tier
  'tierActiveMegacycles', // Megacycles, all mailboxes active (megacycles), tier
  'tierPassiveMegacycles', // Megacycles, all mailboxes passive (megacycles), tier
  'tierDatabaseCacheMB', // Database cache, all mailboxes active (MB), tier
  'tierIopsSingleCopy', // IOPS, one copy (IOPS), tier
  'tierIopsMultipleCopies', // IOPS, two or more copies (IOPS), tier
  'tierLogsPerDayMB', // Transaction logs per day (MB), tier
  'totalMailboxesYearOne', // Mailboxes in year 1, as deployed (mailboxes), scenario
  'totalMailboxes', // Mailboxes at the end of the TCO horizon, sized for (mailboxes), scenario
  'totalMailboxMonths', // Mailbox-months served over the TCO horizon (mailbox-months), scenario
  'totalMailboxDataYearOneGB', // Mailbox data in year 1 (GB), scenario
  'totalMailboxDataGB', // Mailbox data at the end of the TCO horizon (GB), scenario
  'averageMailboxSizeOnDiskMB', // Mailbox size on disk, average (MB), scenario
  'averageMegacyclesPerActiveMailbox', // Megacycles per active mailbox, average (megacycles), scenario
  'averageMegacyclesPerPassiveMailbox', // Megacycles per passive mailbox, average (megacycles), scenario
  'averageDatabaseCachePerMailboxMB', // Database cache per active mailbox, average (MB), scenario
  'averageIopsPerMailboxSingleCopy', // IOPS per mailbox, one copy, average (IOPS), scenario
  'averageIopsPerMailboxMultipleCopies', // IOPS per mailbox, two or more copies, average (IOPS), scenario
  'averageLogsPerMailboxPerDayMB', // Transaction logs per mailbox per day, average (MB), scenario
  'hostCores', // Cores per host (cores), scenario
  'hostVcpu', // vCPU a host runs at the vCPU-per-core ratio (vCPU), scenario
  'specintRatePerCore', // SPECint_rate2006 per core (SPECint_rate2006), scenario
  'megacyclesPerCore', // Adjusted megacycles per core (megacycles), scenario
  'megacyclesPerVcpu', // Megacycles a vCPU delivers after hypervisor overhead (megacycles), scenario
  'usableMegacyclesPerVcpu', // Megacycles per vCPU at the CPU target (megacycles), scenario
  'maxVcpuPerVm', // Largest VM on a host (vCPU), scenario
  'hostRamForVmsGB', // Host RAM for VMs (GB), scenario
  'maxMailboxVmRamGB', // Largest RAM row that fits a host (GB), scenario
  'maxDatabaseCacheGB', // Database cache of the largest mailbox VM (GB), scenario
  'jbodMaxDatabaseSizeGB', // Largest database on one JBOD disk (GB), scenario
  'numaNodeVcpu', // Largest VM within one NUMA node (cores of a socket) (vCPU), scenario
  'numaNodeRamGB', // Host RAM for VMs of one NUMA node (one socket) (GB), scenario
  'numaNodeDatabaseCacheGB', // Database cache of the largest mailbox VM within one NUMA node (GB), scenario
  'mailboxVmSpansNumaNodes', // The mailbox VM spans NUMA nodes (yes/no), option
  'databaseCopiesTotal', // Database copies in every site, lagged included (copies), option
  'databaseCopiesInSite', // Database copies in the primary site (copies), option
  'serverFailuresTolerated', // Mailbox server failures survived (servers), option
  'drNonLaggedDatabaseCopies', // Non-lagged database copies in the DR site (copies), option
  'drDatabaseCopies', // Database copies in the DR site (copies), option
  'drSiteCapacityPct', // Mailboxes of a DAG the DR site runs after a site loss (%), option
  'fixedMemberServers', // Mailbox servers per DAG, fixed (0 = automatic) (servers), option
  'activeMegacycleCopyFactor', // Active megacycles factor for the extra copies (x), option
  'mailboxVmFitsNumaNode', // A mailbox VM within one NUMA node serves a mailbox (yes/no), option
  'mailboxVmSizedToNumaNode', // Mailbox VMs sized within one NUMA node (yes/no), option
  'mailboxVmVcpuLimit', // Largest mailbox VM (vCPU), option
  'mailboxVmCacheLimitGB', // Database cache of the largest mailbox VM (GB), option
  'maxActiveMailboxesByRam', // Active mailboxes the largest database cache holds (mailboxes), option
  'maxDatabaseCopiesPerServer', // Database copies one mailbox server may hold (copies), option
  'candidateServers', // Servers per DAG (servers), rows:memberServers
  'candidateMegacyclesPerActiveMailbox', // Megacycles per worst-case active mailbox, passive share included (megacycles), rows:memberServers
  'candidateActiveMailboxesByCpu', // Worst-case active mailboxes within the largest VM, passive share averaged (mailboxes), rows:memberServers
  'candidateMegacyclesAtCapacity', // Megacycles per server at that load, in whole mailboxes (megacycles), rows:memberServers
  'candidateActiveMailboxCapacity', // Worst-case active mailboxes one VM can serve (mailboxes), rows:memberServers
  'candidateDagsByAverage', // DAGs needed at the average share of mailboxes (DAGs), rows:memberServers
  'candidateDags', // DAGs needed, whole databases after failures (DAGs), rows:memberServers
  'candidateDrServers', // DR-site members of the DAG, at most (servers), rows:memberServers
  'candidateDatabaseCopiesPerServer', // Database copies per server (copies), rows:memberServers
  'candidateWorstCaseActiveMailboxes', // Worst-case active mailboxes per server, whole databases (mailboxes), rows:memberServers
  'candidateWholeDatabasesFit', // The largest VM serves the worst-case active databases (yes/no), rows:memberServers
  'candidateMailboxCopiesPerServer', // Mailbox copies held per server (mailboxes), rows:memberServers
  'candidateVcpu', // vCPU per mailbox VM (vCPU), rows:memberServers
  'candidateRamGB', // RAM per mailbox VM (GB), rows:memberServers
  'candidateVmsPerHost', // Mailbox VMs a host holds, one per DAG (VMs), rows:memberServers
  'candidatePrimaryHosts', // Hosts the primary site takes, estimated (hosts), rows:memberServers
  'candidateDrHosts', // Hosts the DR members take, estimated (hosts), rows:memberServers
  'candidateEligibility', // Eligibility (0 fits, 1 short of whole databases, more: cannot be built), rows:memberServers
  'bestCandidateEligibility', // Best eligibility, option
  'candidateMailboxServers', // Mailbox servers, both sites (servers), rows:memberServers
  'candidateCost', // Hosts and mailbox server licences, price (currency), rows:memberServers
  'bestCandidateCost', // Lowest candidate price (currency), option
  'candidateRank', // Rank (lowest wins), rows:memberServers
  'bestCandidateRank', // Best candidate rank, option
  'layoutBuildable', // A mailbox VM fits the platform (yes/no), option
  'memberServers', // Mailbox servers per DAG (servers), option
  'dags', // DAGs (groups of mailbox servers) (DAGs), option
  'mailboxServers', // Mailbox servers (servers), option
  'mailboxesPerDag', // Mailboxes per DAG (mailboxes), option
  'mailboxCopiesPerServer', // Mailbox copies held per server (mailboxes), option
  'activeMailboxesNormal', // Active mailboxes per server, normal operation (mailboxes), option
  'passiveMailboxesNormal', // Passive mailboxes per server, normal operation (mailboxes), option
  'activeMailboxesWorstCase', // Active mailboxes per server, worst failure mode (mailboxes), option
  'passiveMailboxesWorstCase', // Passive mailboxes per server, worst failure mode (mailboxes), option
  'megacyclesNormal', // Megacycles per server, normal operation (megacycles), option
  'megacyclesWorstCase', // Megacycles per server, worst failure mode (megacycles), option
  'vcpu', // vCPU per mailbox VM (vCPU), option
  'cpuUtilizationNormal', // CPU utilization, normal operation (share), option
  'cpuUtilizationWorstCase', // CPU utilization, worst failure mode (share), option
  'mailboxVcpuFits', // Mailbox VM within the vCPU limit (yes/no), option
  'databaseCacheRequiredGB', // Database cache required, worst failure mode (GB), option
  'ramForCacheGB', // RAM whose database cache covers it (GB), option
  'minimumMemoryForCopiesGB', // Minimum memory for the database copies held (GB), option
  'ramGB', // RAM per mailbox VM (GB), option
  'databaseCacheProvidedGB', // Database cache the RAM provides (GB), option
  'mailboxRamFits', // Mailbox VM RAM fits a host (yes/no), option
  'platformLargestDiskGB', // Largest virtual disk or RDM of the platform (GB), scenario
  'platformDatabaseSizeMaxGB', // Largest database whose LUN fits one virtual disk or RDM (GB), scenario
  'resilienceDatabaseSizeMaxGB', // Largest database for the copies kept (200 GB with one copy, 2 TB with two or more) (GB), option
  'databaseSizeLimitGB', // Largest database allowed (GB), option
  'mailboxesPerDatabaseBySize', // Most mailboxes a database of the largest size allowed holds (mailboxes), option
  'mailboxesPerDatabaseByDiskIops', // Most mailboxes whose database random I/O one disk serves (JBOD) (mailboxes), option
  'mailboxesPerDatabaseByJbodDisk', // Most mailboxes whose database, content index and logs one disk holds (JBOD) (mailboxes), option
  'mailboxesPerDatabaseMax', // Most mailboxes per database (mailboxes), option
  'mailboxDataPerDagGB', // Database data per DAG with overhead (GB), option
  'databasesByCapacity', // Databases per DAG by the mailboxes a database may hold (databases), option
  'databasesPerDag', // Databases per DAG, a multiple of its servers (databases), option
  'databases', // Databases (databases), option
  'mailboxesPerDatabase', // Mailboxes per database (mailboxes), option
  'databaseSizeGB', // Database size (GB), option
  'contentIndexGB', // Content index per database (GB), option
  'databaseLunGB', // Database LUN (GB), option
  'logsPerDatabasePerDayGB', // Transaction logs per database per day (GB), option
  'moveLogsPerDatabaseGB', // Logs of mailboxes moved in a week (GB), option
  'logLunGB', // Log LUN (GB), option
  'laggedLogLunGB', // Log LUN of a lagged copy (GB), option
  'databaseCopiesPerServer', // Database copies per server (copies), option
  'activeDatabasesPerServer', // Active databases per server, normal operation (databases), option
  'storagePerMailboxServerGB', // Database and log LUNs per mailbox server (GB), option
  'activeCopyStorageGB', // Storage of active copies (GB), option
  'passiveCopyStorageGB', // Storage of passive copies in the site (GB), option
  'primarySiteDatabasesPerDag', // Databases per DAG whose users are active in the primary site (databases), option
  'drSiteDatabasesPerDag', // Databases per DAG whose users are active in the DR site (active/active) (databases), option
  'primarySiteCopiesPerDag', // Database copies per DAG in the primary site: its users' in-site copies, the DR site users' DR copies (copies), option
  'drSiteCopiesPerDag', // Database copies per DAG in the DR site: the primary users' DR copies, the DR site users' in-site copies (copies), option
  'databaseWithinSizeLimit', // Database within the largest size allowed (yes/no), option
  'iopsPerMailbox', // IOPS per mailbox for this copy count (IOPS), option
  'databaseIopsPerServer', // Database IOPS per server (IOPS), option
  'databaseWriteIopsPerServer', // Database write IOPS per server (IOPS), option
  'logIopsPerServer', // Log IOPS per server (a share of the database writes) (IOPS), option
  'databaseBackendIopsPerServer', // Database disk IOPS per server with the RAID write penalty (IOPS), option
  'logBackendIopsPerServer', // Log disk IOPS per server with the RAID write penalty (IOPS), option
  'backendIopsPerServer', // Disk IOPS per server with the RAID write penalty (IOPS), option
  'restoreLunsPerServer', // Restore LUNs per mailbox server (LUNs), option
  'restoreLunPerServerGB', // Restore LUN per mailbox server (one database LUN) (GB), option
  'databaseDisksByIopsPerServer', // Database disks per server for IOPS (disks), option
  'databaseDataDisksByCapacityPerServer', // Database data disks per server for capacity (before mirrors and parity) (disks), option
  'databaseDataDisksPerServer', // Database volumes per mailbox server: data disks (for capacity, and the data share of the disks for IOPS) (disks), option
  'databaseRaidGroupsPerServer', // Database volumes per mailbox server: RAID groups (groups), option
  'databaseDisksPerServer', // Database volumes per mailbox server: disks (data, mirrors and parity) (disks), option
  'logDisksByIopsPerServer', // Log disks per server for IOPS (disks), option
  'logDataDisksByCapacityPerServer', // Log data disks per server for capacity (before mirrors and parity) (disks), option
  'logDataDisksPerServer', // Log volumes per mailbox server: data disks (for capacity, and the data share of the disks for IOPS) (disks), option
  'logRaidGroupsPerServer', // Log volumes per mailbox server: RAID groups (groups), option
  'logDisksPerServer', // Log volumes per mailbox server: disks (data, mirrors and parity) (disks), option
  'disksByIopsPerServer', // Disks per server for IOPS (disks), option
  'disksPerServer', // Disks per mailbox server (disks), option
  'lunsPerDatabaseCopy', // LUNs (virtual disks) per database copy (LUNs), scenario
  'virtualDisksPerMailboxVm', // Virtual disks per mailbox VM (the LUNs of each copy, and the system disk) (disks), option
  'maxVirtualDisksPerVm', // Virtual disks a VM can have (disks), option
  'mailboxVmDisksFit', // Mailbox VM within the virtual disks per VM (yes/no), option
  'parityRaidOnSlowDisks', // RAID5/6 database volumes on 5,400 or 7,200 rpm disks (not best practice) (yes/no), option
  // Other workloads
  'workloadReplacedByGlobalCatalogs', // Domain controllers replaced by the Exchange global catalogs (yes/no), workload
  'workloadVms', // VMs (VMs), workload
  'workloadVcpu', // vCPU (vCPU), workload
  'workloadRamGB', // RAM (GB), workload
  'workloadStorageGB', // Storage (GB), workload
  'workloadPhysicalServers', // Physical servers today (servers), workload
  'workloadVmVcpu', // vCPU of one VM (vCPU), workload
  'workloadVmRamGB', // RAM of one VM (GB), workload
  'workloadDomainControllerVms', // Domain controller VMs running (VMs), workload
  'otherWorkloadVms', // Other workload VMs (VMs), scenario
  'otherWorkloadVcpu', // Other workload vCPU (vCPU), scenario
  'otherWorkloadRamGB', // Other workload RAM (GB), scenario
  'otherWorkloadStorageGB', // Other workload storage (GB), scenario
  'otherWorkloadPhysicalServers', // Physical servers of other workloads today (servers), scenario
  'largestWorkloadVcpu', // Largest other workload VM (vCPU), scenario
  'largestWorkloadRamGB', // Largest other workload VM RAM (GB), scenario
  'workloadSeparatedVms', // VMs kept on different hosts (VMs), workload
  'workloadSeparatedVmVcpu', // vCPU of one VM kept on different hosts (vCPU), workload
  'workloadSeparatedVmRamGB', // RAM of one VM kept on different hosts (GB), workload
  'separatedWorkloadVms', // Other workload VMs kept on different hosts (VMs), scenario
  'separatedWorkloadVmVcpu', // Largest other workload VM kept on different hosts (vCPU), scenario
  'separatedWorkloadVmRamGB', // Largest other workload VM RAM kept on different hosts (GB), scenario
  'workloadStackedVms', // VMs that may share a host (VMs), workload
  'workloadStackedVmVcpu', // vCPU of one VM that may share a host (vCPU), workload
  'workloadStackedVmRamGB', // RAM of one VM that may share a host (GB), workload
  'stackedWorkloadVms', // Other workload VMs that may share a host (VMs), scenario
  'stackedWorkloadVmVcpu', // Largest other workload VM that may share a host (vCPU), scenario
  'stackedWorkloadVmRamGB', // Largest other workload VM RAM that may share a host (GB), scenario
  'workloadDomainControllersReplaced', // Domain controller VMs the global catalogs replace (VMs), workload
  'domainControllersReplacedByGlobalCatalogs', // Domain controller VMs the global catalogs replace (VMs), scenario
  'otherWorkloadDomainControllerVms', // Workload domain controller VMs still running (VMs), scenario
  // VMs
  'drCopiesPerMailboxAfterSiteLoss', // Copies per mailbox the DR site holds after a site loss (copies), option
  'drActiveMailboxesPerServer', // Active mailboxes one DR mailbox VM serves after a site loss (mailboxes), option
  'drMailboxServersForSiteLoss', // DR-site mailbox servers per DAG to run its mailboxes after a site loss (servers), option
  'drMailboxServersPerDag', // DR-site mailbox servers per DAG (servers), option
  'dagMembersBothSites', // Members of one DAG, both sites (servers), option
  'replicaTargetVms', // Replication target VMs (VMs), option
  'localReplicaTargetVms', // Replication target VMs in the primary cluster (VMs), option
  'drMailboxServers', // Mailbox servers in the DR site (servers), option
  'primaryMailboxVms', // Mailbox VMs, primary site (VMs), option
  'primaryMailboxCores', // Mailbox cores (vCPU), primary site (cores), option
  'drMailboxCores', // Mailbox cores (vCPU), DR site (cores), option
  'primaryClientAccessCores', // Client Access cores, primary site (cores), option
  'primaryClientAccessVms', // Client Access VMs, primary site (VMs), option
  'primaryClientAccessVcpu', // Client Access vCPU per VM, primary site (vCPU), option
  'primaryClientAccessRamGB', // Client Access RAM per VM, primary site (GB), option
  'primaryHubTransportCores', // Hub Transport cores, primary site (cores), option
  'primaryHubTransportVms', // Hub Transport VMs, primary site (VMs), option
  'primaryHubTransportVcpu', // Hub Transport vCPU per VM, primary site (vCPU), option
  'primaryHubTransportRamGB', // Hub Transport RAM per VM, primary site (GB), option
  'primaryGlobalCatalogCores', // Global catalog cores, primary site (cores), option
  'primaryGlobalCatalogVms', // Global catalog VMs, primary site (VMs), option
  'primaryGlobalCatalogVcpu', // Global catalog vCPU per VM, primary site (vCPU), option
  'primaryGlobalCatalogRamGB', // Global catalog RAM per VM, primary site (GB), option
  'drClientAccessCores', // Client Access cores, dr site (cores), option
  'drClientAccessVms', // Client Access VMs, dr site (VMs), option
  'drClientAccessVcpu', // Client Access vCPU per VM, dr site (vCPU), option
  'drClientAccessRamGB', // Client Access RAM per VM, dr site (GB), option
  'drHubTransportCores', // Hub Transport cores, dr site (cores), option
  'drHubTransportVms', // Hub Transport VMs, dr site (VMs), option
  'drHubTransportVcpu', // Hub Transport vCPU per VM, dr site (vCPU), option
  'drHubTransportRamGB', // Hub Transport RAM per VM, dr site (GB), option
  'drGlobalCatalogCores', // Global catalog cores, dr site (cores), option
  'drGlobalCatalogVms', // Global catalog VMs, dr site (VMs), option
  'drGlobalCatalogVcpu', // Global catalog vCPU per VM, dr site (vCPU), option
  'drGlobalCatalogRamGB', // Global catalog RAM per VM, dr site (GB), option
  'primaryVms', // VMs, primary site (VMs), option
  'primaryVcpu', // vCPU, primary site (vCPU), option
  'primaryRamGB', // VM RAM, primary site (GB), option
  'primarySlotVcpu', // HA slot vCPU (largest VM), primary site (vCPU), option
  'primarySlotRamGB', // HA slot RAM (largest VM), primary site (GB), option
  'drVms', // VMs, DR site (VMs), option
  'drVcpu', // vCPU, DR site (vCPU), option
  'drRamGB', // VM RAM, DR site (GB), option
  'drSlotVcpu', // HA slot vCPU (largest VM), DR site (vCPU), option
  'drSlotRamGB', // HA slot RAM (largest VM), DR site (GB), option
  'exchangeVms', // Exchange VMs running, both sites (VMs), option
  // Activation scenarios
  'normalServersDown', // Normal operation: mailbox servers of a DAG down (servers), option
  'normalActiveMailboxes', // Normal operation: active mailboxes per server (mailboxes), option
  'normalPassiveMailboxes', // Normal operation: passive mailboxes per server (mailboxes), option
  'normalMegacycles', // Normal operation: megacycles per server (megacycles), option
  'normalCpuUtilization', // Normal operation: CPU utilization per server (share), option
  'normalDatabaseCacheGB', // Normal operation: database cache needed per server (GB), option
  'normalWithinTarget', // Normal operation: within the CPU target and the database cache (yes/no), option
  'singleFailureServersDown', // Single server failure: mailbox servers of a DAG down (servers), option
  'singleFailureActiveMailboxes', // Single server failure: active mailboxes per server (mailboxes), option
  'singleFailurePassiveMailboxes', // Single server failure: passive mailboxes per server (mailboxes), option
  'singleFailureMegacycles', // Single server failure: megacycles per server (megacycles), option
  'singleFailureCpuUtilization', // Single server failure: CPU utilization per server (share), option
  'singleFailureDatabaseCacheGB', // Single server failure: database cache needed per server (GB), option
  'singleFailureWithinTarget', // Single server failure: within the CPU target and the database cache (yes/no), option
  'worstFailureServersDown', // Worst tolerated failure: mailbox servers of a DAG down (servers), option
  'worstFailureActiveMailboxes', // Worst tolerated failure: active mailboxes per server (mailboxes), option
  'worstFailurePassiveMailboxes', // Worst tolerated failure: passive mailboxes per server (mailboxes), option
  'worstFailureMegacycles', // Worst tolerated failure: megacycles per server (megacycles), option
  'worstFailureCpuUtilization', // Worst tolerated failure: CPU utilization per server (share), option
  'worstFailureDatabaseCacheGB', // Worst tolerated failure: database cache needed per server (GB), option
  'worstFailureWithinTarget', // Worst tolerated failure: within the CPU target and the database cache (yes/no), option
  'siteFailureServersDown', // Site failure (DR site): mailbox servers of a DAG down (servers), option
  'siteFailureActiveMailboxes', // Site failure (DR site): active mailboxes per server (mailboxes), option
  'siteFailurePassiveMailboxes', // Site failure (DR site): passive mailboxes per server (mailboxes), option
  'siteFailureMegacycles', // Site failure (DR site): megacycles per server (megacycles), option
  'siteFailureCpuUtilization', // Site failure (DR site): CPU utilization per server (share), option
  'siteFailureDatabaseCacheGB', // Site failure (DR site): database cache needed per server (GB), option
  'siteFailureWithinTarget', // Site failure (DR site): within the CPU target and the database cache (yes/no), option
  // Hosts
  'primaryPackMailboxVms', // VMs to place, mailbox VMs, primary site (VMs), option
  'primaryPackMailboxVcpu', // vCPU per VM, mailbox VMs, primary site (vCPU), option
  'primaryPackMailboxRamGB', // RAM per VM, mailbox VMs, primary site (GB), option
  'primaryPackMailboxPerHost', // Most on one host (anti-affinity), mailbox VMs, primary site (VMs), option
  'primaryPackClientAccessVms', // VMs to place, Client Access VMs, primary site (VMs), option
  'primaryPackClientAccessVcpu', // vCPU per VM, Client Access VMs, primary site (vCPU), option
  'primaryPackClientAccessRamGB', // RAM per VM, Client Access VMs, primary site (GB), option
  'primaryPackClientAccessPerHost', // Most on one host (anti-affinity), Client Access VMs, primary site (VMs), option
  'primaryPackHubTransportVms', // VMs to place, Hub Transport VMs, primary site (VMs), option
  'primaryPackHubTransportVcpu', // vCPU per VM, Hub Transport VMs, primary site (vCPU), option
  'primaryPackHubTransportRamGB', // RAM per VM, Hub Transport VMs, primary site (GB), option
  'primaryPackHubTransportPerHost', // Most on one host (anti-affinity), Hub Transport VMs, primary site (VMs), option
  'primaryPackGlobalCatalogVms', // VMs to place, Global catalog VMs, primary site (VMs), option
  'primaryPackGlobalCatalogVcpu', // vCPU per VM, Global catalog VMs, primary site (vCPU), option
  'primaryPackGlobalCatalogRamGB', // RAM per VM, Global catalog VMs, primary site (GB), option
  'primaryPackGlobalCatalogPerHost', // Most on one host (anti-affinity), Global catalog VMs, primary site (VMs), option
  'primaryPackSeparatedWorkloadVms', // VMs to place, other workload VMs kept apart, primary site (VMs), option
  'primaryPackSeparatedWorkloadVcpu', // vCPU per VM, other workload VMs kept apart, primary site (vCPU), option
  'primaryPackSeparatedWorkloadRamGB', // RAM per VM, other workload VMs kept apart, primary site (GB), option
  'primaryPackSeparatedWorkloadPerHost', // Most on one host (anti-affinity), other workload VMs kept apart, primary site (VMs), option
  'primaryPackStackedWorkloadVms', // VMs to place, other workload VMs, primary site (VMs), option
  'primaryPackStackedWorkloadVcpu', // vCPU per VM, other workload VMs, primary site (vCPU), option
  'primaryPackStackedWorkloadRamGB', // RAM per VM, other workload VMs, primary site (GB), option
  'primaryPackStackedWorkloadPerHost', // Most on one host (anti-affinity), other workload VMs, primary site (VMs), option
  'primaryPackMailboxHostsAlone', // Hosts the Mailbox VMs need on their own, primary site (hosts), option
  'primaryPackClientAccessHostsAlone', // Hosts the ClientAccess VMs need on their own, primary site (hosts), option
  'primaryPackHubTransportHostsAlone', // Hosts the HubTransport VMs need on their own, primary site (hosts), option
  'primaryPackGlobalCatalogHostsAlone', // Hosts the GlobalCatalog VMs need on their own, primary site (hosts), option
  'primaryPackSeparatedWorkloadHostsAlone', // Hosts the SeparatedWorkload VMs need on their own, primary site (hosts), option
  'primaryPackStackedWorkloadHostsAlone', // Hosts the StackedWorkload VMs need on their own, primary site (hosts), option
  'primaryPackMailboxSize', // Share of a host one Mailbox VM takes (the scarcer resource), primary site (share), option
  'primaryPackClientAccessSize', // Share of a host one ClientAccess VM takes (the scarcer resource), primary site (share), option
  'primaryPackHubTransportSize', // Share of a host one HubTransport VM takes (the scarcer resource), primary site (share), option
  'primaryPackGlobalCatalogSize', // Share of a host one GlobalCatalog VM takes (the scarcer resource), primary site (share), option
  'primaryPackSeparatedWorkloadSize', // Share of a host one SeparatedWorkload VM takes (the scarcer resource), primary site (share), option
  'primaryPackStackedWorkloadSize', // Share of a host one StackedWorkload VM takes (the scarcer resource), primary site (share), option
  'primaryPackMailboxByHostsOrder', // Place of the Mailbox VMs, kinds by the hosts each needs alone, primary site, option
  'primaryPackClientAccessByHostsOrder', // Place of the ClientAccess VMs, kinds by the hosts each needs alone, primary site, option
  'primaryPackHubTransportByHostsOrder', // Place of the HubTransport VMs, kinds by the hosts each needs alone, primary site, option
  'primaryPackGlobalCatalogByHostsOrder', // Place of the GlobalCatalog VMs, kinds by the hosts each needs alone, primary site, option
  'primaryPackSeparatedWorkloadByHostsOrder', // Place of the SeparatedWorkload VMs, kinds by the hosts each needs alone, primary site, option
  'primaryPackStackedWorkloadByHostsOrder', // Place of the StackedWorkload VMs, kinds by the hosts each needs alone, primary site, option
  'primaryByHostsPlace1Vms', // Vms of the kind in place 1, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace1Vcpu', // Vcpu of the kind in place 1, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace1RamGB', // RamGB of the kind in place 1, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace1PerHost', // PerHost of the kind in place 1, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace2Vms', // Vms of the kind in place 2, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace2Vcpu', // Vcpu of the kind in place 2, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace2RamGB', // RamGB of the kind in place 2, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace2PerHost', // PerHost of the kind in place 2, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace3Vms', // Vms of the kind in place 3, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace3Vcpu', // Vcpu of the kind in place 3, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace3RamGB', // RamGB of the kind in place 3, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace3PerHost', // PerHost of the kind in place 3, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace4Vms', // Vms of the kind in place 4, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace4Vcpu', // Vcpu of the kind in place 4, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace4RamGB', // RamGB of the kind in place 4, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace4PerHost', // PerHost of the kind in place 4, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace5Vms', // Vms of the kind in place 5, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace5Vcpu', // Vcpu of the kind in place 5, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace5RamGB', // RamGB of the kind in place 5, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace5PerHost', // PerHost of the kind in place 5, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace6Vms', // Vms of the kind in place 6, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryByHostsPlace6Vcpu', // Vcpu of the kind in place 6, kinds by the hosts each needs alone, primary site (vCPU), option
  'primaryByHostsPlace6RamGB', // RamGB of the kind in place 6, kinds by the hosts each needs alone, primary site (GB), option
  'primaryByHostsPlace6PerHost', // PerHost of the kind in place 6, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryPackMailboxBySizeOrder', // Place of the Mailbox VMs, kinds by VM size, largest first, primary site, option
  'primaryPackClientAccessBySizeOrder', // Place of the ClientAccess VMs, kinds by VM size, largest first, primary site, option
  'primaryPackHubTransportBySizeOrder', // Place of the HubTransport VMs, kinds by VM size, largest first, primary site, option
  'primaryPackGlobalCatalogBySizeOrder', // Place of the GlobalCatalog VMs, kinds by VM size, largest first, primary site, option
  'primaryPackSeparatedWorkloadBySizeOrder', // Place of the SeparatedWorkload VMs, kinds by VM size, largest first, primary site, option
  'primaryPackStackedWorkloadBySizeOrder', // Place of the StackedWorkload VMs, kinds by VM size, largest first, primary site, option
  'primaryBySizePlace1Vms', // Vms of the kind in place 1, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace1Vcpu', // Vcpu of the kind in place 1, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace1RamGB', // RamGB of the kind in place 1, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace1PerHost', // PerHost of the kind in place 1, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace2Vms', // Vms of the kind in place 2, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace2Vcpu', // Vcpu of the kind in place 2, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace2RamGB', // RamGB of the kind in place 2, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace2PerHost', // PerHost of the kind in place 2, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace3Vms', // Vms of the kind in place 3, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace3Vcpu', // Vcpu of the kind in place 3, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace3RamGB', // RamGB of the kind in place 3, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace3PerHost', // PerHost of the kind in place 3, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace4Vms', // Vms of the kind in place 4, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace4Vcpu', // Vcpu of the kind in place 4, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace4RamGB', // RamGB of the kind in place 4, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace4PerHost', // PerHost of the kind in place 4, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace5Vms', // Vms of the kind in place 5, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace5Vcpu', // Vcpu of the kind in place 5, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace5RamGB', // RamGB of the kind in place 5, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace5PerHost', // PerHost of the kind in place 5, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace6Vms', // Vms of the kind in place 6, kinds by VM size, largest first, primary site (VMs), option
  'primaryBySizePlace6Vcpu', // Vcpu of the kind in place 6, kinds by VM size, largest first, primary site (vCPU), option
  'primaryBySizePlace6RamGB', // RamGB of the kind in place 6, kinds by VM size, largest first, primary site (GB), option
  'primaryBySizePlace6PerHost', // PerHost of the kind in place 6, kinds by VM size, largest first, primary site (VMs), option
  'drPackMailboxVms', // VMs to place, mailbox VMs, dr site (VMs), option
  'drPackMailboxVcpu', // vCPU per VM, mailbox VMs, dr site (vCPU), option
  'drPackMailboxRamGB', // RAM per VM, mailbox VMs, dr site (GB), option
  'drPackMailboxPerHost', // Most on one host (anti-affinity), mailbox VMs, dr site (VMs), option
  'drPackClientAccessVms', // VMs to place, Client Access VMs, dr site (VMs), option
  'drPackClientAccessVcpu', // vCPU per VM, Client Access VMs, dr site (vCPU), option
  'drPackClientAccessRamGB', // RAM per VM, Client Access VMs, dr site (GB), option
  'drPackClientAccessPerHost', // Most on one host (anti-affinity), Client Access VMs, dr site (VMs), option
  'drPackHubTransportVms', // VMs to place, Hub Transport VMs, dr site (VMs), option
  'drPackHubTransportVcpu', // vCPU per VM, Hub Transport VMs, dr site (vCPU), option
  'drPackHubTransportRamGB', // RAM per VM, Hub Transport VMs, dr site (GB), option
  'drPackHubTransportPerHost', // Most on one host (anti-affinity), Hub Transport VMs, dr site (VMs), option
  'drPackGlobalCatalogVms', // VMs to place, Global catalog VMs, dr site (VMs), option
  'drPackGlobalCatalogVcpu', // vCPU per VM, Global catalog VMs, dr site (vCPU), option
  'drPackGlobalCatalogRamGB', // RAM per VM, Global catalog VMs, dr site (GB), option
  'drPackGlobalCatalogPerHost', // Most on one host (anti-affinity), Global catalog VMs, dr site (VMs), option
  'drPackSeparatedWorkloadVms', // VMs to place, other workload VMs kept apart, dr site (VMs), option
  'drPackSeparatedWorkloadVcpu', // vCPU per VM, other workload VMs kept apart, dr site (vCPU), option
  'drPackSeparatedWorkloadRamGB', // RAM per VM, other workload VMs kept apart, dr site (GB), option
  'drPackSeparatedWorkloadPerHost', // Most on one host (anti-affinity), other workload VMs kept apart, dr site (VMs), option
  'drPackStackedWorkloadVms', // VMs to place, other workload VMs, dr site (VMs), option
  'drPackStackedWorkloadVcpu', // vCPU per VM, other workload VMs, dr site (vCPU), option
  'drPackStackedWorkloadRamGB', // RAM per VM, other workload VMs, dr site (GB), option
  'drPackStackedWorkloadPerHost', // Most on one host (anti-affinity), other workload VMs, dr site (VMs), option
  'drPackMailboxHostsAlone', // Hosts the Mailbox VMs need on their own, dr site (hosts), option
  'drPackClientAccessHostsAlone', // Hosts the ClientAccess VMs need on their own, dr site (hosts), option
  'drPackHubTransportHostsAlone', // Hosts the HubTransport VMs need on their own, dr site (hosts), option
  'drPackGlobalCatalogHostsAlone', // Hosts the GlobalCatalog VMs need on their own, dr site (hosts), option
  'drPackSeparatedWorkloadHostsAlone', // Hosts the SeparatedWorkload VMs need on their own, dr site (hosts), option
  'drPackStackedWorkloadHostsAlone', // Hosts the StackedWorkload VMs need on their own, dr site (hosts), option
  'drPackMailboxSize', // Share of a host one Mailbox VM takes (the scarcer resource), dr site (share), option
  'drPackClientAccessSize', // Share of a host one ClientAccess VM takes (the scarcer resource), dr site (share), option
  'drPackHubTransportSize', // Share of a host one HubTransport VM takes (the scarcer resource), dr site (share), option
  'drPackGlobalCatalogSize', // Share of a host one GlobalCatalog VM takes (the scarcer resource), dr site (share), option
  'drPackSeparatedWorkloadSize', // Share of a host one SeparatedWorkload VM takes (the scarcer resource), dr site (share), option
  'drPackStackedWorkloadSize', // Share of a host one StackedWorkload VM takes (the scarcer resource), dr site (share), option
  'drPackMailboxByHostsOrder', // Place of the Mailbox VMs, kinds by the hosts each needs alone, dr site, option
  'drPackClientAccessByHostsOrder', // Place of the ClientAccess VMs, kinds by the hosts each needs alone, dr site, option
  'drPackHubTransportByHostsOrder', // Place of the HubTransport VMs, kinds by the hosts each needs alone, dr site, option
  'drPackGlobalCatalogByHostsOrder', // Place of the GlobalCatalog VMs, kinds by the hosts each needs alone, dr site, option
  'drPackSeparatedWorkloadByHostsOrder', // Place of the SeparatedWorkload VMs, kinds by the hosts each needs alone, dr site, option
  'drPackStackedWorkloadByHostsOrder', // Place of the StackedWorkload VMs, kinds by the hosts each needs alone, dr site, option
  'drByHostsPlace1Vms', // Vms of the kind in place 1, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace1Vcpu', // Vcpu of the kind in place 1, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace1RamGB', // RamGB of the kind in place 1, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace1PerHost', // PerHost of the kind in place 1, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace2Vms', // Vms of the kind in place 2, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace2Vcpu', // Vcpu of the kind in place 2, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace2RamGB', // RamGB of the kind in place 2, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace2PerHost', // PerHost of the kind in place 2, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace3Vms', // Vms of the kind in place 3, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace3Vcpu', // Vcpu of the kind in place 3, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace3RamGB', // RamGB of the kind in place 3, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace3PerHost', // PerHost of the kind in place 3, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace4Vms', // Vms of the kind in place 4, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace4Vcpu', // Vcpu of the kind in place 4, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace4RamGB', // RamGB of the kind in place 4, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace4PerHost', // PerHost of the kind in place 4, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace5Vms', // Vms of the kind in place 5, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace5Vcpu', // Vcpu of the kind in place 5, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace5RamGB', // RamGB of the kind in place 5, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace5PerHost', // PerHost of the kind in place 5, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace6Vms', // Vms of the kind in place 6, kinds by the hosts each needs alone, dr site (VMs), option
  'drByHostsPlace6Vcpu', // Vcpu of the kind in place 6, kinds by the hosts each needs alone, dr site (vCPU), option
  'drByHostsPlace6RamGB', // RamGB of the kind in place 6, kinds by the hosts each needs alone, dr site (GB), option
  'drByHostsPlace6PerHost', // PerHost of the kind in place 6, kinds by the hosts each needs alone, dr site (VMs), option
  'drPackMailboxBySizeOrder', // Place of the Mailbox VMs, kinds by VM size, largest first, dr site, option
  'drPackClientAccessBySizeOrder', // Place of the ClientAccess VMs, kinds by VM size, largest first, dr site, option
  'drPackHubTransportBySizeOrder', // Place of the HubTransport VMs, kinds by VM size, largest first, dr site, option
  'drPackGlobalCatalogBySizeOrder', // Place of the GlobalCatalog VMs, kinds by VM size, largest first, dr site, option
  'drPackSeparatedWorkloadBySizeOrder', // Place of the SeparatedWorkload VMs, kinds by VM size, largest first, dr site, option
  'drPackStackedWorkloadBySizeOrder', // Place of the StackedWorkload VMs, kinds by VM size, largest first, dr site, option
  'drBySizePlace1Vms', // Vms of the kind in place 1, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace1Vcpu', // Vcpu of the kind in place 1, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace1RamGB', // RamGB of the kind in place 1, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace1PerHost', // PerHost of the kind in place 1, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace2Vms', // Vms of the kind in place 2, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace2Vcpu', // Vcpu of the kind in place 2, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace2RamGB', // RamGB of the kind in place 2, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace2PerHost', // PerHost of the kind in place 2, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace3Vms', // Vms of the kind in place 3, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace3Vcpu', // Vcpu of the kind in place 3, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace3RamGB', // RamGB of the kind in place 3, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace3PerHost', // PerHost of the kind in place 3, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace4Vms', // Vms of the kind in place 4, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace4Vcpu', // Vcpu of the kind in place 4, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace4RamGB', // RamGB of the kind in place 4, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace4PerHost', // PerHost of the kind in place 4, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace5Vms', // Vms of the kind in place 5, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace5Vcpu', // Vcpu of the kind in place 5, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace5RamGB', // RamGB of the kind in place 5, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace5PerHost', // PerHost of the kind in place 5, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace6Vms', // Vms of the kind in place 6, kinds by VM size, largest first, dr site (VMs), option
  'drBySizePlace6Vcpu', // Vcpu of the kind in place 6, kinds by VM size, largest first, dr site (vCPU), option
  'drBySizePlace6RamGB', // RamGB of the kind in place 6, kinds by VM size, largest first, dr site (GB), option
  'drBySizePlace6PerHost', // PerHost of the kind in place 6, kinds by VM size, largest first, dr site (VMs), option
  'primaryByHostsPhasePlace1Left', // VMs of the kind in place 1 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace2Left', // VMs of the kind in place 2 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace3Left', // VMs of the kind in place 3 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace4Left', // VMs of the kind in place 4 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace5Left', // VMs of the kind in place 5 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace6Left', // VMs of the kind in place 6 still to place, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace1Take', // VMs of the kind in place 1 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace2Take', // VMs of the kind in place 2 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace3Take', // VMs of the kind in place 3 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace4Take', // VMs of the kind in place 4 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace5Take', // VMs of the kind in place 5 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhasePlace6Take', // VMs of the kind in place 6 on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhaseVms', // VMs on each host of the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryByHostsPhaseHosts', // Identical hosts in the group, primary site, by hosts alone (hosts), rows:placementPhases
  'primaryByHostsPhaseVmsLeftAfter', // VMs still to place after the group, primary site, by hosts alone (VMs), rows:placementPhases
  'primaryBySizePhasePlace1Left', // VMs of the kind in place 1 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace2Left', // VMs of the kind in place 2 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace3Left', // VMs of the kind in place 3 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace4Left', // VMs of the kind in place 4 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace5Left', // VMs of the kind in place 5 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace6Left', // VMs of the kind in place 6 still to place, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace1Take', // VMs of the kind in place 1 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace2Take', // VMs of the kind in place 2 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace3Take', // VMs of the kind in place 3 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace4Take', // VMs of the kind in place 4 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace5Take', // VMs of the kind in place 5 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhasePlace6Take', // VMs of the kind in place 6 on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhaseVms', // VMs on each host of the group, primary site, by VM size (VMs), rows:placementPhases
  'primaryBySizePhaseHosts', // Identical hosts in the group, primary site, by VM size (hosts), rows:placementPhases
  'primaryBySizePhaseVmsLeftAfter', // VMs still to place after the group, primary site, by VM size (VMs), rows:placementPhases
  'drByHostsPhasePlace1Left', // VMs of the kind in place 1 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace2Left', // VMs of the kind in place 2 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace3Left', // VMs of the kind in place 3 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace4Left', // VMs of the kind in place 4 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace5Left', // VMs of the kind in place 5 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace6Left', // VMs of the kind in place 6 still to place, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace1Take', // VMs of the kind in place 1 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace2Take', // VMs of the kind in place 2 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace3Take', // VMs of the kind in place 3 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace4Take', // VMs of the kind in place 4 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace5Take', // VMs of the kind in place 5 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhasePlace6Take', // VMs of the kind in place 6 on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhaseVms', // VMs on each host of the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drByHostsPhaseHosts', // Identical hosts in the group, dr site, by hosts alone (hosts), rows:placementPhases
  'drByHostsPhaseVmsLeftAfter', // VMs still to place after the group, dr site, by hosts alone (VMs), rows:placementPhases
  'drBySizePhasePlace1Left', // VMs of the kind in place 1 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace2Left', // VMs of the kind in place 2 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace3Left', // VMs of the kind in place 3 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace4Left', // VMs of the kind in place 4 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace5Left', // VMs of the kind in place 5 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace6Left', // VMs of the kind in place 6 still to place, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace1Take', // VMs of the kind in place 1 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace2Take', // VMs of the kind in place 2 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace3Take', // VMs of the kind in place 3 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace4Take', // VMs of the kind in place 4 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace5Take', // VMs of the kind in place 5 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhasePlace6Take', // VMs of the kind in place 6 on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhaseVms', // VMs on each host of the group, dr site, by VM size (VMs), rows:placementPhases
  'drBySizePhaseHosts', // Identical hosts in the group, dr site, by VM size (hosts), rows:placementPhases
  'drBySizePhaseVmsLeftAfter', // VMs still to place after the group, dr site, by VM size (VMs), rows:placementPhases
  'primaryPackVms', // VMs to place, primary site (VMs), option
  'primaryByHostsHosts', // Hosts the packing fills, kinds by the hosts each needs alone, primary site (hosts), option
  'primaryByHostsMostVmsOnAHost', // Most VMs on one host of the packing, kinds by the hosts each needs alone, primary site (VMs), option
  'primaryBySizeHosts', // Hosts the packing fills, kinds by VM size, largest first, primary site (hosts), option
  'primaryBySizeMostVmsOnAHost', // Most VMs on one host of the packing, kinds by VM size, largest first, primary site (VMs), option
  'primaryPackBySize', // The packing by VM size needs fewer hosts, primary site (yes/no), option
  'primaryFirstFitHosts', // Hosts the first fit fills, primary site (hosts), option
  'primaryPackSpread', // Dealing the VMs round the hosts needs fewer hosts than first fit, primary site (yes/no), option
  'primaryHostsForPlacement', // Hosts the packing fills, primary site (hosts), option
  'primaryMostVmsOnAHost', // Most VMs on one host of the packing, primary site (VMs), option
  'drPackVms', // VMs to place, dr site (VMs), option
  'drByHostsHosts', // Hosts the packing fills, kinds by the hosts each needs alone, dr site (hosts), option
  'drByHostsMostVmsOnAHost', // Most VMs on one host of the packing, kinds by the hosts each needs alone, dr site (VMs), option
  'drBySizeHosts', // Hosts the packing fills, kinds by VM size, largest first, dr site (hosts), option
  'drBySizeMostVmsOnAHost', // Most VMs on one host of the packing, kinds by VM size, largest first, dr site (VMs), option
  'drPackBySize', // The packing by VM size needs fewer hosts, dr site (yes/no), option
  'drFirstFitHosts', // Hosts the first fit fills, dr site (hosts), option
  'drPackSpread', // Dealing the VMs round the hosts needs fewer hosts than first fit, dr site (yes/no), option
  'drHostsForPlacement', // Hosts the packing fills, dr site (hosts), option
  'drMostVmsOnAHost', // Most VMs on one host of the packing, dr site (VMs), option
  'primarySpreadHosts', // Hosts tried, primary site (hosts), rows:spreadCandidates
  'primarySpreadMailboxEach', // Mailbox VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadMailboxExtra', // Hosts with one Mailbox VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadClientAccessEach', // ClientAccess VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadClientAccessExtra', // Hosts with one ClientAccess VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadHubTransportEach', // HubTransport VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadHubTransportExtra', // Hosts with one HubTransport VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadGlobalCatalogEach', // GlobalCatalog VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadGlobalCatalogExtra', // Hosts with one GlobalCatalog VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadSeparatedWorkloadEach', // SeparatedWorkload VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadSeparatedWorkloadExtra', // Hosts with one SeparatedWorkload VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadStackedWorkloadEach', // StackedWorkload VMs on every host, primary site (VMs), rows:spreadCandidates
  'primarySpreadStackedWorkloadExtra', // Hosts with one StackedWorkload VM more, primary site (hosts), rows:spreadCandidates
  'primarySpreadListedMailboxFrom', // First host (from 0) of the Mailbox VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedClientAccessFrom', // First host (from 0) of the ClientAccess VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedHubTransportFrom', // First host (from 0) of the HubTransport VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedGlobalCatalogFrom', // First host (from 0) of the GlobalCatalog VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedSeparatedWorkloadFrom', // First host (from 0) of the SeparatedWorkload VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedStackedWorkloadFrom', // First host (from 0) of the StackedWorkload VMs, primary site, kinds as listed (host), rows:spreadCandidates
  'primarySpreadListedAtMailboxVms', // VMs on the first host of the Mailbox run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtMailboxVcpu', // vCPU on the first host of the Mailbox run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtMailboxRamGB', // RAM on the first host of the Mailbox run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedAtClientAccessVms', // VMs on the first host of the ClientAccess run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtClientAccessVcpu', // vCPU on the first host of the ClientAccess run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtClientAccessRamGB', // RAM on the first host of the ClientAccess run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedAtHubTransportVms', // VMs on the first host of the HubTransport run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtHubTransportVcpu', // vCPU on the first host of the HubTransport run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtHubTransportRamGB', // RAM on the first host of the HubTransport run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedAtGlobalCatalogVms', // VMs on the first host of the GlobalCatalog run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtGlobalCatalogVcpu', // vCPU on the first host of the GlobalCatalog run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtGlobalCatalogRamGB', // RAM on the first host of the GlobalCatalog run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedAtSeparatedWorkloadVms', // VMs on the first host of the SeparatedWorkload run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtSeparatedWorkloadVcpu', // vCPU on the first host of the SeparatedWorkload run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtSeparatedWorkloadRamGB', // RAM on the first host of the SeparatedWorkload run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedAtStackedWorkloadVms', // VMs on the first host of the StackedWorkload run, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedAtStackedWorkloadVcpu', // vCPU on the first host of the StackedWorkload run, primary site, kinds as listed (vCPU), rows:spreadCandidates
  'primarySpreadListedAtStackedWorkloadRamGB', // RAM on the first host of the StackedWorkload run, primary site, kinds as listed (GB), rows:spreadCandidates
  'primarySpreadListedFits', // Every host within its vCPU and RAM, redundant instances apart, primary site, kinds as listed (yes/no), rows:spreadCandidates
  'primarySpreadListedMostVms', // Most VMs on one host, primary site, kinds as listed (VMs), rows:spreadCandidates
  'primarySpreadListedHostsIfFits', // Hosts, where the VMs fit, primary site, kinds as listed (hosts), rows:spreadCandidates
  'primarySpreadCatalogsFirstMailboxFrom', // First host (from 0) of the Mailbox VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstGlobalCatalogFrom', // First host (from 0) of the GlobalCatalog VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstClientAccessFrom', // First host (from 0) of the ClientAccess VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstHubTransportFrom', // First host (from 0) of the HubTransport VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstSeparatedWorkloadFrom', // First host (from 0) of the SeparatedWorkload VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstStackedWorkloadFrom', // First host (from 0) of the StackedWorkload VMs, primary site, global catalogs before the other roles (host), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtMailboxVms', // VMs on the first host of the Mailbox run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtMailboxVcpu', // vCPU on the first host of the Mailbox run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtMailboxRamGB', // RAM on the first host of the Mailbox run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtClientAccessVms', // VMs on the first host of the ClientAccess run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtClientAccessVcpu', // vCPU on the first host of the ClientAccess run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtClientAccessRamGB', // RAM on the first host of the ClientAccess run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtHubTransportVms', // VMs on the first host of the HubTransport run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtHubTransportVcpu', // vCPU on the first host of the HubTransport run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtHubTransportRamGB', // RAM on the first host of the HubTransport run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtGlobalCatalogVms', // VMs on the first host of the GlobalCatalog run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtGlobalCatalogVcpu', // vCPU on the first host of the GlobalCatalog run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtGlobalCatalogRamGB', // RAM on the first host of the GlobalCatalog run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtSeparatedWorkloadVms', // VMs on the first host of the SeparatedWorkload run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtSeparatedWorkloadVcpu', // vCPU on the first host of the SeparatedWorkload run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtSeparatedWorkloadRamGB', // RAM on the first host of the SeparatedWorkload run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtStackedWorkloadVms', // VMs on the first host of the StackedWorkload run, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtStackedWorkloadVcpu', // vCPU on the first host of the StackedWorkload run, primary site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'primarySpreadCatalogsFirstAtStackedWorkloadRamGB', // RAM on the first host of the StackedWorkload run, primary site, global catalogs before the other roles (GB), rows:spreadCandidates
  'primarySpreadCatalogsFirstFits', // Every host within its vCPU and RAM, redundant instances apart, primary site, global catalogs before the other roles (yes/no), rows:spreadCandidates
  'primarySpreadCatalogsFirstMostVms', // Most VMs on one host, primary site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'primarySpreadCatalogsFirstHostsIfFits', // Hosts, where the VMs fit, primary site, global catalogs before the other roles (hosts), rows:spreadCandidates
  'primarySpreadLowerBound', // Fewest hosts any packing could use (vCPU, RAM, each kind on its own), primary site (hosts), option
  'primarySpreadListedMailboxBefore', // VMs dealt before the Mailbox VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedClientAccessBefore', // VMs dealt before the ClientAccess VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedHubTransportBefore', // VMs dealt before the HubTransport VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedGlobalCatalogBefore', // VMs dealt before the GlobalCatalog VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedSeparatedWorkloadBefore', // VMs dealt before the SeparatedWorkload VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedStackedWorkloadBefore', // VMs dealt before the StackedWorkload VMs, kinds as listed, primary site (VMs), option
  'primarySpreadListedHosts', // Hosts the dealt packing needs, kinds as listed, primary site (hosts), option
  'primarySpreadCatalogsFirstMailboxBefore', // VMs dealt before the Mailbox VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstGlobalCatalogBefore', // VMs dealt before the GlobalCatalog VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstClientAccessBefore', // VMs dealt before the ClientAccess VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstHubTransportBefore', // VMs dealt before the HubTransport VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstSeparatedWorkloadBefore', // VMs dealt before the SeparatedWorkload VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstStackedWorkloadBefore', // VMs dealt before the StackedWorkload VMs, global catalogs before the other roles, primary site (VMs), option
  'primarySpreadCatalogsFirstHosts', // Hosts the dealt packing needs, global catalogs before the other roles, primary site (hosts), option
  'primarySpreadCatalogsFirst', // Dealing the global catalogs first needs fewer hosts, primary site (yes/no), option
  'primarySpreadHostsNeeded', // Hosts the dealt packing needs, primary site (hosts), option
  'primarySpreadMostVmsOnAHost', // Most VMs on one host of the dealt packing, primary site (VMs), option
  'drSpreadHosts', // Hosts tried, dr site (hosts), rows:spreadCandidates
  'drSpreadMailboxEach', // Mailbox VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadMailboxExtra', // Hosts with one Mailbox VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadClientAccessEach', // ClientAccess VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadClientAccessExtra', // Hosts with one ClientAccess VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadHubTransportEach', // HubTransport VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadHubTransportExtra', // Hosts with one HubTransport VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadGlobalCatalogEach', // GlobalCatalog VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadGlobalCatalogExtra', // Hosts with one GlobalCatalog VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadSeparatedWorkloadEach', // SeparatedWorkload VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadSeparatedWorkloadExtra', // Hosts with one SeparatedWorkload VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadStackedWorkloadEach', // StackedWorkload VMs on every host, dr site (VMs), rows:spreadCandidates
  'drSpreadStackedWorkloadExtra', // Hosts with one StackedWorkload VM more, dr site (hosts), rows:spreadCandidates
  'drSpreadListedMailboxFrom', // First host (from 0) of the Mailbox VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedClientAccessFrom', // First host (from 0) of the ClientAccess VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedHubTransportFrom', // First host (from 0) of the HubTransport VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedGlobalCatalogFrom', // First host (from 0) of the GlobalCatalog VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedSeparatedWorkloadFrom', // First host (from 0) of the SeparatedWorkload VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedStackedWorkloadFrom', // First host (from 0) of the StackedWorkload VMs, dr site, kinds as listed (host), rows:spreadCandidates
  'drSpreadListedAtMailboxVms', // VMs on the first host of the Mailbox run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtMailboxVcpu', // vCPU on the first host of the Mailbox run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtMailboxRamGB', // RAM on the first host of the Mailbox run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedAtClientAccessVms', // VMs on the first host of the ClientAccess run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtClientAccessVcpu', // vCPU on the first host of the ClientAccess run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtClientAccessRamGB', // RAM on the first host of the ClientAccess run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedAtHubTransportVms', // VMs on the first host of the HubTransport run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtHubTransportVcpu', // vCPU on the first host of the HubTransport run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtHubTransportRamGB', // RAM on the first host of the HubTransport run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedAtGlobalCatalogVms', // VMs on the first host of the GlobalCatalog run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtGlobalCatalogVcpu', // vCPU on the first host of the GlobalCatalog run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtGlobalCatalogRamGB', // RAM on the first host of the GlobalCatalog run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedAtSeparatedWorkloadVms', // VMs on the first host of the SeparatedWorkload run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtSeparatedWorkloadVcpu', // vCPU on the first host of the SeparatedWorkload run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtSeparatedWorkloadRamGB', // RAM on the first host of the SeparatedWorkload run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedAtStackedWorkloadVms', // VMs on the first host of the StackedWorkload run, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedAtStackedWorkloadVcpu', // vCPU on the first host of the StackedWorkload run, dr site, kinds as listed (vCPU), rows:spreadCandidates
  'drSpreadListedAtStackedWorkloadRamGB', // RAM on the first host of the StackedWorkload run, dr site, kinds as listed (GB), rows:spreadCandidates
  'drSpreadListedFits', // Every host within its vCPU and RAM, redundant instances apart, dr site, kinds as listed (yes/no), rows:spreadCandidates
  'drSpreadListedMostVms', // Most VMs on one host, dr site, kinds as listed (VMs), rows:spreadCandidates
  'drSpreadListedHostsIfFits', // Hosts, where the VMs fit, dr site, kinds as listed (hosts), rows:spreadCandidates
  'drSpreadCatalogsFirstMailboxFrom', // First host (from 0) of the Mailbox VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstGlobalCatalogFrom', // First host (from 0) of the GlobalCatalog VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstClientAccessFrom', // First host (from 0) of the ClientAccess VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstHubTransportFrom', // First host (from 0) of the HubTransport VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstSeparatedWorkloadFrom', // First host (from 0) of the SeparatedWorkload VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstStackedWorkloadFrom', // First host (from 0) of the StackedWorkload VMs, dr site, global catalogs before the other roles (host), rows:spreadCandidates
  'drSpreadCatalogsFirstAtMailboxVms', // VMs on the first host of the Mailbox run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtMailboxVcpu', // vCPU on the first host of the Mailbox run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtMailboxRamGB', // RAM on the first host of the Mailbox run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstAtClientAccessVms', // VMs on the first host of the ClientAccess run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtClientAccessVcpu', // vCPU on the first host of the ClientAccess run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtClientAccessRamGB', // RAM on the first host of the ClientAccess run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstAtHubTransportVms', // VMs on the first host of the HubTransport run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtHubTransportVcpu', // vCPU on the first host of the HubTransport run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtHubTransportRamGB', // RAM on the first host of the HubTransport run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstAtGlobalCatalogVms', // VMs on the first host of the GlobalCatalog run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtGlobalCatalogVcpu', // vCPU on the first host of the GlobalCatalog run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtGlobalCatalogRamGB', // RAM on the first host of the GlobalCatalog run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstAtSeparatedWorkloadVms', // VMs on the first host of the SeparatedWorkload run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtSeparatedWorkloadVcpu', // vCPU on the first host of the SeparatedWorkload run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtSeparatedWorkloadRamGB', // RAM on the first host of the SeparatedWorkload run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstAtStackedWorkloadVms', // VMs on the first host of the StackedWorkload run, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstAtStackedWorkloadVcpu', // vCPU on the first host of the StackedWorkload run, dr site, global catalogs before the other roles (vCPU), rows:spreadCandidates
  'drSpreadCatalogsFirstAtStackedWorkloadRamGB', // RAM on the first host of the StackedWorkload run, dr site, global catalogs before the other roles (GB), rows:spreadCandidates
  'drSpreadCatalogsFirstFits', // Every host within its vCPU and RAM, redundant instances apart, dr site, global catalogs before the other roles (yes/no), rows:spreadCandidates
  'drSpreadCatalogsFirstMostVms', // Most VMs on one host, dr site, global catalogs before the other roles (VMs), rows:spreadCandidates
  'drSpreadCatalogsFirstHostsIfFits', // Hosts, where the VMs fit, dr site, global catalogs before the other roles (hosts), rows:spreadCandidates
  'drSpreadLowerBound', // Fewest hosts any packing could use (vCPU, RAM, each kind on its own), dr site (hosts), option
  'drSpreadListedMailboxBefore', // VMs dealt before the Mailbox VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedClientAccessBefore', // VMs dealt before the ClientAccess VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedHubTransportBefore', // VMs dealt before the HubTransport VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedGlobalCatalogBefore', // VMs dealt before the GlobalCatalog VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedSeparatedWorkloadBefore', // VMs dealt before the SeparatedWorkload VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedStackedWorkloadBefore', // VMs dealt before the StackedWorkload VMs, kinds as listed, dr site (VMs), option
  'drSpreadListedHosts', // Hosts the dealt packing needs, kinds as listed, dr site (hosts), option
  'drSpreadCatalogsFirstMailboxBefore', // VMs dealt before the Mailbox VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstGlobalCatalogBefore', // VMs dealt before the GlobalCatalog VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstClientAccessBefore', // VMs dealt before the ClientAccess VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstHubTransportBefore', // VMs dealt before the HubTransport VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstSeparatedWorkloadBefore', // VMs dealt before the SeparatedWorkload VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstStackedWorkloadBefore', // VMs dealt before the StackedWorkload VMs, global catalogs before the other roles, dr site (VMs), option
  'drSpreadCatalogsFirstHosts', // Hosts the dealt packing needs, global catalogs before the other roles, dr site (hosts), option
  'drSpreadCatalogsFirst', // Dealing the global catalogs first needs fewer hosts, dr site (yes/no), option
  'drSpreadHostsNeeded', // Hosts the dealt packing needs, dr site (hosts), option
  'drSpreadMostVmsOnAHost', // Most VMs on one host of the dealt packing, dr site (VMs), option
  'primaryUsesHa', // vSphere HA admission control applies, primary site (yes/no), option
  'primarySlotsPerHost', // HA slots per host, primary site (slots), option
  'primaryHostsBySlots', // Hosts by HA slots, primary site (hosts), option
  'primaryHostsByCpu', // Hosts by vCPU (lower bound), primary site (hosts), option
  'primaryHostsByRam', // Hosts by RAM (lower bound), primary site (hosts), option
  'primaryHostsForLoad', // Hosts for the VMs (packing; HA slot policy where it applies), primary site (hosts), option
  'primarySpareHosts', // Spare hosts for vSphere HA, primary site (hosts), option
  'primaryHosts', // Hosts, primary site (hosts), option
  'primaryReservedShare', // Share of the cluster reserved for failover, primary site (share), option
  'primaryVmsPerHost', // VMs per host, primary site (VMs), option
  'primaryCpuUtilisation', // vCPU over host cores, primary site (share), option
  'primaryRamUtilisation', // VM RAM over host RAM for VMs, primary site (share), option
  'drSlotsPerHost', // HA slots per host, dr site (slots), option
  'drHostsBySlots', // Hosts by HA slots, dr site (hosts), option
  'drHostsByCpu', // Hosts by vCPU (lower bound), dr site (hosts), option
  'drHostsByRam', // Hosts by RAM (lower bound), dr site (hosts), option
  'drHostsForLoad', // Hosts for the VMs (packing; HA slot policy where it applies), dr site (hosts), option
  'drSpareHosts', // Spare hosts for vSphere HA, dr site (hosts), option
  'drHosts', // Hosts, dr site (hosts), option
  'drReservedShare', // Share of the cluster reserved for failover, dr site (share), option
  'drVmsPerHost', // VMs per host, dr site (VMs), option
  'drCpuUtilisation', // vCPU over host cores, dr site (share), option
  'drRamUtilisation', // VM RAM over host RAM for VMs, dr site (share), option
  'totalHosts', // Hosts, both sites (hosts), option
  // Storage
  'laggedCopyStorageGB', // Lagged copies, DR site (GB), option
  'drPassiveCopyStorageGB', // Non-lagged copies, DR site (GB), option
  'activeActiveCopiesMovedToDrGB', // Database copies the DR site holds instead of the primary site (active/active) (GB), option
  'replicaTargetStorageGB', // Replication targets of the mailbox databases (GB), option
  'exchangeSystemDisksPrimaryGB', // Exchange VM system disks, primary site (GB), option
  'exchangeSystemDisksDrGB', // Exchange VM system disks, DR site (GB), option
  'snapshotReserveGB', // Snapshot reserve for array-based backups (GB), option
  'backupStorageGB', // Backup target for in-guest mailbox backups (GB), option
  'vdrDedupeStoreGB', // VMware Data Recovery dedupe store (used space of the protected CAS and Hub VMs) (GB), option
  'vdrAppliances', // VMware Data Recovery appliances (appliances), option
  'restoreLunStorageGB', // Restore LUNs of the mailbox servers, primary site (GB), option
  'drRestoreLunStorageGB', // Restore LUNs of the mailbox servers, DR site (GB), option
  'primaryStorageGB', // Storage, primary site (GB), option
  'srmReplicaStorageGB', // Array replica of the primary site (SRM) (GB), option
  'drStorageGB', // Storage, DR site (GB), option
  'primaryMailboxIops', // Mailbox database and log IOPS, primary site (IOPS), option
  'primarySystemPoolGB', // Storage, primary site, outside the mailbox and backup pools (system disks, workloads, local replicas, snapshot reserve) (GB), option
  'primaryBackupPoolGB', // Backup target pool, primary site (never the production pool) (GB), option
  'primaryDatabaseArrayDisks', // Database array, primary site: disks (disks), option
  'primaryDatabaseHotSpares', // Database array, primary site: hot spares (disks), option
  'primaryDatabaseDisks', // Database disks, primary site (with hot spares) (disks), option
  'primaryLogArrayDisks', // Log array, primary site: disks (disks), option
  'primaryLogHotSpares', // Log array, primary site: hot spares (disks), option
  'primaryLogDisks', // Log disks, primary site (with hot spares) (disks), option
  'primaryMailboxDisks', // Mailbox database and log disks, primary site (disks), option
  'primarySystemPoolDataDisks', // System and workload pool, primary site (database disk): data disks (for capacity, and the data share of the disks for IOPS) (disks), option
  'primarySystemPoolRaidGroups', // System and workload pool, primary site (database disk): RAID groups (groups), option
  'primarySystemPoolArrayDisks', // System and workload pool, primary site (database disk): disks (data, mirrors and parity) (disks), option
  'primarySystemPoolHotSpares', // System and workload pool, primary site: hot spares (disks), option
  'primarySystemPoolDisks', // Disks of the system and workload pool, primary site (with hot spares) (disks), option
  'primaryBackupPoolDataDisks', // Backup target pool, primary site (backup disk): data disks (for capacity, and the data share of the disks for IOPS) (disks), option
  'primaryBackupPoolRaidGroups', // Backup target pool, primary site (backup disk): RAID groups (groups), option
  'primaryBackupPoolArrayDisks', // Backup target pool, primary site (backup disk): disks (data, mirrors and parity) (disks), option
  'primaryBackupPoolHotSpares', // Backup target pool, primary site: hot spares (disks), option
  'primaryBackupPoolDisks', // Disks of the backup target pool, primary site (with hot spares) (disks), option
  'primaryDisks', // Disks, primary site (disks), option
  'drSiteDatabaseCopiesPerServer', // Database copies per DR-site mailbox server (copies), option
  'drSiteMailboxCopiesPerServer', // Mailbox copies held per DR-site mailbox server (mailboxes), option
  'drSiteBackendIopsPerServer', // Disk IOPS per DR-site mailbox server with the RAID write penalty (IOPS), option
  'drPoolDataDisks', // DR site pool (database disk): data disks (for capacity, and the data share of the disks for IOPS) (disks), option
  'drPoolRaidGroups', // DR site pool (database disk): RAID groups (groups), option
  'drPoolArrayDisks', // DR site pool (database disk): disks (data, mirrors and parity) (disks), option
  'drPoolHotSpares', // DR site pool: hot spares (disks), option
  'drDisks', // Disks, DR site (disks), option
  'totalStorageTB', // Storage, both sites (TB), option
  // Backup
  'backupFullGBPerDatabase', // Full backup of one database: the database and the logs since they were last truncated (GB), option
  'backupPartialGBPerDatabase', // Incremental or differential backup of one database, its largest night (logs only) (GB), option
  'backupFullNightGB', // Night of the full backups: one copy of every database (GB), option
  'backupPartialNightGB', // Largest night of the incremental or differential backups: one copy of every database (GB), option
  'backupThroughputGBPerHour', // Backup throughput the largest night needs within the backup window (GB/h), option
  'backupThroughputMBPerSecond', // Backup throughput the largest night needs within the backup window (MB/s), option
  'backupThroughputMBPerSecondPerServer', // Backup throughput the largest night needs within the backup window, per primary mailbox server (MB/s), option
  'backupLanMbpsPerServer', // LAN link a primary mailbox server needs for its backup in the window, at the utilisation target (Mbit/s), option
  'backupFitsLanLink', // The backup of the largest night fits the window over the LAN link of each mailbox server (yes/no), option
  'backupLogsFitLogLun', // The logs the backup schedule leaves on disk until a backup truncates them fit the log LUN (yes/no), option
  'backupChainsKept', // Backup chains the target keeps (a full and the backups after it) (chains), option
  'backupChainGBPerDatabase', // One backup chain of one database: its full and the incrementals or differentials until the next full (GB), option
  'databaseRestoreGBPerHour', // Restore rate of the method that restores a mailbox database (GB/h), option
  'databaseRestoreMBPerSecond', // Restore rate of the method that restores a mailbox database (MB/s), option
  'databaseRestoreGB', // Backup data a restore of one database copies back, worst night: the full and the backups since (GB), option
  'restoreLogsToReplay', // Logs a restore replays per database: those of the incrementals or differential since the full (logs), option
  'restoreLogReplayMinutes', // Log replay after a restore, per database (minutes), option
  // Licences
  'drColdStandby', // DR site holds cold-standby replicas (SRM recovery site) (yes/no), option
  'drStandbyUnlicensed', // Cold-standby replicas at the DR site left unlicensed (yes/no), option
  'drLiveVms', // VMs the DR site runs before a recovery (VMs), option
  'drLicensedHosts', // DR hosts licensed (hosts), option
  'drLicensedWindowsVmsPerHost', // Windows VMs licensed on each licensed DR host (VMs), option
  'licensedHosts', // Hosts licensed, both sites (hosts), option
  'drStandbyExchangeMailboxServers', // Cold-standby mailbox servers licensed at the DR site (servers), option
  'drStandbyExchangeRoleServers', // Cold-standby Client Access and Hub Transport servers licensed at the DR site (servers), option
  'primaryWindowsVmsPerHost', // Windows VMs a host may run, before and after a failover, primary site (VMs), option
  'drWindowsVmsPerHost', // Windows VMs a host may run, before and after a failover, dr site (VMs), option
  'largestWindowsVmRamGB', // RAM of the largest Windows VM, both sites (GB), option
  'windowsEditionsEdition', // Edition, rows:windowsEditions
  'windowsEditionsPriceItem', // Price item, rows:windowsEditions
  'windowsEditionsValid', // Valid: clustering where a DAG needs it, memory for the largest VM (yes/no), rows:windowsEditions
  'windowsEditionsLicences', // Licences for every licensed host (licences), rows:windowsEditions
  'windowsEditionsUnitPrice', // Unit price (currency), rows:windowsEditions
  'windowsEditionsCost', // Cost (currency), rows:windowsEditions
  'windowsEditionsRank', // Rank (cost; invalid ranks last) (currency), rows:windowsEditions
  'windowsEditionValid', // A valid Windows edition exists (yes/no), option
  'windowsLicenceEdition', // Windows Server: edition, option
  'windowsLicenceQuantity', // Windows Server: quantity (licences), option
  'windowsLicenceUnitPrice', // Windows Server: unit price (currency), option
  'windowsLicenceCost', // Windows Server: cost (currency), option
  'windowsLicenceYearlySupport', // Windows Server: yearly support (currency/year), option
  'sites', // Sites with hosts (sites), option
  'vcenterEditionsEdition', // Edition, rows:vcenterEditions
  'vcenterEditionsPriceItem', // Price item, rows:vcenterEditions
  'vcenterEditionsValid', // Manages the hosts of the largest site (yes/no), rows:vcenterEditions
  'vcenterEditionsLicences', // vCenter Server licences, one per site (licences), rows:vcenterEditions
  'vcenterEditionsUnitPrice', // Unit price (currency), rows:vcenterEditions
  'vcenterEditionsCost', // Cost (currency), rows:vcenterEditions
  'vcenterEditionsRank', // Rank (cost; invalid ranks last) (currency), rows:vcenterEditions
  'vcenterEditionValid', // A vCenter Server edition manages every site (yes/no), option
  'vcenterSeparateCost', // vCenter Server bought separately: cost (currency), option
  'licensedSites', // Sites with licensed hosts (sites), option
  'vsphereEditionsEdition', // Edition, rows:vsphereEditions
  'vsphereEditionsPriceItem', // Price item, rows:vsphereEditions
  'vsphereEditionsValid', // Has every feature the option needs, and a kit covers each site (yes/no), rows:vsphereEditions
  'vsphereEditionsLicences', // Processor licences, or kits (one per site) (licences), rows:vsphereEditions
  'vsphereEditionsUnitPrice', // Unit price (currency), rows:vsphereEditions
  'vsphereEditionsCost', // Cost (currency), rows:vsphereEditions
  'vsphereEditionsVcenterCost', // vCenter Server bought beside it (currency), rows:vsphereEditions
  'vsphereEditionsRank', // Rank (cost with what it also needs; invalid ranks last) (currency), rows:vsphereEditions
  'vsphereEditionValid', // A vSphere edition has every feature needed (yes/no), option
  'vsphereEditionsIncludesVcenter', // Bundles vCenter Server Essentials (yes/no), rows:vsphereEditions
  'vsphereLicenceEdition', // VMware vSphere: edition, option
  'vsphereLicenceQuantity', // VMware vSphere: quantity (licences), option
  'vsphereLicenceUnitPrice', // VMware vSphere: unit price (currency), option
  'vsphereLicenceCost', // VMware vSphere: cost (currency), option
  'vsphereLicenceYearlySupport', // VMware vSphere: yearly support (currency/year), option
  'vcenterInVsphereKit', // vCenter Server Essentials comes in the vSphere kit (yes/no), option
  'vcenterLicenceEdition', // VMware vCenter Server: edition, option
  'vcenterLicenceQuantity', // VMware vCenter Server: quantity (licences), option
  'vcenterLicenceUnitPrice', // VMware vCenter Server: unit price (currency), option
  'vcenterLicenceCost', // VMware vCenter Server: cost (currency), option
  'vcenterLicenceYearlySupport', // VMware vCenter Server: yearly support (currency/year), option
  'exchangeMailboxEdition', // Exchange edition of the mailbox servers, option
  'exchangeStandardLicenceEdition', // Exchange Server 2010 Standard: edition, option
  'exchangeStandardLicenceQuantity', // Exchange Server 2010 Standard: quantity (licences), option
  'exchangeStandardLicenceUnitPrice', // Exchange Server 2010 Standard: unit price (currency), option
  'exchangeStandardLicenceCost', // Exchange Server 2010 Standard: cost (currency), option
  'exchangeStandardLicenceYearlySupport', // Exchange Server 2010 Standard: yearly support (currency/year), option
  'exchangeEnterpriseLicenceEdition', // Exchange Server 2010 Enterprise: edition, option
  'exchangeEnterpriseLicenceQuantity', // Exchange Server 2010 Enterprise: quantity (licences), option
  'exchangeEnterpriseLicenceUnitPrice', // Exchange Server 2010 Enterprise: unit price (currency), option
  'exchangeEnterpriseLicenceCost', // Exchange Server 2010 Enterprise: cost (currency), option
  'exchangeEnterpriseLicenceYearlySupport', // Exchange Server 2010 Enterprise: yearly support (currency/year), option
  'exchangeCalLicenceEdition', // Exchange Server 2010 Standard CAL: edition, option
  'exchangeCalLicenceQuantity', // Exchange Server 2010 Standard CAL: quantity (licences), option
  'exchangeCalLicenceUnitPrice', // Exchange Server 2010 Standard CAL: unit price (currency), option
  'exchangeCalLicenceCost', // Exchange Server 2010 Standard CAL: cost (currency), option
  'exchangeCalLicenceYearlySupport', // Exchange Server 2010 Standard CAL: yearly support (currency/year), option
  'srmProtectedVms', // VMs protected by SRM (domain controllers and global catalogs excluded) (VMs), option
  'srmStandardEdition', // SRM Standard covers the protected VMs (yes/no), option
  'srmLicenceEdition', // VMware vCenter Site Recovery Manager: edition, option
  'srmLicenceQuantity', // VMware vCenter Site Recovery Manager: quantity (licences), option
  'srmLicenceUnitPrice', // VMware vCenter Site Recovery Manager: unit price (currency), option
  'srmLicenceCost', // VMware vCenter Site Recovery Manager: cost (currency), option
  'srmLicenceYearlySupport', // VMware vCenter Site Recovery Manager: yearly support (currency/year), option
  'arrayReplicationLicenceEdition', // Storage array replication: edition, option
  'arrayReplicationLicenceQuantity', // Storage array replication: quantity (licences), option
  'arrayReplicationLicenceUnitPrice', // Storage array replication: unit price (currency), option
  'arrayReplicationLicenceCost', // Storage array replication: cost (currency), option
  'arrayReplicationLicenceYearlySupport', // Storage array replication: yearly support (currency/year), option
  'appMonitoringLicenceEdition', // Application-monitoring agents: edition, option
  'appMonitoringLicenceQuantity', // Application-monitoring agents: quantity (licences), option
  'appMonitoringLicenceUnitPrice', // Application-monitoring agents: unit price (currency), option
  'appMonitoringLicenceCost', // Application-monitoring agents: cost (currency), option
  'appMonitoringLicenceYearlySupport', // Application-monitoring agents: yearly support (currency/year), option
  'replicationAgentLicenceEdition', // Third-party in-guest replication: edition, option
  'replicationAgentLicenceQuantity', // Third-party in-guest replication: quantity (licences), option
  'replicationAgentLicenceUnitPrice', // Third-party in-guest replication: unit price (currency), option
  'replicationAgentLicenceCost', // Third-party in-guest replication: cost (currency), option
  'replicationAgentLicenceYearlySupport', // Third-party in-guest replication: yearly support (currency/year), option
  'backupAgentLicenceEdition', // Exchange-aware backup agents: edition, option
  'backupAgentLicenceQuantity', // Exchange-aware backup agents: quantity (licences), option
  'backupAgentLicenceUnitPrice', // Exchange-aware backup agents: unit price (currency), option
  'backupAgentLicenceCost', // Exchange-aware backup agents: cost (currency), option
  'backupAgentLicenceYearlySupport', // Exchange-aware backup agents: yearly support (currency/year), option
  'arraySnapshotLicenceEdition', // Array VSS snapshot backup: edition, option
  'arraySnapshotLicenceQuantity', // Array VSS snapshot backup: quantity (licences), option
  'arraySnapshotLicenceUnitPrice', // Array VSS snapshot backup: unit price (currency), option
  'arraySnapshotLicenceCost', // Array VSS snapshot backup: cost (currency), option
  'arraySnapshotLicenceYearlySupport', // Array VSS snapshot backup: yearly support (currency/year), option
  'licenceCost', // Licences (currency), option
  'licenceYearlySupport', // Licence support per year (currency/year), option
  // Cost
  'hostCost', // Hosts (currency), option
  'databaseDiskCost', // Disks of the database disk type (database arrays, system pool, DR site) (currency), option
  'logDiskCost', // Disks of the log disk type (currency), option
  'backupDiskCost', // Disks of the backup disk type (currency), option
  'storageCost', // Storage (disks) (currency), option
  'capex', // Capital cost (currency), option
  'hostYearlyRunningCost', // Host running cost per year (currency/year), option
  'storageYearlySupport', // Storage support per year (currency/year), option
  'yearlyCost', // Yearly cost (currency/year), option
  'tco', // Total cost of ownership (currency), option
  'costPerMailbox', // TCO per mailbox (currency), option
  'costPerMailboxPerMonth', // TCO per mailbox per month (currency/month), option
  // Consolidation
  'physicalStandbyServers', // Standby physical servers the option needs without vSphere (servers), option
  'physicalServers', // Physical servers for the same design (servers), option
  'physicalServersReplaced', // Physical servers replaced (servers), option
  'consolidationRatio', // Consolidation ratio (physical servers per host) (:1), option
  // Protection
  'hostFailureMechanism', // host failure: recovery, option
  'hostFailureProtected', // host failure: protected (yes/no), option
  'hostFailureRecoveryMinutes', // host failure: expected recovery time (minutes), option
  'hostFailureDataLossMinutes', // host failure: expected data loss (minutes), option
  'guestOsFailureMechanism', // guest os failure: recovery, option
  'guestOsFailureProtected', // guest os failure: protected (yes/no), option
  'guestOsFailureRecoveryMinutes', // guest os failure: expected recovery time (minutes), option
  'guestOsFailureDataLossMinutes', // guest os failure: expected data loss (minutes), option
  'applicationFailureMechanism', // application failure: recovery, option
  'applicationFailureProtected', // application failure: protected (yes/no), option
  'applicationFailureRecoveryMinutes', // application failure: expected recovery time (minutes), option
  'applicationFailureDataLossMinutes', // application failure: expected data loss (minutes), option
  'databaseCorruptionMechanism', // database corruption: recovery, option
  'databaseCorruptionProtected', // database corruption: protected (yes/no), option
  'databaseCorruptionRecoveryMinutes', // database corruption: expected recovery time (minutes), option
  'databaseCorruptionDataLossMinutes', // database corruption: expected data loss (minutes), option
  'siteLossMechanism', // site loss: recovery, option
  'siteLossProtected', // site loss: protected (yes/no), option
  'siteLossRecoveryMinutes', // site loss: expected recovery time (minutes), option
  'siteLossDataLossMinutes', // site loss: expected data loss (minutes), option
  'siteLossCapacityPct', // site loss: mailboxes the DR site runs (%), option
  'siteLossNote', // site loss: what the DR site carries, option
  'hostFailureRedundancyMechanism', // host failure: back to full redundancy by, option
  'hostFailureRedundancyMinutes', // host failure: back to full redundancy (minutes), option
  'laggedCopyWindowDays', // Point-in-time window of the lagged copies (days), option
  'laggedCopyLogsToReplay', // Logs a lagged copy replays when activated, per database (logs), option
  'laggedCopyReplayMinutes', // Log replay of a lagged copy on activation (minutes), option
  'laggedCopyActivationMinutes', // Activation of a lagged copy: manual steps and log replay (minutes), option
  'databaseRestoreMethod', // Backup method that restores a mailbox database, option
  'databaseRestoreMinutes', // Restore of one mailbox database from backup, log replay included (minutes), option
  // Network
  'logsPerDagPerDayGB', // Transaction logs per DAG per day (GB), option
  'logsPerDayGB', // Transaction logs per day, every database (GB), option
  'peakHourLogShare', // Share of the daily logs in the peak hour (share), option
  'peakHourLogsGB', // Logs generated in the peak hour, every database (GB), option
  'primaryToDrLogReplicationPeakMbps', // Log shipping primary -> DR site in the peak hour, the primary site's databases' DR copies (Mbit/s), option
  'drToPrimaryLogReplicationPeakMbps', // Log shipping DR -> primary site in the peak hour, the DR site's databases' DR copies (active/active) (Mbit/s), option
  'drLogReplicationPeakMbps', // Log shipping over the WAN in the peak hour, the busier direction (Mbit/s), option
  'drLogReplicationLinkMbps', // WAN link the log shipping needs at the utilisation target (Mbit/s), option
  'hourLogShare', // Share of the daily logs (share), rows:logHours
  'hourLogsGB', // Logs generated in the hour, every database (GB), rows:logHours
  'srmChangedPerDayGB', // Replicated storage changed per day (SRM) (GB), option
  'srmChangedPerIntervalGB', // Replicated storage changed in one replication interval at the peak (SRM) (GB), option
  'srmReplicationPeakMbps', // Array replication to the DR site at the peak (SRM) (Mbit/s), option
  'srmReplicationLinkMbps', // WAN link the array replication needs at the utilisation target (SRM) (Mbit/s), option
  'inGuestLogReplicationMbps', // Third-party replication of the transaction logs at the peak hour (Mbit/s), option
  'inGuestDatabaseWriteIops', // Database write IOPS of the replicated mailbox servers (IOPS), option
  'inGuestDatabaseReplicationMbps', // Third-party replication of the database page writes (32 KB pages) (Mbit/s), option
  'inGuestReplicationPeakMbps', // Third-party replication at the peak hour, every replicated mailbox server (logs and database writes) (Mbit/s), option
  'inGuestReplicationLinkMbps', // Link the third-party replication needs at the utilisation target (Mbit/s), option
  'inGuestReplicationOverWanMbps', // Third-party replication over the WAN at the peak hour (Mbit/s), option
  'wanReplicationPeakMbps', // Replication over the WAN at the peak, every kind (Mbit/s), option
  'wanLinkNeededMbps', // WAN link needed at the utilisation target (Mbit/s), option
  'wanUsableMbps', // WAN link usable for replication at the utilisation target (Mbit/s), option
  'wanUsableGBPerHour', // WAN link usable for replication, per hour (GB), option
  'hourWanReplicationGB', // Replication over the WAN in the hour, every kind (GB), rows:logHours
  'hourOfDay', // Hour of the day (hour), rows:logHours
  'hourWanBacklogFirstDayGB', // Not yet shipped at the end of the hour, from current copies (GB), rows:logHours
  'wanBacklogAtMidnightGB', // Not yet shipped at the end of a day from current copies (GB), option
  'hourWanBacklogGB', // Not yet shipped at the end of the hour, day after day (GB), rows:logHours
  'wanReplicationPerDayGB', // Replication over the WAN per day, every kind (GB), option
  'wanKeepsUp', // The WAN link carries a day of replication within the day (yes/no), option
  'wanWorstLagMinutes', // How far the DR copies fall behind at worst, at the utilisation target (minutes), option
  'seedCopyGB', // Data copied to seed one database copy (database and content index) (GB), option
  'seedCopyOverWanHours', // Seeding one database copy at the DR site over the WAN (hours), option
  'seedCopyOverLanHours', // Seeding one database copy in the site over the LAN (hours), option
  'reseedDatabasesPerFailedDisk', // Database copies on one failed disk (JBOD) (copies), option
  'reseedAfterDiskFailureHours', // Reseeding the copies of one failed disk over the LAN (hours), option
  // Design checks
  'checkFailuresBelowCopies', // Server failures fewer than database copies, option
  'checkMembersHoldCopies', // A fixed member count holds every copy, option
  'checkMembersSurviveFailures', // A fixed member count survives the server failures, option
  'checkCopiesPerDatabase', // Copies of a database within the Exchange limit, option
  'checkReplayLag', // Replay lag within the Exchange limit, option
  'checkHostRam', // Host RAM holds the smallest mailbox server, option
  'checkVmsFitHost', // Every VM fits one host, option
  'checkPlacement', // Every VM placed whole on the hosts costed, redundant instances apart, option
  'checkJbodCopies', // JBOD only with enough database copies, option
  'checkDatabasesPerServer', // Database copies per server within Exchange 2010 Enterprise, option
  'checkDagMembers', // DAG members within the limit, both sites, option
  'checkDatabaseSize', // A mailbox fits the largest database allowed, option
  'checkWindowsEdition', // A Windows Server edition fits, option
  'checkVsphereEdition', // A vSphere edition has every feature needed, option
  'checkLaggedCopiesOnRaid', // Lagged copies protected by RAID or numerous enough, option
  'checkVirtualDisks', // Virtual disks per mailbox VM within the platform, option
  'checkRestoreByVdr', // Mailbox databases restored by an Exchange-aware agent, option
  'checkWanLatency', // WAN latency within the limit of a DAG stretched across the sites, option
  'checkWanBandwidth', // WAN link keeps the DR copies current at the peak, option
  'checkWanKeepsUp', // WAN link ships a day of replication within the day, option
  'checkDrCopiesAsAsked', // DR copies as many as dr_copies asks, option
  'checkBackupLogsFitLogLun', // The log LUN holds the logs the backup schedule leaves on disk, option
  'checkBackupFitsLanLink', // The backup of a night fits the window over the LAN link of each mailbox server, option
  'checkFailuresWithinTarget', // Every survivor of the worst tolerated failure within the CPU target and its database cache, option
  'checkSiteFailureWithinTarget', // The DR members within the CPU target and their database cache after a site failure, option
  'designValid', // Design valid (every rule above that makes a design unbuildable holds) (yes/no), option
] as const;

/** A figure id: `ref()`, the summary rows, the outputs and the look-ups take one, so a misspelt id fails to compile. */
export type FigureId = (typeof FIGURE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(FIGURE_IDS);

/**
 * Whether a name read at run time (a command-line argument, an id inside an expression) is a figure id.
 *
 * @example
 * isFigureId('tco'); // true
 */
export const isFigureId = (name: string): name is FigureId => KNOWN.has(name);

/** A name read at run time that must be a figure id (a figure of the model names itself): throws if it is none. */
export function toFigureId(name: string): FigureId {
  if (!isFigureId(name)) throw new Error(`no figure ${name}`);
  return name;
}
