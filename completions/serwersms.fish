# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_serwersms_global_optspecs
    string join \n config= profile= api-url= timeout= o/output= v/verbose mask-numbers sandbox h/help V/version
end

function __fish_serwersms_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_serwersms_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_serwersms_using_subcommand
    set -l cmd (__fish_serwersms_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c serwersms -n "__fish_serwersms_needs_command" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_needs_command" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_needs_command" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_needs_command" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_needs_command" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_needs_command" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_needs_command" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_needs_command" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_needs_command" -s V -l version -d 'Print version'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "account" -d 'Account balances and contact details'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "api" -d 'Call any API action and print the answer (the escape hatch to every endpoint)'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "cancel" -d 'Cancel scheduled messages'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "config" -d 'Show, locate or create the config file'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "doctor" -d 'Check the setup end to end: config, credentials, API hosts, login, sender, balance'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "replies" -d 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "numbers" -d 'Phone numbers: normalize offline, HLR check, network lookup, validation'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "senders" -d 'Sender names: list them, register a new one'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "blacklist" -d 'The blacklist (opt-outs): numbers that are never sent to'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "sandbox" -d 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "webhook" -d 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "status" -d 'Delivery reports: where your messages are; wait until they arrive'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "send" -d 'Send SMS: one text to many numbers, or a text per row of a CSV file'
complete -c serwersms -n "__fish_serwersms_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -f -a "limits" -d 'Balance per message type (eco, full, voice, mms, lookup, hlr)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and not __fish_seen_subcommand_from limits help" -f -a "help" -d 'Contact details of SerwerSMS and of your account manager'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l warn -d 'Monitoring check: WARNING when a balance is at or below N' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l critical -d 'Monitoring check: CRITICAL when a balance is at or below N' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l type -d 'Check only these balance types (repeatable; default: every numeric balance)' -r -f -a "eco\t''
full\t''
voice\t''
mms\t''
lookup\t''
hlr\t''"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand account; and __fish_seen_subcommand_from help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -s f -l field -d 'A string parameter; repeat a key to send a list' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -s F -l json-field -d 'A parameter whose value is JSON (true, 5, ["a","b"], {...})' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l input -d 'Read the parameters as a JSON object from a file, or - for stdin (fields override it)' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l unique-id -d 'Cancel by your own message id (repeat for several)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -f -a "path" -d 'Print the path of the config file in use'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -f -a "show" -d 'Every resolved setting and where it came from (secrets are never shown)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -f -a "profiles" -d 'The profile names in the config file, one per line (for shell completion)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -f -a "init" -d 'Write a commented config file (mode 0600) with your API token'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and not __fish_seen_subcommand_from path show profiles init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l sender -d 'Default sender name to write into the file' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l token-stdin -d 'Read the token from stdin instead of asking on the terminal'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every resolved setting and where it came from (secrets are never shown)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'The profile names in the config file, one per line (for shell completion)'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config file (mode 0600) with your API token'
complete -c serwersms -n "__fish_serwersms_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l type -d 'Only replies of this type' -r -f -a "eco\t''
nd\t''
ndi\t''
mms\t''
all\t''"
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l phone -d 'Only replies from this number (repeat for several)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l ndi -d 'Only replies sent to this NDI number of yours' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l since -d 'Only replies received at or after this time' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l until -d 'Only replies received at or before this time' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l limit -d 'Show at most N replies [default: 50; with --new or --exec, every one]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l save-attachments -d 'Write MMS attachments into DIR (as <reply id>-<name>; never overwrites)' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l interval -d 'How often --follow polls [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l exec -d 'Run CMD for each reply (see below)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l all -d 'Follow the API\'s paging to the end'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l mark-read -d 'Mark the replies written as read on the server (after they were written)'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l new -d 'Only replies not written by an earlier --new run of this profile'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l follow -d 'Keep polling and write replies as they arrive (ndjson when stdout is not a terminal)'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand replies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -f -a "normalize" -d 'Normalize numbers offline, the way every other command does (no request, no charge)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -f -a "check" -d 'HLR check: is the number reachable now, which network, ported? (charged per number)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -f -a "lookup" -d 'Network lookup: which network the number belongs to, and whether it was ported (charged)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and not __fish_seen_subcommand_from normalize check lookup validate" -f -a "validate" -d 'Ask the API whether numbers are valid (phones/test; not charged)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from normalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l id -d 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l wait -d 'How long to wait for slow results before printing their ids (0: do not wait)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l poll-every -d 'How often to ask for slow results (at least 100ms)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -s y -l yes -d 'Do not ask for confirmation before querying more than 10 numbers'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l id -d 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l wait -d 'How long to wait for slow results before printing their ids (0: do not wait)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l poll-every -d 'How often to ask for slow results (at least 100ms)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -s y -l yes -d 'Do not ask for confirmation before querying more than 10 numbers'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand numbers; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -f -a "list" -d 'Your sender names with their agreement and authorization status'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and not __fish_seen_subcommand_from list add" -f -a "add" -d 'Register a sender name; it can be used once the operator has authorized it'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l predefined -d 'List the system\'s predefined sender names instead of your own'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand senders; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -f -a "list" -d 'Every blacklisted number with the time it was added (all pages)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -f -a "add" -d 'Add numbers to the blacklist: nothing is sent to them any more'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -f -a "check" -d 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and not __fish_seen_subcommand_from list add check remove" -f -a "remove" -d 'Remove numbers from the blacklist'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l phone -d 'Only the entry for this number' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand blacklist; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l port -d 'Port to listen on, on 127.0.0.1 (0 picks a free one)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l state -d 'Directory for the sandbox\'s state [default: <data dir>/serwersms/sandbox]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l token -d 'API token the sandbox accepts' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l username -d 'API user name the sandbox accepts' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l password -d 'API user password the sandbox accepts' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l fault -d 'Inject a fault (for tests): KIND[:MS][@ACTION][*TIMES][+AFTER]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l callback-url -d 'Push delivery reports and replies to this receiver, as the gateway does (GET URL/dlr?… and URL/reply?…, the form `webhook urls` prints), e.g. http://127.0.0.1:8080/serwersms?secret=S' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l memory -d 'Keep state in memory only'
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -f -a "listen" -d 'Run an HTTP receiver for pushed events and print each as one JSON line'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -f -a "urls" -d 'Print the URL to paste into the customer panel for each kind of push'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and not __fish_seen_subcommand_from listen urls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l bind -d 'Address and port to listen on (this machine only, unless you name another address)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l path-prefix -d 'Path to answer under: PREFIX, PREFIX/dlr, PREFIX/reply, PREFIX/premium' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l secret -d 'Shared secret every request must carry as the `secret` query parameter (8+ characters)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l allow -d 'Accept requests only from these networks (e.g. 203.0.113.0/24 2001:db8::/32)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l exec -d 'Run this shell command for each event; if it fails, the gateway is told to retry' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l append -d 'Append each event to this NDJSON file, synced to disk before answering OK' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l public-url -d 'Where the gateway reaches your listener, e.g. https://example.com/serwersms' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l secret -d 'The shared secret to put in the URLs (the one `webhook listen --secret` checks)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from urls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Run an HTTP receiver for pushed events and print each as one JSON line'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "urls" -d 'Print the URL to paste into the customer panel for each kind of push'
complete -c serwersms -n "__fish_serwersms_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l unique-id -d 'Select by your own message id (repeat for several)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l phone -d 'Only messages to this number (repeat for several)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l since -d 'Only messages queued at or after this time' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l until -d 'Only messages queued at or before this time' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l state -d 'Only messages in this state (pending: in progress or sent, not yet final)' -r -f -a "delivered\t''
undelivered\t''
sent\t''
unsent\t''
in_progress\t''
saved\t''
pending\t''"
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l type -d 'Only messages of this type' -r -f -a "eco\t''
full\t''
mms\t''
voice\t''"
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l batch -d 'Only messages of this send batch (the API\'s stat_id)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l order -d 'Newest first (desc) or oldest first (asc), by the time queued' -r -f -a "asc\t''
desc\t''"
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l limit -d 'Show at most N messages [default: 50, or every one named by id or waited for]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l wait -d 'Wait until every selected message reaches a final state, at most this long (--wait alone: 10m)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l all -d 'Follow the API\'s paging to the end (rows stream as pages arrive)'
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l to -d 'Phone number(s): repeat, or separate with commas; Polish numbers need no +48' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l to-file -d 'A file with one number a line (blank lines and # comments skipped), or - for stdin' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l group -d 'Send to a contact group of the address book (repeatable)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l contact -d 'Send to a contact of the address book (repeatable)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l csv -d 'Personalized: a CSV file (or -) with a `phone` column and a `text` column or the columns --template names' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l template -d 'With --csv: the text, with {column} fields filled from each row ({{ and }} for braces)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l text -d 'The message; - reads it from stdin' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l text-file -d 'Read the message from a file (or - for stdin)' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l sender -d 'Sender name, for a FULL SMS [default: `sender` from the config]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l at -d 'Schedule: RFC 3339, or \'YYYY-MM-DD HH:MM[:SS]\' in local time (sent as Warsaw time)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l unique-id -d 'Your own message id (3-50 letters and digits); one per recipient, in the order given' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l wait -d 'Then wait until every queued message is delivered or failed (default 10m; write --wait=5m): exit 0 all delivered, 3 some not, 6 time ran out' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l batch-size -d 'Recipients per request (max 100,000; 10,000 with --csv)' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l concurrency -d 'Requests in flight at once' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l journal -d 'Record the run in FILE; running the same command again sends only what is not confirmed' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l config -d 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]' -r -F
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l profile -d 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]' -r -f -a "(serwersms config profiles 2>/dev/null)"
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l api-url -d 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l timeout -d 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]' -r
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people (box-drawn on a terminal)'
json\t'The API\'s JSON shape, merged across pages or batches'
xml\t'The API\'s XML shape (`<result>`, arrays as repeated `<item>`)'
csv\t'A header row, then one row per item'
ndjson\t'One JSON object per line'"
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l skip-invalid -d 'Send to the valid numbers and report the invalid ones, instead of stopping'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l eco -d 'Send ECO (no sender name, cheaper), even if a sender is configured'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l flash -d 'Flash SMS: shown at once, not stored by the phone'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l utf -d 'Send as Unicode (UCS-2: 70 characters a part; FULL only), e.g. for Polish diacritics'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l ascii -d 'Replace characters GSM-7 lacks by look-alikes (ż→z, „→\\") to stay at 160 a part'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l speed -d 'Priority channel (FULL only)'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l details -d 'Show every field of each result in the table (queued time, text)'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l dry-run -d 'Show recipients, encoding, parts and batches, and send nothing (no network at all)'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l test -d 'The server checks everything and sends nothing'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -s y -l yes -d 'Do not ask before sending to more than 100 recipients on a terminal'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -s v -l verbose -d 'Trace each request and response on stderr (secrets redacted)'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l mask-numbers -d 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -l sandbox -d 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
complete -c serwersms -n "__fish_serwersms_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "account" -d 'Account balances and contact details'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "api" -d 'Call any API action and print the answer (the escape hatch to every endpoint)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "cancel" -d 'Cancel scheduled messages'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "config" -d 'Show, locate or create the config file'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "doctor" -d 'Check the setup end to end: config, credentials, API hosts, login, sender, balance'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "man" -d 'Print the manual page (roff)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "replies" -d 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "numbers" -d 'Phone numbers: normalize offline, HLR check, network lookup, validation'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "senders" -d 'Sender names: list them, register a new one'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "blacklist" -d 'The blacklist (opt-outs): numbers that are never sent to'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "sandbox" -d 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "webhook" -d 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "status" -d 'Delivery reports: where your messages are; wait until they arrive'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "send" -d 'Send SMS: one text to many numbers, or a text per row of a CSV file'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and not __fish_seen_subcommand_from account api cancel config doctor completions man replies numbers senders blacklist sandbox webhook status send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "limits" -d 'Balance per message type (eco, full, voice, mms, lookup, hlr)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "help" -d 'Contact details of SerwerSMS and of your account manager'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every resolved setting and where it came from (secrets are never shown)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'The profile names in the config file, one per line (for shell completion)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config file (mode 0600) with your API token'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "normalize" -d 'Normalize numbers offline, the way every other command does (no request, no charge)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "check" -d 'HLR check: is the number reachable now, which network, ported? (charged per number)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "lookup" -d 'Network lookup: which network the number belongs to, and whether it was ported (charged)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "validate" -d 'Ask the API whether numbers are valid (phones/test; not charged)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from senders" -f -a "list" -d 'Your sender names with their agreement and authorization status'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from senders" -f -a "add" -d 'Register a sender name; it can be used once the operator has authorized it'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from blacklist" -f -a "list" -d 'Every blacklisted number with the time it was added (all pages)'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from blacklist" -f -a "add" -d 'Add numbers to the blacklist: nothing is sent to them any more'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from blacklist" -f -a "check" -d 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from blacklist" -f -a "remove" -d 'Remove numbers from the blacklist'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "listen" -d 'Run an HTTP receiver for pushed events and print each as one JSON line'
complete -c serwersms -n "__fish_serwersms_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "urls" -d 'Print the URL to paste into the customer panel for each kind of push'
