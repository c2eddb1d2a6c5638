using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Starts the operating system's write-back of a file range that has just been written, without waiting for it
/// (Linux sync_file_range(2) with SYNC_FILE_RANGE_WRITE). The disk then works while the next batches are generated
/// instead of all at the final fsync; durability still comes from that one fsync. A no-op on other systems or when the
/// call fails (tmpfs, old kernels): it only changes when bytes reach the disk, never what is written.
/// </summary>
internal static class FileWriteBack
{
    private const uint SyncFileRangeWrite = 2;

    /// <summary>Asks for [offset, offset + count) of <paramref name="handle"/> to be written out asynchronously.</summary>
    public static void Start(SafeFileHandle handle, long offset, long count)
    {
        if (!OperatingSystem.IsLinux() || count <= 0)
            return;
        try
        {
            _ = SyncFileRange((int)handle.DangerousGetHandle(), offset, count, SyncFileRangeWrite);
        }
        catch (EntryPointNotFoundException)
        {
        }
        catch (DllNotFoundException)
        {
        }
    }

    // DllImport rather than LibraryImport: the arguments are blittable and the library is built without unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "sync_file_range")]
    private static extern int SyncFileRange(int fd, long offset, long count, uint flags);
#pragma warning restore SYSLIB1054
}
