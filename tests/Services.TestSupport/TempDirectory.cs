namespace Protocol.Services.TestSupport;

/// <summary>A fresh directory under the system temp folder, deleted on dispose (SQLite's pooled connections closed first).</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "service-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
