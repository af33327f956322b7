
use builtin;
use str;

set edit:completion:arg-completer[serwersms] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'serwersms'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'serwersms'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Account balances and contact details'
            cand api 'Call any API action and print the answer (the escape hatch to every endpoint)'
            cand cancel 'Cancel scheduled messages'
            cand config 'Show, locate or create the config file'
            cand doctor 'Check the setup end to end: config, credentials, API hosts, login, sender, balance'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the manual page (roff)'
            cand replies 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS'
            cand numbers 'Phone numbers: normalize offline, HLR check, network lookup, validation'
            cand senders 'Sender names: list them, register a new one'
            cand blacklist 'The blacklist (opt-outs): numbers that are never sent to'
            cand sandbox 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests'
            cand webhook 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL'
            cand status 'Delivery reports: where your messages are; wait until they arrive'
            cand send 'Send SMS: one text to many numbers, or a text per row of a CSV file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;account'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand limits 'Balance per message type (eco, full, voice, mms, lookup, hlr)'
            cand help 'Contact details of SerwerSMS and of your account manager'
        }
        &'serwersms;account;limits'= {
            cand --warn 'Monitoring check: WARNING when a balance is at or below N'
            cand --critical 'Monitoring check: CRITICAL when a balance is at or below N'
            cand --type 'Check only these balance types (repeatable; default: every numeric balance)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;account;help'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;api'= {
            cand -f 'A string parameter; repeat a key to send a list'
            cand --field 'A string parameter; repeat a key to send a list'
            cand -F 'A parameter whose value is JSON (true, 5, ["a","b"], {...})'
            cand --json-field 'A parameter whose value is JSON (true, 5, ["a","b"], {...})'
            cand --input 'Read the parameters as a JSON object from a file, or - for stdin (fields override it)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;cancel'= {
            cand --unique-id 'Cancel by your own message id (repeat for several)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;config'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the path of the config file in use'
            cand show 'Every resolved setting and where it came from (secrets are never shown)'
            cand profiles 'The profile names in the config file, one per line (for shell completion)'
            cand init 'Write a commented config file (mode 0600) with your API token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;config;path'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;config;show'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;config;profiles'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;config;init'= {
            cand --sender 'Default sender name to write into the file'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --token-stdin 'Read the token from stdin instead of asking on the terminal'
            cand --force 'Overwrite an existing file'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;config;help'= {
            cand path 'Print the path of the config file in use'
            cand show 'Every resolved setting and where it came from (secrets are never shown)'
            cand profiles 'The profile names in the config file, one per line (for shell completion)'
            cand init 'Write a commented config file (mode 0600) with your API token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;config;help;path'= {
        }
        &'serwersms;config;help;show'= {
        }
        &'serwersms;config;help;profiles'= {
        }
        &'serwersms;config;help;init'= {
        }
        &'serwersms;config;help;help'= {
        }
        &'serwersms;doctor'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;completions'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;man'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;replies'= {
            cand --type 'Only replies of this type'
            cand --phone 'Only replies from this number (repeat for several)'
            cand --ndi 'Only replies sent to this NDI number of yours'
            cand --since 'Only replies received at or after this time'
            cand --until 'Only replies received at or before this time'
            cand --limit 'Show at most N replies [default: 50; with --new or --exec, every one]'
            cand --save-attachments 'Write MMS attachments into DIR (as <reply id>-<name>; never overwrites)'
            cand --interval 'How often --follow polls [default: 30s]'
            cand --exec 'Run CMD for each reply (see below)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --all 'Follow the API''s paging to the end'
            cand --mark-read 'Mark the replies written as read on the server (after they were written)'
            cand --new 'Only replies not written by an earlier --new run of this profile'
            cand --follow 'Keep polling and write replies as they arrive (ndjson when stdout is not a terminal)'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;numbers'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand normalize 'Normalize numbers offline, the way every other command does (no request, no charge)'
            cand check 'HLR check: is the number reachable now, which network, ported? (charged per number)'
            cand lookup 'Network lookup: which network the number belongs to, and whether it was ported (charged)'
            cand validate 'Ask the API whether numbers are valid (phones/test; not charged)'
        }
        &'serwersms;numbers;normalize'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;numbers;check'= {
            cand --id 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)'
            cand --wait 'How long to wait for slow results before printing their ids (0: do not wait)'
            cand --poll-every 'How often to ask for slow results (at least 100ms)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -y 'Do not ask for confirmation before querying more than 10 numbers'
            cand --yes 'Do not ask for confirmation before querying more than 10 numbers'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;numbers;lookup'= {
            cand --id 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)'
            cand --wait 'How long to wait for slow results before printing their ids (0: do not wait)'
            cand --poll-every 'How often to ask for slow results (at least 100ms)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -y 'Do not ask for confirmation before querying more than 10 numbers'
            cand --yes 'Do not ask for confirmation before querying more than 10 numbers'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;numbers;validate'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;senders'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Your sender names with their agreement and authorization status'
            cand add 'Register a sender name; it can be used once the operator has authorized it'
        }
        &'serwersms;senders;list'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --predefined 'List the system''s predefined sender names instead of your own'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;senders;add'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;blacklist'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Every blacklisted number with the time it was added (all pages)'
            cand add 'Add numbers to the blacklist: nothing is sent to them any more'
            cand check 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not'
            cand remove 'Remove numbers from the blacklist'
        }
        &'serwersms;blacklist;list'= {
            cand --phone 'Only the entry for this number'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;blacklist;add'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;blacklist;check'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;blacklist;remove'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;sandbox'= {
            cand --port 'Port to listen on, on 127.0.0.1 (0 picks a free one)'
            cand --state 'Directory for the sandbox''s state [default: <data dir>/serwersms/sandbox]'
            cand --token 'API token the sandbox accepts'
            cand --username 'API user name the sandbox accepts'
            cand --password 'API user password the sandbox accepts'
            cand --fault 'Inject a fault (for tests): KIND[:MS][@ACTION][*TIMES][+AFTER]'
            cand --callback-url 'Push delivery reports and replies to this receiver, as the gateway does (GET URL/dlr?… and URL/reply?…, the form `webhook urls` prints), e.g. http://127.0.0.1:8080/serwersms?secret=S'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --memory 'Keep state in memory only'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;webhook'= {
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand listen 'Run an HTTP receiver for pushed events and print each as one JSON line'
            cand urls 'Print the URL to paste into the customer panel for each kind of push'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;webhook;listen'= {
            cand --bind 'Address and port to listen on (this machine only, unless you name another address)'
            cand --path-prefix 'Path to answer under: PREFIX, PREFIX/dlr, PREFIX/reply, PREFIX/premium'
            cand --secret 'Shared secret every request must carry as the `secret` query parameter (8+ characters)'
            cand --allow 'Accept requests only from these networks (e.g. 203.0.113.0/24 2001:db8::/32)'
            cand --exec 'Run this shell command for each event; if it fails, the gateway is told to retry'
            cand --append 'Append each event to this NDJSON file, synced to disk before answering OK'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;webhook;urls'= {
            cand --public-url 'Where the gateway reaches your listener, e.g. https://example.com/serwersms'
            cand --secret 'The shared secret to put in the URLs (the one `webhook listen --secret` checks)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;webhook;help'= {
            cand listen 'Run an HTTP receiver for pushed events and print each as one JSON line'
            cand urls 'Print the URL to paste into the customer panel for each kind of push'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;webhook;help;listen'= {
        }
        &'serwersms;webhook;help;urls'= {
        }
        &'serwersms;webhook;help;help'= {
        }
        &'serwersms;status'= {
            cand --unique-id 'Select by your own message id (repeat for several)'
            cand --phone 'Only messages to this number (repeat for several)'
            cand --since 'Only messages queued at or after this time'
            cand --until 'Only messages queued at or before this time'
            cand --state 'Only messages in this state (pending: in progress or sent, not yet final)'
            cand --type 'Only messages of this type'
            cand --batch 'Only messages of this send batch (the API''s stat_id)'
            cand --order 'Newest first (desc) or oldest first (asc), by the time queued'
            cand --limit 'Show at most N messages [default: 50, or every one named by id or waited for]'
            cand --wait 'Wait until every selected message reaches a final state, at most this long (--wait alone: 10m)'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --all 'Follow the API''s paging to the end (rows stream as pages arrive)'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;send'= {
            cand --to 'Phone number(s): repeat, or separate with commas; Polish numbers need no +48'
            cand --to-file 'A file with one number a line (blank lines and # comments skipped), or - for stdin'
            cand --group 'Send to a contact group of the address book (repeatable)'
            cand --contact 'Send to a contact of the address book (repeatable)'
            cand --csv 'Personalized: a CSV file (or -) with a `phone` column and a `text` column or the columns --template names'
            cand --template 'With --csv: the text, with {column} fields filled from each row ({{ and }} for braces)'
            cand --text 'The message; - reads it from stdin'
            cand --text-file 'Read the message from a file (or - for stdin)'
            cand --sender 'Sender name, for a FULL SMS [default: `sender` from the config]'
            cand --at 'Schedule: RFC 3339, or ''YYYY-MM-DD HH:MM[:SS]'' in local time (sent as Warsaw time)'
            cand --unique-id 'Your own message id (3-50 letters and digits); one per recipient, in the order given'
            cand --wait 'Then wait until every queued message is delivered or failed (default 10m; write --wait=5m): exit 0 all delivered, 3 some not, 6 time ran out'
            cand --batch-size 'Recipients per request (max 100,000; 10,000 with --csv)'
            cand --concurrency 'Requests in flight at once'
            cand --journal 'Record the run in FILE; running the same command again sends only what is not confirmed'
            cand --config 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]'
            cand --profile 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]'
            cand --api-url 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]'
            cand --timeout 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --skip-invalid 'Send to the valid numbers and report the invalid ones, instead of stopping'
            cand --eco 'Send ECO (no sender name, cheaper), even if a sender is configured'
            cand --flash 'Flash SMS: shown at once, not stored by the phone'
            cand --utf 'Send as Unicode (UCS-2: 70 characters a part; FULL only), e.g. for Polish diacritics'
            cand --ascii 'Replace characters GSM-7 lacks by look-alikes (ż→z, „→\") to stay at 160 a part'
            cand --speed 'Priority channel (FULL only)'
            cand --details 'Show every field of each result in the table (queued time, text)'
            cand --dry-run 'Show recipients, encoding, parts and batches, and send nothing (no network at all)'
            cand --test 'The server checks everything and sends nothing'
            cand -y 'Do not ask before sending to more than 100 recipients on a terminal'
            cand --yes 'Do not ask before sending to more than 100 recipients on a terminal'
            cand -v 'Trace each request and response on stderr (secrets redacted)'
            cand --verbose 'Trace each request and response on stderr (secrets redacted)'
            cand --mask-numbers 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs'
            cand --sandbox 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'serwersms;help'= {
            cand account 'Account balances and contact details'
            cand api 'Call any API action and print the answer (the escape hatch to every endpoint)'
            cand cancel 'Cancel scheduled messages'
            cand config 'Show, locate or create the config file'
            cand doctor 'Check the setup end to end: config, credentials, API hosts, login, sender, balance'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the manual page (roff)'
            cand replies 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS'
            cand numbers 'Phone numbers: normalize offline, HLR check, network lookup, validation'
            cand senders 'Sender names: list them, register a new one'
            cand blacklist 'The blacklist (opt-outs): numbers that are never sent to'
            cand sandbox 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests'
            cand webhook 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL'
            cand status 'Delivery reports: where your messages are; wait until they arrive'
            cand send 'Send SMS: one text to many numbers, or a text per row of a CSV file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'serwersms;help;account'= {
            cand limits 'Balance per message type (eco, full, voice, mms, lookup, hlr)'
            cand help 'Contact details of SerwerSMS and of your account manager'
        }
        &'serwersms;help;account;limits'= {
        }
        &'serwersms;help;account;help'= {
        }
        &'serwersms;help;api'= {
        }
        &'serwersms;help;cancel'= {
        }
        &'serwersms;help;config'= {
            cand path 'Print the path of the config file in use'
            cand show 'Every resolved setting and where it came from (secrets are never shown)'
            cand profiles 'The profile names in the config file, one per line (for shell completion)'
            cand init 'Write a commented config file (mode 0600) with your API token'
        }
        &'serwersms;help;config;path'= {
        }
        &'serwersms;help;config;show'= {
        }
        &'serwersms;help;config;profiles'= {
        }
        &'serwersms;help;config;init'= {
        }
        &'serwersms;help;doctor'= {
        }
        &'serwersms;help;completions'= {
        }
        &'serwersms;help;man'= {
        }
        &'serwersms;help;replies'= {
        }
        &'serwersms;help;numbers'= {
            cand normalize 'Normalize numbers offline, the way every other command does (no request, no charge)'
            cand check 'HLR check: is the number reachable now, which network, ported? (charged per number)'
            cand lookup 'Network lookup: which network the number belongs to, and whether it was ported (charged)'
            cand validate 'Ask the API whether numbers are valid (phones/test; not charged)'
        }
        &'serwersms;help;numbers;normalize'= {
        }
        &'serwersms;help;numbers;check'= {
        }
        &'serwersms;help;numbers;lookup'= {
        }
        &'serwersms;help;numbers;validate'= {
        }
        &'serwersms;help;senders'= {
            cand list 'Your sender names with their agreement and authorization status'
            cand add 'Register a sender name; it can be used once the operator has authorized it'
        }
        &'serwersms;help;senders;list'= {
        }
        &'serwersms;help;senders;add'= {
        }
        &'serwersms;help;blacklist'= {
            cand list 'Every blacklisted number with the time it was added (all pages)'
            cand add 'Add numbers to the blacklist: nothing is sent to them any more'
            cand check 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not'
            cand remove 'Remove numbers from the blacklist'
        }
        &'serwersms;help;blacklist;list'= {
        }
        &'serwersms;help;blacklist;add'= {
        }
        &'serwersms;help;blacklist;check'= {
        }
        &'serwersms;help;blacklist;remove'= {
        }
        &'serwersms;help;sandbox'= {
        }
        &'serwersms;help;webhook'= {
            cand listen 'Run an HTTP receiver for pushed events and print each as one JSON line'
            cand urls 'Print the URL to paste into the customer panel for each kind of push'
        }
        &'serwersms;help;webhook;listen'= {
        }
        &'serwersms;help;webhook;urls'= {
        }
        &'serwersms;help;status'= {
        }
        &'serwersms;help;send'= {
        }
        &'serwersms;help;help'= {
        }
    ]
    $completions[$command]
}
