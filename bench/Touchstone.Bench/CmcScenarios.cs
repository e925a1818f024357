using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.Bench;

/// <summary>
/// CMC scenarios on a real database migrated like production, measured through the app's handlers
/// (query + domain work), a fresh DbContext per run as in a web request. A temp SQLite file by default;
/// <c>--postgres "&lt;connection string&gt;"</c> runs the same scenario on a throw-away PostgreSQL database.
/// ce-dashboard: one consultant with 1,000 activities among other consultants' logs (--activities, --others, --runs).
/// register-search: the public register over 100,000 consultants (--consultants, --runs).
/// </summary>
internal static class CmcScenarios
{
    private static readonly string[] FirstNames = ["Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Iris", "Jan", "Julia", "Lars", "Lotte", "Milan", "Noor", "Pieter", "Ruben", "Sanne", "Sem", "Tess", "Thijs", "Yara"];
    private static readonly string[] LastNames = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen", "van den Heuvel", "Hoekstra"];
    private static readonly string[] Towns = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaanstad", "Den Bosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Ede", "Alkmaar", "Delft", "Deventer"];

    public static int CeDashboard(string[] args)
    {
        var activities = Option(args, "--activities", 1000);
        var others = Option(args, "--others", 200);
        var runs = Option(args, "--runs", 21);
        using var file = BenchDatabase.For(args);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var consultant = Guid.CreateVersion7().ToString();
        var sw = Stopwatch.StartNew();
        using (var db = file.Context())
        {
            db.Database.Migrate();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var rnd = new Random(2026);
            var period = CePeriod.EndingOn(today, CmcScheme.Default);
            void Log(string userId, int count) => LogActivities(db, userId, count, rnd, period);

            Log(consultant, activities);
            for (var o = 0; o < others; o++)
            {
                Log(Guid.CreateVersion7().ToString(), 100);
            }

            db.SaveChanges();
        }

        Console.WriteLine($"CE dashboard scenario: 1 consultant with {activities:N0} activities, {others:N0} other consultants with 100 each ({file.Provider}); setup {sw.Elapsed.TotalSeconds:F1} s");
        CeDashboard? last = null;
        List<CeActivity> loaded;
        using (var db = file.Context())
        {
            loaded = db.Set<CeActivityRecord>().AsNoTracking().Where(a => a.UserId == consultant).AsEnumerable().Select(a => a.ToDomain()).ToList();
        }

        var rules = new ContinuingEducationRules(CmcScheme.Default);
        Measure.Run($"domain only: Evaluate {loaded.Count:N0} activities", 3, runs, () => last = rules.Evaluate(loaded, CePeriod.EndingOn(today, CmcScheme.Default), today));
        Measure.Run("handler: query + evaluate (GetCeDashboard)", 3, runs, () =>
        {
            using var db = file.Context();
            var view = new GetCeDashboardHandler(db, TimeProvider.System).HandleAsync(new GetCeDashboard(consultant), default).GetAwaiter().GetResult();
            last = view.Dashboard;
        });
        Console.WriteLine($"  counted {last!.CountedHours:N0} h, not counted {last.NotCounted.Count:N0}, longest gap {last.LongestGap?.Days ?? 0} days");
        return 0;
    }

    /// <summary>Generated CE activities over the 5-year period (1-7 hours, EQF 4-7, every evidence kind), added untracked-for-save.</summary>
    internal static void LogActivities(TouchstoneDbContext db, string userId, int count, Random rnd, CePeriod period)
    {
        for (var i = 0; i < count; i++)
        {
            var start = period.Start.AddDays(rnd.Next(0, 1800));
            var hours = rnd.Next(1, 8);
            db.Add(new CeActivityRecord
            {
                UserId = userId, Title = $"Activiteit {i}", Start = start, End = start.AddDays(rnd.Next(0, 3)), Amount = hours, Unit = CeUnit.Hours,
                EqfLevel = rnd.Next(4, 8), Category = (CeCategory)(i % 2), EvidenceKind = (EvidenceKind)(i % 3), EvidenceDate = start, EvidenceHours = hours,
                SelfDeclarationReason = i % 3 == 2 ? "Geen verklaring mogelijk" : null, AddedAt = DateTimeOffset.UtcNow,
            });
        }
    }

