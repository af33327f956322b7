//! Private append-only files that survive a crash: the send journal and `webhook listen
//! --append`. What is written to them is synced by their owners; this module makes sure the
//! file itself is there after a crash too (a new file's directory entry is synced), and that
//! only its owner can read it (both hold phone numbers and texts).
//!
//! What does not live here: the record formats, and when to sync what.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Open `path` for reading and appending, creating it (mode 0600 on Unix) if need be. A file
/// this call created has its directory synced, so that a crash cannot lose the file while
/// keeping what its owner then synced into it.
pub fn open_private_append(path: &Path) -> io::Result<File> {
    let existed = path.exists();
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    if !existed {
        sync_directory_of(path)?;
    }
    Ok(file)
}

#[cfg(unix)]
fn sync_directory_of(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}

/// Elsewhere a directory cannot be opened to sync it; creating the file is all there is.
#[cfg(not(unix))]
fn sync_directory_of(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_private_files_and_appends_to_existing_ones() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.ndjson");
        open_private_append(&path)
            .unwrap()
            .write_all(b"a\n")
            .unwrap();
        open_private_append(&path)
            .unwrap()
            .write_all(b"b\n")
            .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a\nb\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(open_private_append(&dir.path().join("missing/x")).is_err());
    }
}
