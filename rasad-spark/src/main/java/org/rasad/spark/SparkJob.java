package org.rasad.spark;

import org.apache.spark.sql.SparkSession;
import org.rasad.core.PipelineConfig;

/**
 * {@code spark-submit --class org.rasad.spark.SparkJob rasad-spark-job.jar INPUT OUTPUT [MIN_CONFIDENCE]}:
 * events and documents of INPUT (file or folder) as Parquet under OUTPUT/events and OUTPUT/documents,
 * partitioned by date, deduplicated.
 */
public final class SparkJob {
    private SparkJob() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SparkJob INPUT OUTPUT [MIN_CONFIDENCE]");
            System.exit(2);
        }
        PipelineConfig cfg = PipelineConfig.defaults()
                .withMinConfidence(args.length > 2 ? Double.parseDouble(args[2]) : 0.0);
        SparkSession.Builder b = SparkSession.builder().appName("rasad");
        if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        try {
            RasadSpark.run(spark, args[0], args[1], cfg);
            System.out.printf("rasad-spark: wrote %s/documents and %s/events%n", args[1], args[1]);
        } finally {
            spark.stop();
        }
    }
}