    public static int RegisterSearch(string[] args)
    {
        var consultants = Option(args, "--consultants", 100_000);
        var runs = Option(args, "--runs", 21);
        using var file = BenchDatabase.For(args);
        var sw = Stopwatch.StartNew();
        using (var db = file.Context())
        {
            db.Database.Migrate();
        }

        var sampleNumber = file.BulkInsertRegister(consultants);
        Console.WriteLine($"Register search scenario: {consultants:N0} registered consultants ({file.Provider}, token index); setup {sw.Elapsed.TotalSeconds:F1} s");
        var queries = new (string Name, string? Q, int Page)[]
        {
            ("common surname 'jansen'", "jansen", 1),
            ("name prefix 'van d'", "van d", 1),
            ("town 'amersfoort', page 5", "amersfoort", 5),
            ("name + town 'de vries utrecht'", "de vries utrecht", 1),
            ("certificate number", sampleNumber, 1),
            ("no query, page 1", null, 1),
            ("no query, page 2000", null, 2000),
            ("no match 'xyzzy'", "xyzzy", 1),
        };
        var medians = new List<double>();
        foreach (var (name, q, page) in queries)
        {
            RegisterPage? result = null;
            var (median, _, _) = Measure.Run(name, 3, runs, () =>
            {
                using var db = file.Context();
                result = new SearchCmcRegisterHandler(db, TimeProvider.System).HandleAsync(new SearchCmcRegister(q, page, 25), default).GetAwaiter().GetResult();
            });
            medians.Add(median);
            Console.WriteLine($"  -> {(result!.MoreThanTotal ? "more than " : "")}{result.Total:N0} hits, {result.Items.Count} on page {result.Page}");
        }

        medians.Sort();
        Console.WriteLine($"Median over the query mix: {medians[medians.Count / 2]:F1} ms; worst query median {medians[^1]:F1} ms");
        return 0;
    }

    /// <summary>One generated register entry with its search rows (made by <see cref="CmcCertificateRecord.RefreshTokens"/>, as the app does).</summary>
    internal sealed record GeneratedEntry(CmcCertificateRecord Record, CertificateStatus Status);

    /// <summary>Deterministic register entries (seed 42): Dutch first names, 30 common surnames, 25 towns, mixed statuses.</summary>
    internal static IEnumerable<GeneratedEntry> GenerateRegister(int count, int firstSequence)
    {
        var rnd = new Random(42);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var statuses = new[] { CertificateStatus.Active, CertificateStatus.Active, CertificateStatus.Active, CertificateStatus.Active, CertificateStatus.Suspended, CertificateStatus.Withdrawn };
        for (var i = 0; i < count; i++)
        {
            var name = $"{FirstNames[rnd.Next(FirstNames.Length)]} {LastNames[rnd.Next(LastNames.Length)]}";
            var town = Towns[rnd.Next(Towns.Length)];
            var start = today.AddDays(-rnd.Next(0, 7 * 365));
            var number = CertificateNumber.Format("CMC", start.Year, firstSequence + i);
            var record = new CmcCertificateRecord { Number = number, HolderUserId = Guid.NewGuid().ToString(), HolderName = name, Town = town, NameKey = "", StartDate = start, ValidUntil = start.AddYears(5).AddDays(-1), RegisteredAt = DateTimeOffset.UtcNow };
            record.RefreshTokens();
            yield return new GeneratedEntry(record, statuses[rnd.Next(statuses.Length)]);
        }
    }

