
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'serwersms' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'serwersms'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'serwersms' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Account balances and contact details')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API action and print the answer (the escape hatch to every endpoint)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel scheduled messages')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate or create the config file')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the setup end to end: config, credentials, API hosts, login, sender, balance')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('replies', 'replies', [CompletionResultType]::ParameterValue, 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: normalize offline, HLR check, network lookup, validation')
            [CompletionResult]::new('senders', 'senders', [CompletionResultType]::ParameterValue, 'Sender names: list them, register a new one')
            [CompletionResult]::new('blacklist', 'blacklist', [CompletionResultType]::ParameterValue, 'The blacklist (opt-outs): numbers that are never sent to')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Delivery reports: where your messages are; wait until they arrive')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send SMS: one text to many numbers, or a text per row of a CSV file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;account' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Balance per message type (eco, full, voice, mms, lookup, hlr)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Contact details of SerwerSMS and of your account manager')
            break
        }
        'serwersms;account;limits' {
            [CompletionResult]::new('--warn', '--warn', [CompletionResultType]::ParameterName, 'Monitoring check: WARNING when a balance is at or below N')
            [CompletionResult]::new('--critical', '--critical', [CompletionResultType]::ParameterName, 'Monitoring check: CRITICAL when a balance is at or below N')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Check only these balance types (repeatable; default: every numeric balance)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;account;help' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string parameter; repeat a key to send a list')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A string parameter; repeat a key to send a list')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A parameter whose value is JSON (true, 5, ["a","b"], {...})')
            [CompletionResult]::new('--json-field', '--json-field', [CompletionResultType]::ParameterName, 'A parameter whose value is JSON (true, 5, ["a","b"], {...})')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read the parameters as a JSON object from a file, or - for stdin (fields override it)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;cancel' {
            [CompletionResult]::new('--unique-id', '--unique-id', [CompletionResultType]::ParameterName, 'Cancel by your own message id (repeat for several)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every resolved setting and where it came from (secrets are never shown)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profile names in the config file, one per line (for shell completion)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file (mode 0600) with your API token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;config;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;config;profiles' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;config;init' {
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'Default sender name to write into the file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of asking on the terminal')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every resolved setting and where it came from (secrets are never shown)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profile names in the config file, one per line (for shell completion)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file (mode 0600) with your API token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;config;help;path' {
            break
        }
        'serwersms;config;help;show' {
            break
        }
        'serwersms;config;help;profiles' {
            break
        }
        'serwersms;config;help;init' {
            break
        }
        'serwersms;config;help;help' {
            break
        }
        'serwersms;doctor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;man' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;replies' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only replies of this type')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Only replies from this number (repeat for several)')
            [CompletionResult]::new('--ndi', '--ndi', [CompletionResultType]::ParameterName, 'Only replies sent to this NDI number of yours')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only replies received at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only replies received at or before this time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N replies [default: 50; with --new or --exec, every one]')
            [CompletionResult]::new('--save-attachments', '--save-attachments', [CompletionResultType]::ParameterName, 'Write MMS attachments into DIR (as <reply id>-<name>; never overwrites)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --follow polls [default: 30s]')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run CMD for each reply (see below)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow the API''s paging to the end')
            [CompletionResult]::new('--mark-read', '--mark-read', [CompletionResultType]::ParameterName, 'Mark the replies written as read on the server (after they were written)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Only replies not written by an earlier --new run of this profile')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep polling and write replies as they arrive (ndjson when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;numbers' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('normalize', 'normalize', [CompletionResultType]::ParameterValue, 'Normalize numbers offline, the way every other command does (no request, no charge)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'HLR check: is the number reachable now, which network, ported? (charged per number)')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Network lookup: which network the number belongs to, and whether it was ported (charged)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the API whether numbers are valid (phones/test; not charged)')
            break
        }
        'serwersms;numbers;normalize' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;numbers;check' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for slow results before printing their ids (0: do not wait)')
            [CompletionResult]::new('--poll-every', '--poll-every', [CompletionResultType]::ParameterName, 'How often to ask for slow results (at least 100ms)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before querying more than 10 numbers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before querying more than 10 numbers')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;numbers;lookup' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Fetch the result of an earlier slow query by its id (repeatable; not charged again)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for slow results before printing their ids (0: do not wait)')
            [CompletionResult]::new('--poll-every', '--poll-every', [CompletionResultType]::ParameterName, 'How often to ask for slow results (at least 100ms)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before querying more than 10 numbers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before querying more than 10 numbers')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;numbers;validate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;senders' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your sender names with their agreement and authorization status')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a sender name; it can be used once the operator has authorized it')
            break
        }
        'serwersms;senders;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--predefined', '--predefined', [CompletionResultType]::ParameterName, 'List the system''s predefined sender names instead of your own')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;senders;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;blacklist' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every blacklisted number with the time it was added (all pages)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add numbers to the blacklist: nothing is sent to them any more')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove numbers from the blacklist')
            break
        }
        'serwersms;blacklist;list' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Only the entry for this number')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;blacklist;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;blacklist;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;blacklist;remove' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;sandbox' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on, on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Directory for the sandbox''s state [default: <data dir>/serwersms/sandbox]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token the sandbox accepts')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'API user name the sandbox accepts')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'API user password the sandbox accepts')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Inject a fault (for tests): KIND[:MS][@ACTION][*TIMES][+AFTER]')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Push delivery reports and replies to this receiver, as the gateway does (GET URL/dlr?… and URL/reply?…, the form `webhook urls` prints), e.g. http://127.0.0.1:8080/serwersms?secret=S')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Keep state in memory only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;webhook' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Run an HTTP receiver for pushed events and print each as one JSON line')
            [CompletionResult]::new('urls', 'urls', [CompletionResultType]::ParameterValue, 'Print the URL to paste into the customer panel for each kind of push')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;webhook;listen' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address and port to listen on (this machine only, unless you name another address)')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Path to answer under: PREFIX, PREFIX/dlr, PREFIX/reply, PREFIX/premium')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Shared secret every request must carry as the `secret` query parameter (8+ characters)')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Accept requests only from these networks (e.g. 203.0.113.0/24 2001:db8::/32)')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run this shell command for each event; if it fails, the gateway is told to retry')
            [CompletionResult]::new('--append', '--append', [CompletionResultType]::ParameterName, 'Append each event to this NDJSON file, synced to disk before answering OK')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;webhook;urls' {
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'Where the gateway reaches your listener, e.g. https://example.com/serwersms')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The shared secret to put in the URLs (the one `webhook listen --secret` checks)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;webhook;help' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Run an HTTP receiver for pushed events and print each as one JSON line')
            [CompletionResult]::new('urls', 'urls', [CompletionResultType]::ParameterValue, 'Print the URL to paste into the customer panel for each kind of push')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;webhook;help;listen' {
            break
        }
        'serwersms;webhook;help;urls' {
            break
        }
        'serwersms;webhook;help;help' {
            break
        }
        'serwersms;status' {
            [CompletionResult]::new('--unique-id', '--unique-id', [CompletionResultType]::ParameterName, 'Select by your own message id (repeat for several)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Only messages to this number (repeat for several)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages queued at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages queued at or before this time')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only messages in this state (pending: in progress or sent, not yet final)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only messages of this type')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Only messages of this send batch (the API''s stat_id)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Newest first (desc) or oldest first (asc), by the time queued')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N messages [default: 50, or every one named by id or waited for]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until every selected message reaches a final state, at most this long (--wait alone: 10m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow the API''s paging to the end (rows stream as pages arrive)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;send' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Phone number(s): repeat, or separate with commas; Polish numbers need no +48')
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'A file with one number a line (blank lines and # comments skipped), or - for stdin')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Send to a contact group of the address book (repeatable)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Send to a contact of the address book (repeatable)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Personalized: a CSV file (or -) with a `phone` column and a `text` column or the columns --template names')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'With --csv: the text, with {column} fields filled from each row ({{ and }} for braces)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message; - reads it from stdin')
            [CompletionResult]::new('--text-file', '--text-file', [CompletionResultType]::ParameterName, 'Read the message from a file (or - for stdin)')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'Sender name, for a FULL SMS [default: `sender` from the config]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Schedule: RFC 3339, or ''YYYY-MM-DD HH:MM[:SS]'' in local time (sent as Warsaw time)')
            [CompletionResult]::new('--unique-id', '--unique-id', [CompletionResultType]::ParameterName, 'Your own message id (3-50 letters and digits); one per recipient, in the order given')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until every queued message is delivered or failed (default 10m; write --wait=5m): exit 0 all delivered, 3 some not, 6 time ran out')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Recipients per request (max 100,000; 10,000 with --csv)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'Record the run in FILE; running the same command again sends only what is not confirmed')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/serwersms/config.toml; env SERWERSMS_CONFIG]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profiles.NAME] table of the config file [env SERWERSMS_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api2.serwersms.pl/; env SERWERSMS_API_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 30, 30s, 2m) [default: 30s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Send to the valid numbers and report the invalid ones, instead of stopping')
            [CompletionResult]::new('--eco', '--eco', [CompletionResultType]::ParameterName, 'Send ECO (no sender name, cheaper), even if a sender is configured')
            [CompletionResult]::new('--flash', '--flash', [CompletionResultType]::ParameterName, 'Flash SMS: shown at once, not stored by the phone')
            [CompletionResult]::new('--utf', '--utf', [CompletionResultType]::ParameterName, 'Send as Unicode (UCS-2: 70 characters a part; FULL only), e.g. for Polish diacritics')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Replace characters GSM-7 lacks by look-alikes (ż→z, „→\") to stay at 160 a part')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'Priority channel (FULL only)')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Show every field of each result in the table (queued time, text)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show recipients, encoding, parts and batches, and send nothing (no network at all)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'The server checks everything and sends nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before sending to more than 100 recipients on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before sending to more than 100 recipients on a terminal')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--mask-numbers', '--mask-numbers', [CompletionResultType]::ParameterName, 'Mask phone numbers (+48500***700) in -v traces and logs, for GDPR-conscious logs')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox started for this command (no account needed; state is kept in the data directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'serwersms;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Account balances and contact details')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API action and print the answer (the escape hatch to every endpoint)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel scheduled messages')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate or create the config file')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the setup end to end: config, credentials, API hosts, login, sender, balance')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('replies', 'replies', [CompletionResultType]::ParameterValue, 'Incoming messages: replies to ECO messages, to your ND/NDI numbers, MMS')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: normalize offline, HLR check, network lookup, validation')
            [CompletionResult]::new('senders', 'senders', [CompletionResultType]::ParameterValue, 'Sender names: list them, register a new one')
            [CompletionResult]::new('blacklist', 'blacklist', [CompletionResultType]::ParameterValue, 'The blacklist (opt-outs): numbers that are never sent to')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run a local emulator of the SerwerSMS API, for trying the tool and for tests')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Receive delivery reports, replies and Premium SMS that the gateway pushes to your URL')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Delivery reports: where your messages are; wait until they arrive')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send SMS: one text to many numbers, or a text per row of a CSV file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'serwersms;help;account' {
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Balance per message type (eco, full, voice, mms, lookup, hlr)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Contact details of SerwerSMS and of your account manager')
            break
        }
        'serwersms;help;account;limits' {
            break
        }
        'serwersms;help;account;help' {
            break
        }
        'serwersms;help;api' {
            break
        }
        'serwersms;help;cancel' {
            break
        }
        'serwersms;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every resolved setting and where it came from (secrets are never shown)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The profile names in the config file, one per line (for shell completion)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file (mode 0600) with your API token')
            break
        }
        'serwersms;help;config;path' {
            break
        }
        'serwersms;help;config;show' {
            break
        }
        'serwersms;help;config;profiles' {
            break
        }
        'serwersms;help;config;init' {
            break
        }
        'serwersms;help;doctor' {
            break
        }
        'serwersms;help;completions' {
            break
        }
        'serwersms;help;man' {
            break
        }
        'serwersms;help;replies' {
            break
        }
        'serwersms;help;numbers' {
            [CompletionResult]::new('normalize', 'normalize', [CompletionResultType]::ParameterValue, 'Normalize numbers offline, the way every other command does (no request, no charge)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'HLR check: is the number reachable now, which network, ported? (charged per number)')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Network lookup: which network the number belongs to, and whether it was ported (charged)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the API whether numbers are valid (phones/test; not charged)')
            break
        }
        'serwersms;help;numbers;normalize' {
            break
        }
        'serwersms;help;numbers;check' {
            break
        }
        'serwersms;help;numbers;lookup' {
            break
        }
        'serwersms;help;numbers;validate' {
            break
        }
        'serwersms;help;senders' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your sender names with their agreement and authorization status')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a sender name; it can be used once the operator has authorized it')
            break
        }
        'serwersms;help;senders;list' {
            break
        }
        'serwersms;help;senders;add' {
            break
        }
        'serwersms;help;blacklist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every blacklisted number with the time it was added (all pages)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add numbers to the blacklist: nothing is sent to them any more')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Whether a number is blacklisted: exit 0 if it is, 3 if it is not')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove numbers from the blacklist')
            break
        }
        'serwersms;help;blacklist;list' {
            break
        }
        'serwersms;help;blacklist;add' {
            break
        }
        'serwersms;help;blacklist;check' {
            break
        }
        'serwersms;help;blacklist;remove' {
            break
        }
        'serwersms;help;sandbox' {
            break
        }
        'serwersms;help;webhook' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Run an HTTP receiver for pushed events and print each as one JSON line')
            [CompletionResult]::new('urls', 'urls', [CompletionResultType]::ParameterValue, 'Print the URL to paste into the customer panel for each kind of push')
            break
        }
        'serwersms;help;webhook;listen' {
            break
        }
        'serwersms;help;webhook;urls' {
            break
        }
        'serwersms;help;status' {
            break
        }
        'serwersms;help;send' {
            break
        }
        'serwersms;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