    // Plain ADO.NET in one transaction: generating 100,000 entries through EF would dominate the set-up time.
    internal static string BulkInsert(string connectionString, int count, int firstSequence = 1)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        using var cert = connection.CreateCommand();
        cert.Transaction = tx;
        cert.CommandText = """
            INSERT INTO CmcCertificates (Id, Version, Number, HolderUserId, HolderName, Town, NameKey, StartDate, ValidUntil, Status, RegisteredAt, RemindersSent)
            VALUES ($id, $v, $n, $h, $name, $town, $key, $start, $until, $status, $reg, '')
            """;
        var p = new[] { "$id", "$v", "$n", "$h", "$name", "$town", "$key", "$start", "$until", "$status", "$reg" }.Select(n => cert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        using var token = connection.CreateCommand();
        token.Transaction = tx;
        token.CommandText = "INSERT INTO CmcRegisterTokens (Id, Version, CertificateId, Token, PrevToken, Words, NameKey, Number) VALUES ($id, $v, $c, $t, $p, $w, $k, $n)";
        var tp = new[] { "$id", "$v", "$c", "$t", "$p", "$w", "$k", "$n" }.Select(n => token.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        string sample = "";
        var i = 0;
        foreach (var (record, status) in GenerateRegister(count, firstSequence))
        {
            if (i++ == count / 2)
            {
                sample = record.Number;
            }

            object[] values = [record.Id.ToString().ToUpperInvariant(), Guid.NewGuid().ToString().ToUpperInvariant(), record.Number, record.HolderUserId, record.HolderName, record.Town, record.NameKey, record.StartDate.ToString("yyyy-MM-dd"), record.ValidUntil.ToString("yyyy-MM-dd"), status.ToString(), DateTimeOffset.UtcNow.UtcTicks];
            for (var k = 0; k < values.Length; k++)
            {
                p[k].Value = values[k];
            }

            cert.ExecuteNonQuery();
            foreach (var t in record.Tokens)
            {
                tp[0].Value = t.Id.ToString().ToUpperInvariant();
                tp[1].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                tp[2].Value = record.Id.ToString().ToUpperInvariant();
                tp[3].Value = t.Token;
                tp[4].Value = t.PrevToken;
                tp[5].Value = t.Words;
                tp[6].Value = t.NameKey;
                tp[7].Value = t.Number;
                token.ExecuteNonQuery();
            }
        }

        tx.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
        return sample;
    }

    // Binary COPY: the PostgreSQL counterpart of the one-transaction insert above.
    internal static string BulkInsertPostgres(string connectionString, int count, int firstSequence = 1)
    {
        var entries = GenerateRegister(count, firstSequence).ToList();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var cert = connection.BeginBinaryImport(
            "COPY \"CmcCertificates\" (\"Id\", \"Version\", \"Number\", \"HolderUserId\", \"HolderName\", \"Town\", \"NameKey\", \"StartDate\", \"ValidUntil\", \"Status\", \"RegisteredAt\", \"RemindersSent\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (record, status) in entries)
            {
                cert.StartRow();
                cert.Write(record.Id, NpgsqlDbType.Uuid);
                cert.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
                cert.Write(record.Number, NpgsqlDbType.Varchar);
                cert.Write(record.HolderUserId, NpgsqlDbType.Varchar);
                cert.Write(record.HolderName, NpgsqlDbType.Varchar);
                cert.Write(record.Town, NpgsqlDbType.Varchar);
                cert.Write(record.NameKey, NpgsqlDbType.Varchar);
                cert.Write(record.StartDate, NpgsqlDbType.Date);
                cert.Write(record.ValidUntil, NpgsqlDbType.Date);
                cert.Write(status.ToString(), NpgsqlDbType.Varchar);
                cert.Write(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
                cert.Write("", NpgsqlDbType.Varchar);
            }

            cert.Complete();
        }

        using (var token = connection.BeginBinaryImport(
            "COPY \"CmcRegisterTokens\" (\"Id\", \"Version\", \"CertificateId\", \"Token\", \"PrevToken\", \"Words\", \"NameKey\", \"Number\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var t in entries.SelectMany(e => e.Record.Tokens.Select(t => (e.Record.Id, t))))
            {
                token.StartRow();
                token.Write(t.t.Id, NpgsqlDbType.Uuid);
                token.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
                token.Write(t.Id, NpgsqlDbType.Uuid);
                token.Write(t.t.Token, NpgsqlDbType.Varchar);
                token.Write(t.t.PrevToken, NpgsqlDbType.Varchar);
                token.Write(t.t.Words, NpgsqlDbType.Varchar);
                token.Write(t.t.NameKey, NpgsqlDbType.Varchar);
                token.Write(t.t.Number, NpgsqlDbType.Varchar);
            }

            token.Complete();
        }

        // VACUUM too: it sets the visibility map, as autovacuum does in a running database, so index-only scans skip the heap.
        using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        analyze.ExecuteNonQuery();
        return entries[count / 2].Record.Number;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The database a scenario runs on: a temp SQLite file, or a throw-away PostgreSQL database (--postgres).</summary>
    private abstract class BenchDatabase : IDisposable
    {
        public abstract string Provider { get; }

        public abstract TouchstoneDbContext Context();

        public abstract string BulkInsertRegister(int count);

        public abstract void Dispose();

        public static BenchDatabase For(string[] args)
        {
            var i = Array.IndexOf(args, "--postgres");
            return i >= 0 && i + 1 < args.Length ? new PostgresDatabase(args[i + 1]) : new SqliteFile();
        }
    }

    private sealed class SqliteFile : BenchDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"touchstone-bench-{Guid.NewGuid():N}.db");

        private string ConnectionString => $"Data Source={_path}";

        public override string Provider => "SQLite file";

        public override TouchstoneDbContext Context() =>
            new SqliteTouchstoneDbContext(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite(ConnectionString).Options);

        public override string BulkInsertRegister(int count) => BulkInsert(ConnectionString, count);

        public override void Dispose()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_path);
        }
    }

    private sealed class PostgresDatabase : BenchDatabase
    {
        private readonly string _server;
        private readonly string _name = $"touchstone_bench_{Guid.NewGuid():N}";

        public PostgresDatabase(string server)
        {
            _server = server;
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            create.ExecuteNonQuery();
        }

        private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

        public override string Provider => "PostgreSQL database";

        public override TouchstoneDbContext Context() =>
            new PostgresTouchstoneDbContext(new DbContextOptionsBuilder<PostgresTouchstoneDbContext>().UseNpgsql(ConnectionString).Options);

        public override string BulkInsertRegister(int count) => BulkInsertPostgres(ConnectionString, count);

        public override void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
